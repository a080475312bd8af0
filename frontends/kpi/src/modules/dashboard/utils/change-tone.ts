import type { KpiDirection } from '../../../gql/graphql';

export type ChangeTone = 'better' | 'worse' | 'flat' | 'unknown';

/**
 * Whether a change is good news: a complaint rate going up is worse, a deal rate going up is
 * better. The colour of the change follows this, not the sign.
 */
export function changeTone(change: number | null | undefined, direction: KpiDirection): ChangeTone {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'unknown';
  // float noise of a share computed twice (0.1 + 0.2 − 0.3) is no change
  if (Math.abs(change) < 1e-9) return 'flat';
  const up = change > 0;
  return up === (direction === 'HIGHER_IS_BETTER') ? 'better' : 'worse';
}

/** Whether a value meets its target, in the KPI's direction; undefined when either is missing. */
export function meetsTarget(value: number | null, target: number | null, direction: KpiDirection): boolean | undefined {
  if (value === null || target === null) return undefined;
  return direction === 'HIGHER_IS_BETTER' ? value >= target : value <= target;
}
