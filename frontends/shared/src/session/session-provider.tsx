import type { ReactNode } from 'react';
import { SessionContext } from './session-context.js';
import type { SessionStore } from './session-store.js';

/** Gives the page's session to everything below it, hosted remotes included. Mounted once, by the shell. */
export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}
