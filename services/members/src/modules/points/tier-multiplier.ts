import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';

/**
 * Points multipliers while tiers are not data yet.
 * TODO: remove once the tier table (members.tier: code, multiplier) has landed; multiplierFor reads it when present.
 */
const DEFAULT_MULTIPLIERS: Record<string, number> = { ORDINARY: 1.0 };

let tierTableSeen = false;
let lastLookedAt = 0;

/** true once members.tier has `code` and `multiplier`; looked up at most once a minute until then */
async function tierTableExists(em: EntityManager): Promise<boolean> {
  if (tierTableSeen) return true;
  if (Date.now() - lastLookedAt < 60_000) return false;
  const rows = await sql<{ n: number }>(
    em,
    `select count(*)::int as n from information_schema.columns where table_schema = 'members' and table_name = 'tier' and column_name in ('code', 'multiplier')`,
  );
  lastLookedAt = Date.now();
  tierTableSeen = rows[0]!.n === 2;
  return tierTableSeen;
}

/** The tier's points multiplier (1.0 for a tier nobody configured). */
export async function multiplierFor(em: EntityManager, tierCode: string): Promise<number> {
  if (await tierTableExists(em)) {
    const rows = await sql<{ multiplier: string | number }>(em, `select multiplier from "members"."tier" where code = ?`, [tierCode]);
    if (rows[0]) return Number(rows[0].multiplier);
  }
  return DEFAULT_MULTIPLIERS[tierCode] ?? 1.0;
}
