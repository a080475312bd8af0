import { DomainError } from '@careline/service-kit';

/** The longest period a report covers: a leap year. */
export const MAX_PERIOD_DAYS = 366;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const PeriodErrors = {
  dayInvalid: (field: string, value: unknown) =>
    new DomainError('BAD_USER_INPUT', `${field} "${String(value)}" is not a date written YYYY-MM-DD`, { field, reason: 'DAY_INVALID' }),
  periodReversed: (from: string, to: string) =>
    new DomainError('BAD_USER_INPUT', `period.to (${to}) is before period.from (${from})`, {
      field: 'period.to',
      reason: 'PERIOD_REVERSED',
    }),
  periodTooLong: (days: number) =>
    new DomainError('BAD_USER_INPUT', `the period covers ${days} days; choose at most ${MAX_PERIOD_DAYS}`, {
      field: 'period',
      reason: 'PERIOD_TOO_LONG',
    }),
};

/** Days since 1970-01-01 of a real calendar date 'YYYY-MM-DD', or null (2026-02-30, 2026-4-1). */
export function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = DAY.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

/** A real calendar date 'YYYY-MM-DD' (not 2026-02-30; surrounding spaces dropped), or BAD_USER_INPUT naming `field`. */
export function parseDay(value: unknown, field: string): string {
  const text = typeof value === 'string' ? value.trim() : value;
  if (dayNumber(text) === null) throw PeriodErrors.dayInvalid(field, value);
  return text as string;
}

/** A PeriodInput, checked. */
export interface Period {
  from: string;
  to: string;
  /** days covered, both ends included */
  days: number;
}

/** Validates a report period (PeriodInput): two real dates, in order, at most 366 days (a leap year) long. */
export function parsePeriod(input: { from: string; to: string }): Period {
  const from = parseDay(input.from, 'period.from');
  const to = parseDay(input.to, 'period.to');
  const days = dayNumber(to)! - dayNumber(from)! + 1;
  if (days < 1) throw PeriodErrors.periodReversed(from, to);
  if (days > MAX_PERIOD_DAYS) throw PeriodErrors.periodTooLong(days);
  return { from, to, days };
}
