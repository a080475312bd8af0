import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../common/calendar.js';
import { evaluateTier, spendWindow, tierForSpend, tiersConsistent, type TierRule } from '../tier.rules.js';

const TIERS: TierRule[] = [
  { code: 'DIAMOND', rank: 4, minSpendFen: 5_000_000 },
  { code: 'ORDINARY', rank: 1, minSpendFen: 0 },
  { code: 'GOLD', rank: 3, minSpendFen: 2_000_000 },
  { code: 'SILVER', rank: 2, minSpendFen: 500_000 },
];
const asOf = new Date('2026-11-24T16:10:00Z');

describe('tier rules', () => {
  it('gives the highest tier whose threshold the spend reaches, the threshold itself included', () => {
    expect(tierForSpend(TIERS, 0).code).toBe('ORDINARY');
    expect(tierForSpend(TIERS, 499_999).code).toBe('ORDINARY');
    expect(tierForSpend(TIERS, 500_000).code).toBe('SILVER');
    expect(tierForSpend(TIERS, 2_000_000).code).toBe('GOLD');
    expect(tierForSpend(TIERS, 99_000_000).code).toBe('DIAMOND');
  });

  it('counts spend in the 12 calendar months before asOf, clamping the 29th of February', () => {
    expect(spendWindow(asOf)).toEqual({ from: new Date('2025-11-24T16:10:00Z'), to: asOf });
    expect(addMonths(new Date('2028-02-29T00:00:00Z'), -12)).toEqual(new Date('2027-02-28T00:00:00Z'));
    expect(addMonths(new Date('2026-03-31T00:00:00Z'), -1)).toEqual(new Date('2026-02-28T00:00:00Z'));
  });

  it('upgrades as soon as the spend reaches a higher tier, however recently the tier was reached', () => {
    expect(evaluateTier({ current: 'SILVER', heldSince: asOf, spendFen: 2_100_000, asOf, tiers: TIERS })).toEqual({
      to: 'GOLD',
      direction: 'UP',
    });
    expect(evaluateTier({ current: 'ORDINARY', heldSince: asOf, spendFen: 6_000_000, asOf, tiers: TIERS })).toEqual({
      to: 'DIAMOND',
      direction: 'UP',
    });
  });

  it('keeps a tier reached less than 12 months ago even when the spend fell below it', () => {
    expect(evaluateTier({ current: 'GOLD', heldSince: new Date('2026-01-01T00:00:00Z'), spendFen: 0, asOf, tiers: TIERS })).toBeNull();
  });

  it('downgrades to the tier the spend supports once the tier has been held 12 months', () => {
    expect(evaluateTier({ current: 'GOLD', heldSince: new Date('2025-11-24T16:10:00Z'), spendFen: 600_000, asOf, tiers: TIERS })).toEqual({
      to: 'SILVER',
      direction: 'DOWN',
    });
    expect(evaluateTier({ current: 'DIAMOND', heldSince: new Date('2024-01-01T00:00:00Z'), spendFen: 0, asOf, tiers: TIERS })).toEqual({
      to: 'ORDINARY',
      direction: 'DOWN',
    });
  });

  it('leaves a member whose spend matches their tier where they are', () => {
    expect(
      evaluateTier({ current: 'SILVER', heldSince: new Date('2020-01-01T00:00:00Z'), spendFen: 500_000, asOf, tiers: TIERS }),
    ).toBeNull();
  });

  it('moves a member of a tier that no longer exists to the tier of their spend', () => {
    expect(evaluateTier({ current: 'PLATINUM', heldSince: asOf, spendFen: 600_000, asOf, tiers: TIERS })).toEqual({
      to: 'SILVER',
      direction: 'UP',
    });
  });

  it('accepts thresholds that rise with rank from zero and names the first pair that does not', () => {
    expect(tiersConsistent(TIERS)).toBeNull();
    expect(tiersConsistent(TIERS.map((t) => (t.code === 'GOLD' ? { ...t, minSpendFen: 400_000 } : t)))).toMatch(
      /GOLD must need more spend than SILVER/,
    );
    expect(tiersConsistent(TIERS.map((t) => (t.code === 'ORDINARY' ? { ...t, minSpendFen: 1 } : t)))).toMatch(/ORDINARY\) must start at 0/);
  });
});
