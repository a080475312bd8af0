import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/*
 * The whole-membership analyses (RFM over every member, cohort retention) read every member and a
 * year of their consumption: seconds at a million customers, where every other dashboard figure
 * reads a rollup in milliseconds. What they answer for a day or month well in the past does not
 * change unless an event reaches back into it, so the answer is kept (ma_report_cache) with the
 * database snapshot it was computed in. A trigger on the rows those analyses read (ma_customer_daily,
 * ma_member) records every transaction that writes a past day (ma_report_change); a kept answer is
 * served while every such transaction was already visible in its snapshot. So no write path can
 * forget to invalidate, and a writer that commits while an answer is being computed is caught by
 * MVCC's own bookkeeping. Migration20261207180000; docs/analytics.md, "Closed periods are kept".
 */

/** A transaction that wrote a past day of ma_customer_daily or ma_member (or truncated them). */
@Entity({ tableName: 'ma_report_change' })
export class MaReportChange {
  /** pg_current_xact_id() as bigint */
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  xid: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  changedAt: Date = new Date();
}

/** A kept answer (or one cell of one) for a day or month in the past, valid for the snapshot it was computed in. */
@Entity({ tableName: 'ma_report_cache' })
export class MaReportCache {
  [PrimaryKeyProp]?: ['report', 'key'];

  /** RFM (key: the as-of day), COHORT_SIZE (key: the cohort month), COHORT_ACTIVE (key: cohort|month) */
  @PrimaryKey({ type: 'text' })
  report: string;

  @PrimaryKey({ type: 'text' })
  key: string;

  /** pg_current_snapshot() of the statement that computed `value`, as text */
  @Property({ type: 'text' })
  snapshot: string;

  @Property({ type: 'jsonb' })
  value: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  computedAt: Date = new Date();
}
