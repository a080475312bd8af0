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
  if (Number.isNaN(instant.getTime())) throw new RangeError('localDay needs a valid instant');
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
