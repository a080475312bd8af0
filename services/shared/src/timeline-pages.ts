import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from './errors.js';
import { isUuid } from './ids.js';
import { LoadersByArguments } from './loaders-by-arguments.js';
import { pageSize } from './paging.js';
import { sql } from './sql.js';

/** Where a timeline page ends: the last entry's time (to the microsecond, as PostgreSQL stores it), kind and id. */
export interface TimelineCursor {
  at: string;
  kind: string;
  id: string;
}

export const encodeTimelineCursor = (cursor: TimelineCursor): string =>
  Buffer.from(JSON.stringify([cursor.at, cursor.kind, cursor.id])).toString('base64url');

/** The cursor of `after`, or BAD_USER_INPUT naming `after` when it is not one of this list's cursors. */
export function decodeTimelineCursor(after: string | null | undefined): TimelineCursor | undefined {
  if (after == null || after === '') return undefined;
  try {
    const [at, kind, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof kind === 'string' && typeof id === 'string')
      return { at, kind, id };
  } catch {
    // falls through to the refusal
  }
  throw badInput('after is not a cursor from this list', 'after');
}

/** The columns every timeline row has, whatever its source adds. */
export interface TimelineRow {
  kind: string;
  record_id: string;
  customer_id: string;
  at: Date;
  /** `at` to the microsecond as text, so the cursor compares exactly what PostgreSQL stores */
  at_key: string;
  /** the customer's entries of the visible kinds, all pages */
  total: number;
  /** false for the customer's newest row when it is kept, outside the page, only to carry the total */
  in_page: boolean;
}

export interface TimelinePage<Node> {
  nodes: Node[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What one service's timeline is made of. */
export interface TimelineSource<Kind extends string, Row extends TimelineRow, Node> {
  /**
   * One SELECT per kind for the customers in the CTE `ids`, the same columns in each: kind, record_id,
   * customer_id, at, then the source's own (`columns`). `schema` is the service's schema, quoted.
   */
  select(kind: Kind, schema: string): string;
  /** the source's own columns, as the SELECTs name them, comma-separated */
  columns: string;
  toNode(row: Row): Node;
}

/**
 * A customer's timeline (a UNION ALL over several tables, newest first by (at, kind, id), keyset-paged
 * on that triple) for every customer of a response at once: one statement per distinct
 * (first, after, kinds) in the request, whatever the number of customers or the page size. The newest
 * row of each customer is kept even outside the page so its total travels with it. crm's
 * Customer.timeline and members' Customer.memberTimeline are two sources of it.
 */
export class TimelinePages<Kind extends string, Row extends TimelineRow, Node> {
  private readonly loaders = new LoadersByArguments<string, TimelinePage<Node>>();

  constructor(
    private readonly em: EntityManager,
    private readonly source: TimelineSource<Kind, Row, Node>,
  ) {}

  load(customerId: string, args: { first?: number; after?: string | null }, kinds: readonly Kind[]): Promise<TimelinePage<Node>> {
    const size = pageSize(args.first);
    const after = decodeTimelineCursor(args.after);
    return this.loaders.load(customerId, [size, after ?? null, kinds], (ids) => this.fetch(ids, size, after, kinds));
  }

  private async fetch(
    parents: readonly string[],
    size: number,
    after: TimelineCursor | undefined,
    kinds: readonly Kind[],
  ): Promise<TimelinePage<Node>[]> {
    const ids = [...new Set(parents.filter(isUuid).map((p) => p.toLowerCase()))];
    const empty = (): TimelinePage<Node> => ({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
    if (ids.length === 0 || kinds.length === 0) return parents.map(empty);
    const schema = `"${String(this.em.config.get('schema'))}"`;
    const inPage = after ? `(at, kind, record_id) < (?::timestamptz, ?, ?)` : 'true';
    const rows = await sql<Row>(
      this.em,
      `with ids(id) as (values ${ids.map(() => '(?::uuid)').join(', ')}),
       entries as (${kinds.map((kind) => this.source.select(kind, schema)).join('\n union all ')}),
       ranked as (
         select e.*, ${inPage} as in_page, count(*) over (partition by customer_id)::int as total,
           row_number() over (partition by customer_id order by at desc, kind desc, record_id desc) as newest,
           row_number() over (partition by customer_id, ${inPage} order by at desc, kind desc, record_id desc) as rn
         from entries e)
       select kind, record_id, customer_id, at, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_key,
         ${this.source.columns}, total, in_page
       from ranked where (in_page and rn <= ?) or newest = 1
       order by customer_id, at desc, kind desc, record_id desc`,
      [...ids, ...(after ? [after.at, after.kind, after.id, after.at, after.kind, after.id] : []), size + 1],
    );
    const byCustomer = new Map<string, { total: number; nodes: Node[]; cursors: string[] }>();
    for (const row of rows) {
      const page = byCustomer.get(row.customer_id) ?? { total: row.total, nodes: [], cursors: [] };
      byCustomer.set(row.customer_id, page);
      if (!row.in_page) continue;
      page.nodes.push(this.source.toNode(row));
      page.cursors.push(encodeTimelineCursor({ at: row.at_key, kind: row.kind, id: row.record_id }));
    }
    return parents.map((parent) => {
      const page = byCustomer.get(parent.toLowerCase());
      if (!page) return empty();
      const nodes = page.nodes.slice(0, size);
      return {
        nodes,
        totalCount: page.total,
        pageInfo: { hasNextPage: page.nodes.length > size, endCursor: nodes.length > 0 ? page.cursors[nodes.length - 1]! : null },
      };
    });
  }
}
