import { useContext } from 'react';
import { SessionContext } from './session-context.js';
import type { SessionStore } from './session-store.js';

/** The page's SessionStore; throws when no SessionProvider is mounted (a wiring mistake, not a state). */
export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession needs a <SessionProvider> above it (mounted by the shell)');
  return store;
}
