import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GraphQLError } from 'graphql';

/** what Hive Gateway's HTTP transport reports when a subgraph cannot be reached or answers garbage */
const TRANSPORT_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'DOWNSTREAM_SERVICE_ERROR', 'UNEXPECTED_ERROR']);

const isTransportFailure = (error: GraphQLError) => {
  const extensions = error.extensions ?? {};
  return (
    typeof extensions.code !== 'string' ||
    TRANSPORT_CODES.has(extensions.code) ||
    'request' in extensions ||
    'response' in extensions ||
    /timeout|timed out|aborted/i.test(error.message)
  );
};

/**
 * A subgraph that is down, slow or answers something that is not GraphQL fails only its part of
 * the answer (Hive Gateway puts the error at the fields that subgraph owned): this says which
 * subgraph in `extensions.serviceName` with code SUBGRAPH_UNAVAILABLE, and drops what the transport
 * attached (the subgraph's URL, its request and response bodies), which must never reach a client.
 * Errors a subgraph reported itself (NOT_FOUND, FORBIDDEN, …) pass through as it wrote them.
 */
export function subgraphErrorsPlugin(): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName }) {
      return ({ result }) => {
        if (!result || Symbol.asyncIterator in result) return;
        for (const error of (result.errors ?? []) as GraphQLError[]) {
          const extensions = error.extensions as Record<string, unknown>;
          if (isTransportFailure(error)) {
            const timedOut = extensions.code === 'GATEWAY_TIMEOUT' || /timeout|timed out|aborted/i.test(error.message);
            (error as { message: string }).message =
              `the ${subgraphName} service ${timedOut ? 'did not answer in time' : 'is unavailable'}`;
            for (const key of Object.keys(extensions)) delete extensions[key];
            extensions.code = 'SUBGRAPH_UNAVAILABLE';
          }
          extensions.serviceName = subgraphName;
        }
      };
    },
  };
}
