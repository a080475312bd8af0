import { hospitalTimeZone } from './hospital-time-zone.js';

const day = new Intl.DateTimeFormat('en-CA', { timeZone: hospitalTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the hospital (`YYYY-MM-DD`, Asia/Shanghai), whatever the browser's zone. */
export function hospitalToday(now: Date = new Date()): string {
  return day.format(now);
}
