import { addMonths } from '../../common/calendar.js';

/** A tier as the evaluation needs it. */
export interface TierRule {
  code: string;
  rank: number;
  minSpendFen: number;
}

export interface TierDecision {
  to: string;
  direction: 'UP' | 'DOWN';
}

/** A tier reached is kept at least this long before a downgrade: a member is never demoted within the year they earned it. */
export const TIER_HOLD_MONTHS = 12;

/** The rolling 12 months that decide a tier at `asOf`: (asOf − 12 months, asOf]. */
export function spendWindow(asOf: Date): { from: Date; to: Date } {
  return { from: addMonths(asOf, -12), to: asOf };
}

/** The highest-ranked tier whose threshold `spendFen` reaches (the lowest tier when none does). */
export function tierForSpend(tiers: readonly TierRule[], spendFen: number): TierRule {
  const byRank = [...tiers].sort((a, b) => a.rank - b.rank);
  if (byRank.length === 0) throw new Error('no tiers defined');
  let reached = byRank[0]!;
  for (const tier of byRank) if (spendFen >= tier.minSpendFen) reached = tier;
  return reached;
}

/**
 * What the evaluation does to one member: upgrade as soon as the rolling spend reaches a higher
 * tier; downgrade to the tier the spend supports, but only once the current tier has been held
 * TIER_HOLD_MONTHS (since it was reached, or since joining). null: the tier stays.
 */
export function evaluateTier(input: {
  current: string;
  heldSince: Date;
  spendFen: number;
  asOf: Date;
  tiers: readonly TierRule[];
}): TierDecision | null {
  const target = tierForSpend(input.tiers, input.spendFen);
  const current = input.tiers.find((t) => t.code === input.current);
  // a code that is no longer a tier: put the member where their spend belongs
  if (!current) return target.code === input.current ? null : { to: target.code, direction: 'UP' };
  if (target.rank > current.rank) return { to: target.code, direction: 'UP' };
  if (target.rank < current.rank && addMonths(input.heldSince, TIER_HOLD_MONTHS).getTime() <= input.asOf.getTime()) {
    return { to: target.code, direction: 'DOWN' };
  }
  return null;
}

/** Thresholds must rise with rank and the lowest tier must start at zero, or some spend would have no tier. */
export function tiersConsistent(tiers: readonly TierRule[]): string | null {
  const byRank = [...tiers].sort((a, b) => a.rank - b.rank);
  if (byRank[0] && byRank[0].minSpendFen !== 0) return `the lowest tier (${byRank[0].code}) must start at 0`;
  for (let i = 1; i < byRank.length; i++) {
    if (byRank[i]!.minSpendFen <= byRank[i - 1]!.minSpendFen) {
      return `${byRank[i]!.code} must need more spend than ${byRank[i - 1]!.code}, which ranks below it`;
    }
  }
  return null;
}
