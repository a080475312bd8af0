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
 * it is about to expire), and an UNAUTHENTICATED answer to any operation ends the session, which sends
 * the user back to the sign-in page with "session expired".
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
  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: {
      // dashboards show live figures: serve the cache first but always confirm with the gateway
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
