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
  /** rows some single change moved (bulk loads): written even when the batch's sum nets them to zero */
  private readonly touched = new Set<string>();

  add(contributions: readonly Contribution[], sign: 1 | -1 = 1): this {
    for (const c of contributions) {
      const id = rowId(c);
      const row = this.rows.get(id) ?? { table: c.table, key: c.key, values: {} };
      for (const [column, value] of Object.entries(c.values)) row.values[column] = (row.values[column] ?? 0) + sign * value;
      this.rows.set(id, row);
    }
    return this;
  }

  /**
   * One fact's change within a bulk load's batch (`after` minus `before`), as its applier makes it
   * event by event: a row the change moves is written even if a later change of the batch takes it
   * back to zero, because the applier would have created it (with the values summed to zero).
   */
  change(before: readonly Contribution[], after: readonly Contribution[]): this {
    for (const row of RollupDeltas.between(before, after).changedRows()) {
      this.add([row]);
      this.touched.add(rowId(row));
    }
    return this;
  }

  /** `after` minus `before` */
  static between(before: readonly Contribution[], after: readonly Contribution[]): RollupDeltas {
    return new RollupDeltas().add(before, -1).add(after, 1);
  }

  /** the rows some value of which changes, each with only its changed values (and the rows `change` touched, whole) */
  changedRows(): Contribution[] {
    return [...this.rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, row]) =>
        this.touched.has(id) ? row : { ...row, values: Object.fromEntries(Object.entries(row.values).filter(([, v]) => v !== 0)) },
      )
      .filter((row) => Object.keys(row.values).length > 0);
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

/** a rollup row's identity: its table and key */
function rowId(c: Contribution): string {
  let id = c.table;
  for (const k of Object.keys(c.key).sort()) id += `|${k}=${c.key[k]}`;
  return id;
}

/**
 * Applies many rows' changes in one statement per table (bulk loads): the same result as
 * RollupDeltas.apply, row for row. A column a row does not change is added as 0 (a new row's
 * columns default to 0 too).
 */
export async function applyDeltasInBulk(em: EntityManager, deltas: RollupDeltas): Promise<void> {
  const byTable = new Map<string, Contribution[]>();
  for (const row of deltas.changedRows()) {
    let list = byTable.get(row.table);
    if (!list) byTable.set(row.table, (list = []));
    list.push(row);
  }
  for (const [table, rows] of [...byTable.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const keys = Object.keys(rows[0]!.key).sort();
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r.values)))].sort();
    const name = table.split('.').pop()!;
    const records = rows.map((r) => {
      const record: Record<string, string | number> = { ...r.key };
      for (const c of columns) record[c] = r.values[c] ?? 0;
      return record;
    });
    await em.execute(
      `insert into ${table} (${[...keys, ...columns].join(', ')})
       select ${[...keys, ...columns].map((c) => `r.${c}`).join(', ')} from json_populate_recordset(null::${table}, ?::json) as r
       on conflict (${keys.join(', ')}) do update set ${columns.map((c) => `${c} = ${name}.${c} + excluded.${c}`).join(', ')}`,
      [JSON.stringify(records)],
    );
  }
}

/** Serialises the writers of one fact (its natural key) until the transaction ends. */
export async function lockFact(em: EntityManager, key: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`analytics.ma:${key}`]);
}
