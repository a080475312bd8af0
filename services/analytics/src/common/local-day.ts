/** True when `timeZone` is an IANA zone this runtime knows (e.g. 'Asia/Shanghai'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day ('YYYY-MM-DD') an instant falls on in `timeZone`: KPIs count days as the
 * hospital lives them, so 2026-03-01T16:30:00Z is 2 March in Asia/Shanghai.
 */
export function localDay(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('localDay needs a valid instant');
  // the day of a quarter of an hour whose first and last instants fall on the same day is kept (the
  // zones' offsets, and their changes, fall on quarters since long ago): the seed asks millions of times
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let days = dayOfQuarter.get(timeZone);
  if (!days) dayOfQuarter.set(timeZone, (days = new Map()));
  const known = days.get(quarter);
  if (known !== undefined) return known;
  const first = formatDay(quarter * QUARTER_HOUR, timeZone);
  if (first !== formatDay((quarter + 1) * QUARTER_HOUR - 1, timeZone)) return formatDay(ms, timeZone);
  if (days.size >= MAX_QUARTERS) days.clear();
  days.set(quarter, first);
  return first;
}

function formatDay(ms: number, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const QUARTER_HOUR = 15 * 60_000;
/** about three years of quarters per zone, then the cache starts again */
const MAX_QUARTERS = 100_000;
const dayOfQuarter = new Map<string, Map<number, string>>();
