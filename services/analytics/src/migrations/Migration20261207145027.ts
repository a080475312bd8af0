import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: kpi_daily's text key columns compare bytewise (`COLLATE "C"`). They hold codes and ids,
 * so nothing reads them in a language's order; under the cluster's libc locale every comparison in
 * the five-column primary key was a `strcoll` call, the largest cost of the bulk load
 * (docs/analytics.md, "What the load still costs"). One statement, so the table and its indexes
 * are rewritten once. (The snapshot also records ma_member's developer columns, which
 * Migration20261207052600 added by hand.)
 */
export class Migration20261207145027 extends Migration {
  override name = 'Migration20261207145027';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."kpi_daily"
         alter column "metric" type text collate "C",
         alter column "department" type text collate "C",
         alter column "dim" type text collate "C",
         alter column "dim_key" type text collate "C";`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."kpi_daily"
         alter column "metric" type text collate "default",
         alter column "department" type text collate "default",
         alter column "dim" type text collate "default",
         alter column "dim_key" type text collate "default";`,
    );
  }
}
