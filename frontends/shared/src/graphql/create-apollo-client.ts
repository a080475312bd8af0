import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The page's GraphQL client, pointed at the gateway. Created once by the shell (or by a remote running
 * standalone); hosted remotes reach it through the shared @apollo/client's ApolloProvider context.
 */
export function createApolloClient(graphqlUrl: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: graphqlUrl }),
    cache: new InMemoryCache(),
    defaultOptions: {
      // dashboards show live figures: serve the cache first but always confirm with the gateway
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
