import { MAX_PERIOD_DAYS, NewCustomersErrors } from './new-customers.exception.js';

export interface Period {
  from: string;
  to: string;
  /** days covered, both ends included */
  days: number;
}

const DAY_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' calendar date, or null when it is not one (2026-02-30). */
function dayNumber(value: string): number | null {
  const match = DAY_FORMAT.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/** Validates a report period: two real dates, in order, at most 366 days (a leap year) long. */
export function parsePeriod(input: { from: string; to: string }): Period {
  const from = dayNumber(input.from);
  if (from === null) throw NewCustomersErrors.dayInvalid('period.from', input.from);
  const to = dayNumber(input.to);
  if (to === null) throw NewCustomersErrors.dayInvalid('period.to', input.to);
  if (to < from) throw NewCustomersErrors.periodReversed(input.from, input.to);
  const days = to - from + 1;
  if (days > MAX_PERIOD_DAYS) throw NewCustomersErrors.periodTooLong(days);
  return { from: input.from, to: input.to, days };
}
