import type { ApolloClient } from '@apollo/client';
import type { SessionStore } from '@careline/frontend-shared';

/**
 * Drops every cached answer when the session ends (signed out or expired), so whoever signs in next on
 * this tab never sees the previous person's data, not even for the moment a refetch takes.
 */
export function clearCacheOnSignOut(store: SessionStore, client: ApolloClient): () => void {
  let signedIn = store.getState().session !== null;
  return store.subscribe(() => {
    const now = store.getState().session !== null;
    if (signedIn && !now) void client.clearStore();
    signedIn = now;
  });
}
