import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hospitalTimeZone } from '../utils/hospital-time-zone.js';

/** Formats an ISO instant as the hospital's wall-clock time ("2026-11-24 18:05:09"), whatever the browser's zone. */
export function useHospitalTime(): (iso: string | null | undefined, fallback?: string) => string {
  const { i18n } = useTranslation();
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-CA' : 'zh-CN', {
        timeZone: hospitalTimeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
      }),
    [i18n.resolvedLanguage],
  );
  return useCallback(
    (iso, fallback = '—') => {
      if (!iso) return fallback;
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : format.format(time).replace(',', '');
    },
    [format],
  );
}
