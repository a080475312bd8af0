import { hospitalDay } from './hospital-time.js';

/** YYYY-MM-DD, a real date, not after today on the hospital's calendar (eight hours ahead of UTC's in Shanghai). */
export function isBirthDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(value) &&
    value <= hospitalDay(new Date()) &&
    date.getUTCFullYear() >= 1900
  );
}
