import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { LogoutDocument } from './auth-documents.js';
import { useSessionStore } from './use-session-store.js';

/**
 * Signs out: forgets the tokens at once (the client then drops every cached answer and the page
 * goes to sign-in), then tells the server to end the session with the token it had, so its refresh
 * token stops working too. Local first: leaving the page mid-request must not leave the tokens behind,
 * and a failed `logout` (server unreachable, session already over) is no reason to keep anyone in.
 */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const store = useSessionStore();
  return useCallback(async () => {
    const accessToken = store.getState().session?.accessToken;
    store.signOut();
    if (!accessToken) return;
    try {
      await client.mutate({ mutation: LogoutDocument, context: { headers: { authorization: `Bearer ${accessToken}` } } });
    } catch {
      // already ended on the server, or the server is unreachable: the tab has forgotten the tokens anyway
    }
  }, [client, store]);
}
