import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { isUuid } from './ids.js';
import { LoadersByArguments } from './loaders-by-arguments.js';
import { pageSize, parseCursor, toPage, type Page } from './paging.js';
import { sql } from './sql.js';

export interface ChildFilter {
  /** SQL over the table's columns, with `?` placeholders */
  where: string;
  params: unknown[];
}

/**
 * Connections under a parent (crm's Customer.followUps, members' Membership.pointsEntries, …) for every
 * parent of a response at once: one windowed query for the pages and one count, whatever the number of
 * parents listed. Pages are newest first (UUIDv7 ids), keyset-paged by `after`. One DataLoader per
 * distinct (first, after, filter) within the request. `tableName` is in the service's own schema.
 */
export class ChildPages<T extends { id: string }> {
  private readonly loaders = new LoadersByArguments<string, Page<T>>();

  constructor(
    private readonly em: EntityManager,
    private readonly entity: EntityClass<T>,
    private readonly tableName: string,
    private readonly parentColumn: string,
  ) {}

  private get table(): string {
    return `"${String(this.em.config.get('schema'))}"."${this.tableName}"`;
  }

  load(parentId: string, args: { first?: number; after?: string | null }, filter?: ChildFilter): Promise<Page<T>> {
    const size = pageSize(args.first);
    const after = parseCursor(args.after);
    return this.loaders.load(parentId, [size, after ?? null, filter?.where ?? null, filter?.params ?? []], (parents) =>
      this.fetch(parents, size, after, filter),
    );
  }

  private async fetch(
    parents: readonly string[],
    size: number,
    after: string | undefined,
    filter: ChildFilter | undefined,
  ): Promise<Page<T>[]> {
    const ids = [...new Set(parents.filter(isUuid).map((p) => p.toLowerCase()))];
    if (ids.length === 0) return parents.map(() => toPage<T>([], size, 0));
    const inList = ids.map(() => '?').join(', ');
    const conditions = [`${this.parentColumn} in (${inList})`, ...(filter ? [`(${filter.where})`] : [])];
    const params = [...ids, ...(filter?.params ?? [])];
    const paged = after ? [...conditions, 'id < ?'] : conditions;
    const [rows, counts] = await Promise.all([
      sql<Record<string, unknown>>(
        this.em,
        `select * from (select t.*, row_number() over (partition by ${this.parentColumn} order by id desc) as page_rn
           from ${this.table} t where ${paged.join(' and ')}) x
         where page_rn <= ? order by ${this.parentColumn}, id desc`,
        [...params, ...(after ? [after] : []), size + 1],
      ),
      sql<{ parent: string; n: number }>(
        this.em,
        `select ${this.parentColumn} as parent, count(*)::int as n from ${this.table} where ${conditions.join(' and ')} group by ${this.parentColumn}`,
        params,
      ),
    ]);
    const byParent = new Map<string, T[]>();
    for (const { page_rn: _rn, ...row } of rows) {
      const parent = String(row[this.parentColumn]);
      const list = byParent.get(parent) ?? [];
      list.push(this.em.map(this.entity, row as never) as T);
      byParent.set(parent, list);
    }
    const totals = new Map(counts.map((c) => [c.parent, c.n]));
    return parents.map((p) => {
      const key = p.toLowerCase();
      return toPage(byParent.get(key) ?? [], size, totals.get(key) ?? 0);
    });
  }
}
