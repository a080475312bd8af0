import { Migration } from '@mikro-orm/migrations';

/** Data only: the hospital's default follow-up rules (editable data afterwards). */
export class Migration20261124115506 extends Migration {
  override name = 'Migration20261124115506';

  override up(): void | Promise<void> {
    this
      .addSql(`insert into "crm"."follow_up_rule" ("id", "name", "trigger", "visit_type", "outcome", "offset_days", "type", "channel", "department_code", "active", "created_at") values
      ('019ab5f0-0000-7000-8000-000000000001', '治疗后次日回访', 'VISIT', 'TREATMENT', 'DEALT', 1, 'POST_TREATMENT', 'PHONE', 'CUSTOMER_SERVICE', true, now()),
      ('019ab5f0-0000-7000-8000-000000000002', '治疗后 7 天回访', 'VISIT', 'TREATMENT', 'DEALT', 7, 'POST_TREATMENT', 'PHONE', 'CUSTOMER_SERVICE', true, now()),
      ('019ab5f0-0000-7000-8000-000000000003', '治疗后 30 天回访', 'VISIT', 'TREATMENT', 'DEALT', 30, 'POST_TREATMENT', 'PHONE', 'CUSTOMER_SERVICE', true, now()),
      ('019ab5f0-0000-7000-8000-000000000004', '未成交到院 3 天回访', 'VISIT', null, 'NOT_DEALT', 3, 'UNCONVERTED', 'PHONE', 'CUSTOMER_SERVICE', true, now()),
      ('019ab5f0-0000-7000-8000-000000000005', '咨询待回访 3 天', 'CONSULTATION', null, 'FOLLOW_UP_LATER', 3, 'UNCONVERTED', 'PHONE', 'CONSULTATION', true, now()),
      ('019ab5f0-0000-7000-8000-000000000006', '咨询无意向 3 天', 'CONSULTATION', null, 'NO_INTENTION', 3, 'UNCONVERTED', 'PHONE', 'CONSULTATION', true, now())
      on conflict do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "crm"."follow_up_rule" where "id"::text like '019ab5f0-0000-7000-8000-00000000000%';`);
  }
}
