import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The KPI rollup: one measure (metric) per hospital-local day, department and dimension value.
 * dim ALL (key '') is the department's total; STAFF, CHANNEL, REGION, CUSTOMER_CLASS and TIER rows
 * split the same total by that dimension. Maintained in the transaction of the fact that changes it.
 *
 * The text key columns compare bytewise (`COLLATE "C"`): they hold codes and ids, never words, so
 * locale-aware comparison buys nothing, and under a libc locale every comparison in the primary key
 * is a `strcoll` call; bytewise, the bulk load's upserts (≈ 4 a fact) take ≈ a third less time
 * (docs/analytics.md, "What the load still costs").
 *
 * The primary key reads (metric, dim, day, …): what the dashboards ask for is one measure of one
 * dimension over a range of days (a month's totals, a month's staff), and a bulk load leaves the
 * table in that order (CLUSTER), so those rows lie on a few pages together instead of one a page.
 */
@Entity({ tableName: 'kpi_daily' })
@Index({ name: 'kpi_daily_dim_key_idx', properties: ['metric', 'dim', 'dimKey', 'day'] })
export class KpiDaily {
  [PrimaryKeyProp]?: ['metric', 'dim', 'day', 'department', 'dimKey'];

  @PrimaryKey({ type: 'text', collation: 'C' })
  metric: string;

  @PrimaryKey({ type: 'text', collation: 'C' })
  dim: string;

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text', collation: 'C' })
  department: string;

  @PrimaryKey({ type: 'text', collation: 'C' })
  dimKey: string;

  @Property({ type: 'bigint' })
  value: string;
}

/**
 * kpi_daily's changes while a bulk load fills an empty analytics (the seed's bulk path): each
 * batch appends its net changes here instead of upserting them into kpi_daily, whose primary key
 * outgrows the buffer cache at hospital-group scale (every batch touched rows all over it); once
 * the load is done they are summed and written into kpi_daily in its key order
 * (foldStagedKpiDaily). Empty at any other time: a load cut short leaves its committed batches'
 * changes here, and the next load, replay or start of the service folds them in first.
 */
@Entity({ tableName: 'kpi_daily_load' })
export class KpiDailyLoad {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'text', collation: 'C' })
  metric: string;

  @Property({ type: 'text', collation: 'C' })
  dim: string;

  @Property({ type: 'date' })
  day: string;

  @Property({ type: 'text', collation: 'C' })
  department: string;

  @Property({ type: 'text', collation: 'C' })
  dimKey: string;

  @Property({ type: 'bigint' })
  value: string;
}
