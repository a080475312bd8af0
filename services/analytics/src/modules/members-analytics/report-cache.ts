import type { EntityManager } from '@mikro-orm/postgresql';
import { textArray } from '../../common/sql-arrays.js';

const T = (name: string) => `"analytics"."${name}"`;

/**
 * Whether an answer about `day` may be kept: three UTC days back or more. The trigger records
 * writes to days two UTC days back or more (Migration20261207180000), so a write to a kept day is
 * always recorded, whatever the hospital's time zone, unless its transaction ran for over a day.
 */
export function keepsDay(day: string, now: Date = new Date()): boolean {
  const horizon = new Date(now.getTime());
  horizon.setUTCDate(horizon.getUTCDate() - 3);
  return day <= horizon.toISOString().slice(0, 10);
}

/**
 * Kept answers of the whole-membership analyses (report-cache.entity.ts). An answer is computed by
 * one statement that also returns `pg_current_snapshot()` (SNAPSHOT_COLUMN): the snapshot that
 * statement read. It is served while every transaction recorded in ma_report_change was already
 * visible in that snapshot: a writer that committed later, even one running while the answer was
 * computed, makes it stale.
 */
export class ReportCache {
  /** select it beside the answer's columns: the snapshot the statement read */
  static readonly SNAPSHOT_COLUMN = 'pg_current_snapshot()::text as snapshot';

  constructor(private readonly em: EntityManager) {}

  /** the still valid kept values of `report` for `keys` */
  async get<T>(report: string, keys: readonly string[]): Promise<Map<string, T>> {
    if (keys.length === 0) return new Map();
    const rows = await this.em.execute<{ key: string; value: T }[]>(
      `select e.key, e.value from ${T('ma_report_cache')} e
       where e.report = ? and e.key = any(?::text[])
         and not exists (
           select 1 from ${T('ma_report_change')} c
           where c.xid >= pg_snapshot_xmin(e.snapshot::pg_snapshot)::text::bigint
             and not pg_visible_in_snapshot(c.xid::text::xid8, e.snapshot::pg_snapshot))`,
      [report, textArray(keys)],
    );
    return new Map(rows.map((r) => [r.key, r.value]));
  }

  /** keeps `values` (key → value) of `report`, computed in `snapshot` */
  async put(report: string, values: ReadonlyMap<string, unknown>, snapshot: string): Promise<void> {
    if (values.size === 0) return;
    const keys = [...values.keys()];
    await this.em.execute(
      `insert into ${T('ma_report_cache')} (report, key, snapshot, value)
       select ?, k.key, ?, k.value from unnest(?::text[], ?::jsonb[]) as k(key, value)
       on conflict (report, key) do update set snapshot = excluded.snapshot, value = excluded.value, computed_at = now()`,
      [report, snapshot, textArray(keys), textArray(keys.map((k) => JSON.stringify(values.get(k))))],
    );
  }
}
