import { hospitalInstant, hospitalWallClock } from '@careline/frontend-shared';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * The hospital's wall clock now, as a dayjs that shows it (pickers display the browser's zone, so
 * the value is built from Asia/Shanghai's fields: a picker in any zone shows the hospital's time).
 */
export function hospitalNow(): Dayjs {
  const { year, month, day, hour, minute, second } = hospitalWallClock(Date.now());
  return dayjs(`${year}-${month}-${day}T${hour}:${minute}:${second}`);
}

/** A wall-clock time picked on screen, read as the hospital's time, as an ISO instant for the server. */
export function toHospitalInstant(wallClock: Dayjs): string {
  return hospitalInstant(wallClock.format('YYYY-MM-DD'), wallClock.format('HH:mm:ss'));
}
