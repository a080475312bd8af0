import { hospitalWallClock } from '@careline/frontend-shared';

// The hospital's calendar as plain `YYYY-MM-DD` / `HH:mm` strings: days are worked out on UTC dates
// (no zone, no daylight saving). The day of an instant (`hospitalDayOf`) and the instant of a day and
// clock (`hospitalInstant`) come from @careline/frontend-shared.

/** The hospital's wall-clock time (`HH:mm`) of an instant. */
export function hospitalClockOf(iso: string | Date): string {
  const { hour, minute } = hospitalWallClock(iso);
  return `${hour}:${minute}`;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const dayString = (date: Date) => date.toISOString().slice(0, 10);

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayString(date);
}

/** The Monday of the week containing `day` (the hospital's weeks start on Monday). */
export function mondayOf(day: string): string {
  const weekday = (utc(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The seven days, Monday to Sunday, of the week containing `day`. */
export function weekOf(day: string): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** 0 (Monday) to 6 (Sunday). */
export function weekdayOf(day: string): number {
  return (utc(day).getUTCDay() + 6) % 7;
}

/** Every `stepMinutes` from `from` (inclusive) to `to` (exclusive), as `HH:mm`. */
export function clockSlots(from: string, to: string, stepMinutes: number): string[] {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const slots: string[] = [];
  for (let at = minutes(from); at < minutes(to); at += stepMinutes) {
    slots.push(`${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`);
  }
  return slots;
}

/** The slot (`HH:mm`, a multiple of `stepMinutes`) a wall-clock time falls in. */
export function slotOf(clock: string, stepMinutes: number): string {
  const at = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const start = at - (at % stepMinutes);
  return `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
}
