import type { Logger } from 'pino';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { EdgeContext } from './gateway.js';

/**
 * One log line per GraphQL request: request id, operation name, caller kind, status, duration and
 * the subgraphs it called (what an operator greps for when a partner quotes a request id).
 */
export function requestLogPlugin(log: Logger): GatewayPlugin {
  const started = new WeakMap<Request, { at: number; operationName?: string }>();
  return {
    onRequest({ request, url }) {
      if (url.pathname === '/graphql') started.set(request, { at: performance.now() });
    },
    onParams({ request, params }) {
      const entry = started.get(request);
      if (entry) entry.operationName = params.operationName ?? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(params.query ?? '')?.[1];
    },
    onResponse({ request, response, serverContext }) {
      const entry = started.get(request);
      if (!entry || request.method === 'OPTIONS') return;
      const edge = serverContext as unknown as Partial<EdgeContext>;
      log.info(
        {
          requestId: response.headers.get('x-request-id') ?? edge.requestId,
          operationName: entry.operationName ?? null,
          callerKind: edge.caller?.kind ?? 'unauthenticated',
          status: response.status,
          durationMs: Math.round((performance.now() - entry.at) * 10) / 10,
          subgraphs: [...(edge.subgraphsCalled ?? [])],
        },
        'request',
      );
    },
  };
}
