/** Lots whose points run out within this many days are highlighted, so the desk can tell the member. */
export const NEAR_EXPIRY_DAYS = 30;

const DAY_MS = 86_400_000;

export type LotState = 'SPENT' | 'EXPIRED' | 'NEAR_EXPIRY' | 'OPEN';

/**
 * What a lot's points are now: all spent (or expired and taken by the expiry job: remaining 0), past
 * their expiry but not yet taken (the job runs daily), running out within NEAR_EXPIRY_DAYS, or open;
 * with the whole days left for a near one.
 */
export function lotState(lot: { remaining: number; expiresAt: string }, now: number): { state: LotState; daysLeft: number } {
  const left = Date.parse(lot.expiresAt) - now;
  const daysLeft = Math.max(0, Math.ceil(left / DAY_MS));
  if (lot.remaining === 0) return { state: 'SPENT', daysLeft };
  if (left <= 0) return { state: 'EXPIRED', daysLeft: 0 };
  if (left <= NEAR_EXPIRY_DAYS * DAY_MS) return { state: 'NEAR_EXPIRY', daysLeft };
  return { state: 'OPEN', daysLeft };
}
