import { useCallback } from 'react';
import { hospitalTimeZone } from '../utils/hospital-time-zone.js';

// the parts are read one by one so the result is `YYYY-MM-DD HH:mm:ss` in every UI language
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

/** Formats an ISO instant as the hospital's wall-clock time (`2026-11-24 18:05:09`), whatever the browser's zone. */
export function useHospitalTime(): (iso: string | null | undefined, fallback?: string) => string {
  return useCallback((iso, fallback = '—') => {
    if (!iso) return fallback;
    const time = Date.parse(iso);
    if (Number.isNaN(time)) return iso;
    const part = Object.fromEntries(parts.formatToParts(time).map(({ type, value }) => [type, value]));
    return `${part['year']}-${part['month']}-${part['day']} ${part['hour']}:${part['minute']}:${part['second']}`;
  }, []);
}
