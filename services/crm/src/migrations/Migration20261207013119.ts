import { Migration } from '@mikro-orm/migrations';

/**
 * Follow-up owners by rule (issue 20): each rule says who owns the tasks it generates. The
 * consultation rules keep giving their tasks to the consultant, as before; the visit rules keep
 * the department queue. Adds the hospital's default 门诊次日回访: every outpatient visit, dealt or
 * not, gets a next-day follow-up owned by the on-site consultant who saw it.
 */
export class Migration20261207013119 extends Migration {
  override name = 'Migration20261207013119';

  override up(): void | Promise<void> {
    this.addSql(`alter table "crm"."follow_up_rule" add "assign_to" text not null default 'DEPARTMENT_QUEUE';`);
    this.addSql(
      `alter table "crm"."follow_up_rule" add constraint "follow_up_rule_assign_to_check" check ("assign_to" in ('CONSULTANT', 'CUSTOMER_SPECIALIST', 'DEPARTMENT_QUEUE'));`,
    );
    this.addSql(`update "crm"."follow_up_rule" set "assign_to" = 'CONSULTANT' where "trigger" = 'CONSULTATION';`);
    this
      .addSql(`insert into "crm"."follow_up_rule" ("id", "name", "trigger", "visit_type", "outcome", "offset_days", "type", "channel", "department_code", "assign_to", "active", "created_at") values
      ('019ab5f0-0000-7000-8000-000000000007', '门诊次日回访', 'VISIT', null, 'ANY', 1, 'NEXT_DAY', 'PHONE', 'CUSTOMER_SERVICE', 'CONSULTANT', true, now())
      on conflict do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "crm"."follow_up_rule" where "id" = '019ab5f0-0000-7000-8000-000000000007';`);
    this.addSql(`alter table "crm"."follow_up_rule" drop constraint "follow_up_rule_assign_to_check";`);
    this.addSql(`alter table "crm"."follow_up_rule" drop column "assign_to";`);
  }
}
