import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: kpi_daily_load, where a bulk load into an empty analytics stages kpi_daily's changes
 * (KpiDailyLoad): summed and written into kpi_daily once, in its key order, when the load is done.
 */
export class Migration20261208001053 extends Migration {
  override name = 'Migration20261208001053';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "analytics"."kpi_daily_load" ("id" bigserial primary key, "metric" text collate "C" not null, "dim" text collate "C" not null, "day" date not null, "department" text collate "C" not null, "dim_key" text collate "C" not null, "value" bigint not null);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analytics"."kpi_daily_load" cascade;`);
  }
}
