import { useSyncExternalStore } from 'react';
import type { Session, SessionStaff } from './session.js';
import type { SessionNotice } from './session-store.js';
import { useSessionStore } from './use-session-store.js';

/**
 * The signed-in staff member (null when signed out) and why a session ended, re-rendering when either
 * changes. What a role may see is the shell's and the server's business; screens use this to adapt
 * (a department admin's staff list is their own department).
 */
export function useSession(): { session: Session | null; staff: SessionStaff | null; notice: SessionNotice } {
  const store = useSessionStore();
  const { session, notice } = useSyncExternalStore(store.subscribe, store.getState);
  return { session, staff: session?.staff ?? null, notice };
}
