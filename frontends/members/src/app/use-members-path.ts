import { useCallback, useContext } from 'react';
import { MembersBaseContext } from './members-base-context.js';

/** Absolute paths inside the remote: `path('member/42')` is `/members/member/42` when mounted at /members. */
export function useMembersPath(): (path: string) => string {
  const base = useContext(MembersBaseContext);
  return useCallback((path: string) => `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`, [base]);
}
