import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: care_fact's text key columns compare bytewise (`COLLATE "C"`), as kpi_daily's do since
 * Migration20261207145027: they hold kinds and ids, and under the cluster's libc locale every
 * comparison in the primary key and the subject and link indexes was a `strcoll` call. One
 * statement, so the indexes are rebuilt once (a change of collation alone does not rewrite the rows).
 */
export class Migration20261208002935 extends Migration {
  override name = 'Migration20261208002935';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."care_fact"
         alter column "kind" type text collate "C",
         alter column "fact_id" type text collate "C",
         alter column "subject" type text collate "C",
         alter column "link" type text collate "C";`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."care_fact"
         alter column "kind" type text collate "default",
         alter column "fact_id" type text collate "default",
         alter column "subject" type text collate "default",
         alter column "link" type text collate "default";`,
    );
  }
}
