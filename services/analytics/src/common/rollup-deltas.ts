import type { EntityManager } from '@mikro-orm/postgresql';

/** One fact's share of a rollup row: `values` are added to the row with `key` (schema-qualified `table`). */
export interface Contribution {
  table: string;
  key: Record<string, string>;
  values: Record<string, number>;
}

/**
 * The changes one fact causes to the rollups: its new contributions minus its old ones, merged
 * per row. Applied in (table, key) order, so two transactions touching the same rows lock them in
 * the same order; rows whose change nets to zero are not touched.
 */
export class RollupDeltas {
  private readonly rows = new Map<string, Contribution>();

  add(contributions: readonly Contribution[], sign: 1 | -1 = 1): this {
    for (const c of contributions) {
      const id = `${c.table}|${Object.keys(c.key)
        .sort()
        .map((k) => `${k}=${c.key[k]}`)
        .join('|')}`;
      const row = this.rows.get(id) ?? { table: c.table, key: c.key, values: {} };
      for (const [column, value] of Object.entries(c.values)) row.values[column] = (row.values[column] ?? 0) + sign * value;
      this.rows.set(id, row);
    }
    return this;
  }

  /** `after` minus `before` */
  static between(before: readonly Contribution[], after: readonly Contribution[]): RollupDeltas {
    return new RollupDeltas().add(before, -1).add(after, 1);
  }

  async apply(em: EntityManager): Promise<number> {
    let written = 0;
    const ordered = [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, row] of ordered) {
      const changed = Object.entries(row.values).filter(([, v]) => v !== 0);
      if (changed.length === 0) continue;
      const keys = Object.keys(row.key).sort();
      const columns = [...keys, ...changed.map(([c]) => c)];
      const name = row.table.split('.').pop()!;
      await em.execute(
        `insert into ${row.table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})
         on conflict (${keys.join(', ')}) do update set ${changed.map(([c]) => `${c} = ${name}.${c} + excluded.${c}`).join(', ')}`,
        [...keys.map((k) => row.key[k]), ...changed.map(([, v]) => v)],
      );
      written += 1;
    }
    return written;
  }
}

/** Serialises the writers of one fact (its natural key) until the transaction ends. */
export async function lockFact(em: EntityManager, key: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`analytics.ma:${key}`]);
}
