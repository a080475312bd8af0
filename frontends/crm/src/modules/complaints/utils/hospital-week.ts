// Hospital weeks run Monday to Sunday (crm's mondayOf, services/crm/src/common/hospital-time.ts), whatever
// the first day of the week is in the reader's locale. Days are calendar days (YYYY-MM-DD), so plain UTC
// date arithmetic is exact.

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the hospital week containing `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
