import { useCallback, useContext } from 'react';
import { CrmBaseContext } from './crm-base-context.js';

/** Absolute paths inside the remote: `path('customers/42')` is `/crm/customers/42` when mounted at /crm. */
export function useCrmPath(): (path: string) => string {
  const base = useContext(CrmBaseContext);
  return useCallback((path: string) => `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`, [base]);
}
