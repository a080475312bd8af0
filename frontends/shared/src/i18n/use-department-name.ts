import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A department's name in the reader's language, from its code (CUSTOMER_SERVICE → 客服部, DENTAL → 口腔科):
 * records carry the code and the portal shows the name. A code the portal does not know yet (a department
 * an admin added) shows as itself, which the id / code sweep (test/browser/no-raw-ids.spec.ts) reports.
 */
export function useDepartmentName(): (code: string | null | undefined) => string {
  const { t } = useTranslation('common');
  return useCallback((code) => (code ? t(`departments.${code}`, { defaultValue: code }) : '—'), [t]);
}
