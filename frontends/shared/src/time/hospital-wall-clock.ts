import { hospitalTimeZone, hospitalUtcOffset } from './hospital-time-zone.js';

// en-GB with h23 gives two-digit fields and a 00–23 hour; the fields are read one by one, so the
// result does not depend on the UI language
const fields = new Intl.DateTimeFormat('en-GB', {
  timeZone: hospitalTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The hospital's wall clock at an instant, as two-digit text fields (year four digits). */
export interface HospitalWallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** What the hospital's clocks and calendar show at `instant` (an ISO string, a Date or epoch ms), whatever the browser's zone. */
export function hospitalWallClock(instant: string | Date | number): HospitalWallClock {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant;
  const part = Object.fromEntries(fields.formatToParts(time).map(({ type, value }) => [type, value]));
  return {
    year: part['year'] ?? '',
    month: part['month'] ?? '',
    day: part['day'] ?? '',
    hour: part['hour'] ?? '',
    minute: part['minute'] ?? '',
    second: part['second'] ?? '',
  };
}

/** The hospital day (`YYYY-MM-DD`) an instant falls on. */
export function hospitalDayOf(instant: string | Date | number): string {
  const { year, month, day } = hospitalWallClock(instant);
  return `${year}-${month}-${day}`;
}

/** Today in the hospital (`YYYY-MM-DD`, Asia/Shanghai), whatever the browser's zone. */
export function hospitalToday(now: Date = new Date()): string {
  return hospitalDayOf(now);
}

/**
 * An ISO instant as the hospital's wall-clock time (`2026-11-24 18:05:09`); null / undefined / ''
 * show `fallback`, and text that is not a time shows as it came.
 */
export function formatHospitalTime(iso: string | null | undefined, fallback = '—'): string {
  if (!iso) return fallback;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const { year, month, day, hour, minute, second } = hospitalWallClock(time);
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/** The instant a hospital wall-clock time names (`day` as `YYYY-MM-DD`, `clock` as `HH:mm` or `HH:mm:ss`), as ISO for the server. */
export function hospitalInstant(day: string, clock = '00:00'): string {
  return new Date(`${day}T${clock.length === 5 ? `${clock}:00` : clock}${hospitalUtcOffset}`).toISOString();
}
