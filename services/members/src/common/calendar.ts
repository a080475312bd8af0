import { hospitalDay } from '@careline/service-kit';
import { membersEnv } from '../env.js';

/** The hospital's time zone (HOSPITAL_TIME_ZONE): "today", birthdays, periods and the scheduled jobs' clock. */
export const hospitalTimeZone = (): string => membersEnv().HOSPITAL_TIME_ZONE;

/** The hospital's calendar day of `at`, YYYY-MM-DD: "today" for birthdays. */
export const hospitalDate = (at: Date): string => hospitalDay(at, hospitalTimeZone());

/** The same instant `months` calendar months later (or earlier), clamped to the month's last day (31 Jan + 1 month = 28/29 Feb), as PostgreSQL's interval does. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}
