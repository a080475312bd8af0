import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { LogoutDocument } from './auth-documents.js';
import { useSessionStore } from './use-session-store.js';

/**
 * Signs out: tells the server to end the session (its refresh token stops working at once), then
 * forgets the tokens and every cached answer. A failed `logout` still signs out locally: the user
 * asked to leave, and an unreachable server is no reason to keep them.
 */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const store = useSessionStore();
  return useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutDocument });
    } catch {
      // already ended on the server, or the server is unreachable: signing out locally is what matters
    }
    store.signOut();
    await client.clearStore();
  }, [client, store]);
}
