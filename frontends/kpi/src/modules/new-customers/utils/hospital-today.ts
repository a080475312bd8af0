import { hospitalTimeZone } from './hospital-time-zone.js';

// en-CA formats dates as YYYY-MM-DD
const dateInHospital = new Intl.DateTimeFormat('en-CA', {
  timeZone: hospitalTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the hospital (`YYYY-MM-DD`), whatever zone the browser is in. */
export function hospitalToday(now: Date = new Date()): string {
  return dateInHospital.format(now);
}
