import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: kpi_daily's primary key in the order the dashboards read it, (metric, dim, day,
 * department, dim_key): one measure of one dimension over a range of days. The table is marked to
 * be clustered on it: a bulk load into an empty analytics rewrites it in that order (the seed's
 * bulk path), and an operator's plain `CLUSTER analytics.kpi_daily` does the same in a maintenance
 * window. Rows the live appliers add are a day's, so they stay near their days.
 */
export class Migration20261207211144 extends Migration {
  override name = 'Migration20261207211144';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."kpi_daily" drop constraint "kpi_daily_pkey", add constraint "kpi_daily_pkey" primary key ("metric", "dim", "day", "department", "dim_key");`,
    );
    this.addSql(`alter table "analytics"."kpi_daily" cluster on "kpi_daily_pkey";`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "analytics"."kpi_daily" drop constraint "kpi_daily_pkey", add constraint "kpi_daily_pkey" primary key ("metric", "day", "department", "dim", "dim_key");`,
    );
  }
}
