import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql } from '../../common/sql.js';

/**
 * Spend per membership in (from, to], in fen: the consumption rows the points side records
 * (modules/consumption), refunded receipts excluded, a membership merged into another counted
 * for the survivor. The one place tiers and activity effects read spend from; memberships without
 * spend are absent from the map.
 */
export async function spendByMembership(
  em: EntityManager,
  membershipIds: readonly string[],
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  if (membershipIds.length === 0) return new Map();
  const rows = await sql<{ membership_id: string; spend: string }>(
    em,
    `select coalesce(m.merged_into_id, c.membership_id) as membership_id, sum(c.amount_fen)::bigint as spend
       from "members"."consumption" c join "members"."membership" m on m.id = c.membership_id
      where (c.membership_id = any(?::uuid[]) or m.merged_into_id = any(?::uuid[]))
        and c.status = 'RECORDED' and c.occurred_at > ? and c.occurred_at <= ?
      group by 1`,
    [pgArray(membershipIds), pgArray(membershipIds), from, to],
  );
  const wanted = new Set(membershipIds);
  return new Map(rows.filter((r) => wanted.has(r.membership_id)).map((r) => [r.membership_id, Number(r.spend)]));
}
