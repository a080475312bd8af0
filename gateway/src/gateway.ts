import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID, type KeyObject } from 'node:crypto';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';
import type { Logger } from 'pino';
import { GraphQLError } from 'graphql';
import { REQUEST_ID_HEADER, signCaller, type Caller } from '@careline/service-kit';
import { armorPlugins, costPlugin, DEFAULT_LIMITS, type OperationLimits } from './security/operation-limits.js';
import { createAuthenticator, IDENTITY_HEADERS, type AuthCacheSettings } from './security/authenticate.js';
import { createRateLimiter, DEFAULT_RATE_LIMITS, type RateLimits, type RateLimitStore } from './security/rate-limit.js';
import { SUBGRAPHS, type SubgraphName } from './subgraphs.js';
import { hiveLoggerFor } from './logging.js';
import { subgraphErrorsPlugin } from './failed-paths.js';
import { subgraphTimeoutPlugin } from './subgraph-timeout.js';
import { clientAddress, parseTrustedProxies } from './security/client-address.js';
import { bodyGuard, parseBodyLimit } from './security/body-guard.js';
import { inputCoercionPlugin } from './security/input-coercion.js';
import { signInLimitPlugin } from './security/sign-in-limit.js';
import { localRevocationPlugin } from './security/local-revocations.js';
import { requestLogPlugin } from './observability.js';
import { listenForRevocations } from './security/revocations.js';
import { partnerDocsHandler } from './partner-docs/serve.js';
import { forwardProviderHook, PROVIDER_HOOK_PATH } from './provider-hooks.js';
import { NOTIFICATION_STREAM_PATH, streamNotifications } from './notification-stream.js';

/** What every request carries through the gateway's plugins (Hive Gateway's server context). */
export interface EdgeContext {
  requestId: string;
  caller: Caller;
  /** the caller, signed once per request, for every subgraph fetch of that request */
  callerToken: () => Promise<string>;
  /** subgraphs this request called (for the request's log line) */
  subgraphsCalled: Set<string>;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** per-subgraph URL overrides; others use the URL composed into the supergraph */
  subgraphUrls?: Partial<Record<SubgraphName, string | undefined>>;
  host?: string;
  port?: number;
  log: Logger;
  /** the production profile (the default): no GraphiQL, introspection only for staff, nothing internal in errors */
  production?: boolean;
  subgraphTimeoutMs?: number;
  corsOrigins?: string[];
  bodyLimit?: string;
  /** the gateway's Ed25519 private key; subgraphs trust only callers signed with it */
  signingKey: KeyObject;
  limits?: Partial<OperationLimits>;
  rateLimits?: Partial<RateLimits>;
  /** PostgreSQL for the shared rate-limit counters and identity's revocation announcements */
  databaseUrl?: string;
  /** Redis for the shared rate-limit counters instead of PostgreSQL */
  redisUrl?: string;
  /** addresses / CIDR ranges of proxies whose X-Forwarded-For is believed; none by default */
  trustedProxies?: string[];
  authCache?: Partial<AuthCacheSettings>;
  /** extra Hive Gateway plugins (Prometheus, OpenTelemetry) the launcher configured */
  plugins?: GatewayPlugin[];
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The supergraph with each subgraph's URL replaced by the one this deployment uses. */
function withSubgraphUrls(supergraphSdl: string, urls: Map<string, string>): string {
  return supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls.has(name) ? `@join__graph(name: "${name}", url: "${urls.get(name)}")` : whole,
  );
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { log } = options;
  const production = options.production ?? true;
  const timeoutMs = options.subgraphTimeoutMs ?? 5000;
  const urls = new Map<string, string>();
  for (const s of SUBGRAPHS) urls.set(s.name, options.subgraphUrls?.[s.name] ?? s.defaultUrl);
  const supergraph = withSubgraphUrls(options.supergraphSdl, urls);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const rateLimits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const store: RateLimitStore = options.redisUrl
    ? { kind: 'redis', url: options.redisUrl }
    : options.databaseUrl
      ? { kind: 'postgres', url: options.databaseUrl }
      : { kind: 'memory' };
  const rateLimiter = await createRateLimiter(rateLimits, store, log);
  const authenticator = createAuthenticator({
    identityGraphqlUrl: urls.get('identity')!,
    signingKey: options.signingKey,
    timeoutMs,
    rateLimiter,
    log,
    cache: options.authCache,
  });
  const revocations = options.databaseUrl ? await listenForRevocations(options.databaseUrl, authenticator.revoked, log) : undefined;
  const trustedProxies = parseTrustedProxies(options.trustedProxies ?? []);
  const bodyLimit = parseBodyLimit(options.bodyLimit ?? '100kb');
  const partnerDocs = partnerDocsHandler(rateLimits.perApiKey);

  /** who is calling, decided before Hive Gateway parses anything (and before any rate-limited work) */
  const authenticationPlugin: GatewayPlugin = {
    onRequest({ request, serverContext, endResponse, url }) {
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      const context = serverContext as unknown as EdgeContext & { req?: http.IncomingMessage };
      const requestId = request.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
      const clientIp = clientAddress(context.req?.socket.remoteAddress, request.headers.get('x-forwarded-for'), trustedProxies);
      return authenticator
        .authenticate(request.headers, clientIp, requestId)
        .then(async (caller) => {
          await rateLimiter.consume(caller);
          let token: Promise<string> | undefined;
          context.requestId = requestId;
          context.caller = caller;
          context.callerToken = () => (token ??= signCaller(caller, requestId, options.signingKey));
          context.subgraphsCalled = new Set();
        })
        .catch((error: unknown) => {
          const known = error instanceof GraphQLError ? error : undefined;
          if (!known) log.error({ err: error, requestId }, 'authentication failed unexpectedly');
          const status = (known?.extensions.http as { status?: number } | undefined)?.status ?? 500;
          const { http: _http, ...extensions } = known?.extensions ?? { code: 'INTERNAL_SERVER_ERROR' };
          endResponse(
            new Response(JSON.stringify({ errors: [{ message: known?.message ?? 'Unexpected error.', extensions }] }), {
              status,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                ...(status === 429 ? { 'retry-after': String(extensions.retryAfterSeconds ?? 60) } : {}),
              },
            }),
          );
        });
    },
  };

  const runtime = createGatewayRuntime<EdgeContext>({
    supergraph,
    unifiedGraphHandler,
    transports: { http: httpTransport },
    logging: hiveLoggerFor(log),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: !production,
    // GraphQL-over-HTTP batching stays off (one operation per request, one rate-limit point)
    batching: false,
    maskedErrors: { maskError: maskError(log) },
    cors: { origin: options.corsOrigins ?? [], credentials: false, maxAge: 600 },
    // a GET (or a form-like POST) must carry one of these headers, which a cross-site form cannot
    csrfPrevention: { requestHeaders: ['x-graphql-csrf', 'apollo-require-preflight', 'x-apollo-operation-name'] },
    // introspection only for signed-in staff in production (the portal's developers); never anonymous
    disableIntrospection: {
      disableIf: ({ context }) => {
        const caller = (context as Partial<EdgeContext>).caller;
        return caller?.kind !== 'staff' && (production || caller?.kind !== 'system');
      },
    },
    // the subgraph timeout is subgraphTimeoutPlugin below, not the `upstreamTimeout` plugin: that
    // one fails the whole request with 504 (and the subgraph's URL in the error); ours fails only
    // the fields the slow subgraph owned, like a subgraph that is down
    // no in-flight deduplication: each request's subgraph fetches carry its own caller token, so
    // two requests never share a fetch, and deduplicating only cost a structuredClone of every
    // subgraph answer
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    requestId: { headerName: REQUEST_ID_HEADER },
    propagateHeaders: {
      // subgraph requests are built from scratch: only the signed caller (and the request id,
      // which Hive Gateway's request-id plugin adds) reach a subgraph, no header a client sent
      fromClientToSubgraphs: async ({ context, subgraphName }) => {
        const edge = context as unknown as Partial<EdgeContext>;
        edge.subgraphsCalled?.add(subgraphName);
        return edge.callerToken ? { 'x-careline-caller': await edge.callerToken() } : {};
      },
    },
    subgraphErrors: { errorCode: false, subgraphNameProp: 'serviceName' },
    plugins: () => [
      authenticationPlugin,
      ...armorPlugins(limits),
      inputCoercionPlugin(),
      costPlugin(limits.maxCost),
      signInLimitPlugin(rateLimiter),
      localRevocationPlugin(authenticator),
      subgraphTimeoutPlugin(timeoutMs),
      subgraphErrorsPlugin(),
      requestLogPlugin(log),
      ...(options.plugins ?? []),
    ],
  });

  const openStreams = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    // a request id we did not make is kept only if it is short and plain (it goes into logs and tokens)
    const given = req.headers[REQUEST_ID_HEADER];
    req.headers[REQUEST_ID_HEADER] = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    for (const header of IDENTITY_HEADERS) delete req.headers[header];
    if (req.url === '/ready' || req.url?.startsWith('/ready?')) {
      void readiness(runtime, urls, timeoutMs).then(({ ready, body }) => {
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
      });
      return;
    }
    // the partner docs: static, public, no authentication (docs/partner-api.md)
    if (req.url?.startsWith('/partners') && partnerDocs(req, res)) return;
    if (req.url === PROVIDER_HOOK_PATH) {
      void forwardProviderHook(req, res, {
        crmGraphqlUrl: urls.get('crm')!,
        signingKey: options.signingKey,
        timeoutMs,
        log,
        rateLimiter,
        clientIp: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']?.toString() ?? null, trustedProxies),
      });
      return;
    }
    if (req.url === NOTIFICATION_STREAM_PATH) {
      void streamNotifications(req, res, {
        identityGraphqlUrl: urls.get('identity')!,
        signingKey: options.signingKey,
        corsOrigins: options.corsOrigins ?? [],
        // one rate-limit point per stream opened, like a GraphQL request
        authenticate: async (headers, clientIp, requestId) => {
          const caller = await authenticator.authenticate(headers, clientIp, requestId);
          await rateLimiter.consume(caller);
          return caller;
        },
        clientIp: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']?.toString() ?? null, trustedProxies),
        log,
        open: openStreams,
      });
      return;
    }
    if (bodyGuard(req, res, bodyLimit)) return;
    void runtime.requestListener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve));
  // the supergraph is planned before the first request is let in
  await runtime.getSchema();
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url, production, rateLimitStore: store.kind }, 'gateway ready');
  return {
    url,
    port,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        for (const stream of openStreams) stream.end();
      });
      await runtime.dispose();
      await revocations?.close();
      await rateLimiter.close();
    },
  };
}

/**
 * What a client may see of an error: one with a code (ours, a subgraph's, a plugin's) as it is,
 * without the exception behind it; anything else is "Unexpected error." and goes to the log.
 */
function maskError(log: Logger) {
  return (error: unknown): Error => {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    const { originalError: _echo, ...extensions } = graphqlError?.extensions ?? {};
    const code = extensions.code;
    // Hive Gateway's own request errors (CSRF, bad JSON, wrong method) carry an HTTP status and
    // no code; they are ours to show, minus the parser's message that echoes the body
    if (graphqlError && ('request' in extensions || 'response' in extensions)) {
      // a transport failure that reached here without a subgraph's name: say nothing internal
      return new GraphQLError('a service is unavailable', { path: graphqlError.path, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    }
    if (graphqlError && ((typeof code === 'string' && code !== 'UNEXPECTED_ERROR') || extensions.http)) {
      return new GraphQLError(graphqlError.message, {
        nodes: graphqlError.nodes,
        path: graphqlError.path,
        extensions: {
          ...extensions,
          code: typeof code === 'string' ? code : 'BAD_REQUEST',
          // a body that is not a GraphQL request at all (bad JSON, NUL bytes) is a 400 whatever the
          // client accepts; Yoga's `spec` flag would answer 200 to an application/json client
          ...(code === 'BAD_REQUEST' && extensions.http
            ? { http: { status: (extensions.http as { status?: number }).status ?? 400 } }
            : {}),
        },
      });
    }
    log.error({ err: (graphqlError?.originalError ?? error) as Error }, 'unexpected error answered as INTERNAL_SERVER_ERROR');
    return new GraphQLError('Unexpected error.', { path: graphqlError?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}

/** Ready when the supergraph is loaded and every subgraph says it is ready (its database reachable). */
async function readiness(runtime: { getSchema(): unknown }, urls: Map<string, string>, timeoutMs: number) {
  const schemaLoaded = await Promise.resolve(runtime.getSchema()).then(
    (schema) => Boolean(schema),
    () => false,
  );
  const subgraphs = Object.fromEntries(
    await Promise.all(
      [...urls].map(async ([name, url]) => {
        const ready = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(Math.min(timeoutMs, 2000)) }).then(
          (r) => r.ok,
          () => false,
        );
        return [name, ready ? 'ready' : 'unavailable'] as const;
      }),
    ),
  );
  const ready = schemaLoaded && Object.values(subgraphs).every((s) => s === 'ready');
  return { ready, body: { status: ready ? 'ready' : 'unavailable', supergraph: schemaLoaded ? 'loaded' : 'missing', subgraphs } };
}
