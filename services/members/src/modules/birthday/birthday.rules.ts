import { addDays } from '@careline/service-kit';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const format = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The day a birthday is celebrated in `year`: Feb 29 birthdays on Feb 28 in years without one. */
export function birthdayIn(birthDate: string, year: number): string {
  const [, m, d] = parts(birthDate);
  if (m === 2 && d === 29 && !isLeapYear(year)) return format(year, 2, 28);
  return format(year, m, d);
}

/** The next celebration on or after `today`. */
export function nextBirthday(birthDate: string, today: string): string {
  const [year] = parts(today);
  const thisYear = birthdayIn(birthDate, year);
  return thisYear >= today ? thisYear : birthdayIn(birthDate, year + 1);
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** One day of a window and a birth (month, day) celebrated on it. */
export interface CelebratedOn {
  day: string;
  month: number;
  dayOfMonth: number;
}

/**
 * The (month, day) of births celebrated on each of `days` days from `today` (today included):
 * every day its own date, and Feb 28 of a common year also Feb 29 births.
 */
export function celebratedIn(today: string, days: number): CelebratedOn[] {
  const out: CelebratedOn[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(today, i);
    const [y, m, d] = parts(day);
    out.push({ day, month: m, dayOfMonth: d });
    if (m === 2 && d === 28 && !isLeapYear(y)) out.push({ day, month: 2, dayOfMonth: 29 });
  }
  return out;
}
