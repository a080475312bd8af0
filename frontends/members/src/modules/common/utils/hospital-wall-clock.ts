import dayjs, { type Dayjs } from 'dayjs';
import { hospitalTimeZone, hospitalUtcOffset } from './hospital-time-zone.js';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: hospitalTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The hospital's wall clock now, as a dayjs that shows it (pickers display the browser's zone, so
 * the value is built from Asia/Shanghai's fields: a picker in any zone shows the hospital's time).
 */
export function hospitalNow(): Dayjs {
  const part = Object.fromEntries(parts.formatToParts(Date.now()).map(({ type, value }) => [type, value]));
  return dayjs(`${part['year']}-${part['month']}-${part['day']}T${part['hour']}:${part['minute']}:${part['second']}`);
}

/** A wall-clock time picked on screen, read as the hospital's time, as an ISO instant for the server. */
export function toHospitalInstant(wallClock: Dayjs): string {
  return new Date(`${wallClock.format('YYYY-MM-DDTHH:mm:ss')}${hospitalUtcOffset}`).toISOString();
}
