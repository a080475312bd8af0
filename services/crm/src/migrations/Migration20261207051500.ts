import { Migration } from '@mikro-orm/migrations';

/**
 * Remedies with verification (docs/domain.md §3): the director, finance, then the member centre's
 * check of the record. Remedies already APPROVED were sent to members under the old rule and stay so;
 * PROPOSED ones now wait for the three steps.
 */
export class Migration20261207051500 extends Migration {
  override name = 'Migration20261207051500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "crm"."complaint_remedy" drop constraint "complaint_remedy_status_check";`);
    this.addSql(
      `alter table "crm"."complaint_remedy" add "finance_approved_by" uuid null, add "finance_approved_at" timestamptz null, add "record_checked_by" uuid null, add "record_checked_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "crm"."complaint_remedy" add constraint "complaint_remedy_status_check" check ("status" in ('PROPOSED', 'DIRECTOR_APPROVED', 'FINANCE_APPROVED', 'APPROVED'));`,
    );
    // the screens list the remedies waiting at one step
    this.addSql(`create index "complaint_remedy_status_idx" on "crm"."complaint_remedy" ("status");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "crm"."complaint_remedy_status_idx";`);
    this.addSql(`alter table "crm"."complaint_remedy" drop constraint "complaint_remedy_status_check";`);
    this.addSql(`update "crm"."complaint_remedy" set "status" = 'PROPOSED' where "status" in ('DIRECTOR_APPROVED', 'FINANCE_APPROVED');`);
    this.addSql(
      `alter table "crm"."complaint_remedy" drop column "finance_approved_by", drop column "finance_approved_at", drop column "record_checked_by", drop column "record_checked_at";`,
    );
    this.addSql(
      `alter table "crm"."complaint_remedy" add constraint "complaint_remedy_status_check" check ("status" in ('PROPOSED', 'APPROVED'));`,
    );
  }
}
