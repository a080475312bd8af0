import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { sessionOperationNames } from '../session/auth-documents.js';
import type { SessionStore } from '../session/session-store.js';
import { readGraphqlError } from './read-graphql-error.js';

/**
 * The page's GraphQL client, pointed at the gateway. Created once by the shell (or by a remote running
 * standalone); hosted remotes reach it through the shared @apollo/client's ApolloProvider context.
 *
 * With a session, every operation carries `Authorization: Bearer <access token>` (renewed first when
 * it is about to expire), an UNAUTHENTICATED answer to any operation ends the session, which sends
 * the user back to the sign-in page with "session expired", and whenever the session ends every
 * cached answer is dropped, so whoever signs in next on this tab never sees the previous person's data.
 */
export function createApolloClient(graphqlUrl: string, session?: SessionStore): ApolloClient {
  const http = new HttpLink({ uri: graphqlUrl });
  const link = session
    ? ApolloLink.from([
        new ErrorLink(({ error, operation }) => {
          if (sessionOperationNames.has(operation.operationName ?? '')) return;
          if (readGraphqlError(error).code === 'UNAUTHENTICATED') session.expire();
        }),
        new SetContextLink(async (context, operation) => {
          // a sign-in carries no token: a stale one would only get it refused
          if (operation.operationName === 'Login') return {};
          const token = await session.accessToken();
          return token ? { headers: { ...context.headers, authorization: `Bearer ${token}` } } : {};
        }),
        http,
      ])
    : http;
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: {
      // dashboards show live figures: serve the cache first but always confirm with the gateway
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
  if (session) clearOnSignOut(session, client);
  return client;
}

function clearOnSignOut(session: SessionStore, client: ApolloClient): void {
  let signedIn = session.getState().session !== null;
  session.subscribe(() => {
    const now = session.getState().session !== null;
    // after React has taken the signed-in screens down: cleared under mounted queries, they would
    // refetch at once, without a token
    if (signedIn && !now) setTimeout(() => void client.clearStore(), 0);
    signedIn = now;
  });
}
