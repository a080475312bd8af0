import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import cors from 'cors';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Logger } from 'pino';
import { GraphQLError } from 'graphql';
import { failedPathsPlugin } from './failed-paths.js';
import { armorProtection, costPlugin, DEFAULT_LIMITS, type OperationLimits } from './security/operation-limits.js';
import { createAuthenticator } from './security/authenticate.js';
import { createRateLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from './security/rate-limit.js';
import type { GraphQLSchema } from 'graphql';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type Caller } from '@careline/service-kit';
import type { KeyObject } from 'node:crypto';
import { SUBGRAPHS, type SubgraphName } from './subgraphs.js';

export interface GatewayContext {
  requestId: string;
  caller: Caller;
  /** the caller, signed once per request for every subgraph fetch */
  callerToken: Promise<string>;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** per-subgraph URL overrides; others use the URL composed into the supergraph */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  host?: string;
  port?: number;
  log: Logger;
  production?: boolean;
  subgraphTimeoutMs?: number;
  corsOrigins?: string[];
  bodyLimit?: string;
  /** the gateway's Ed25519 private key; subgraphs trust only callers signed with it */
  signingKey: KeyObject;
  limits?: Partial<OperationLimits>;
  rateLimits?: Partial<RateLimits>;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Forwards the request id and the caller to every subgraph, and bounds every fetch in time. */
class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('requestId' in context)) return; // health checks have no request context
    // subgraph requests are built here from scratch: no header a client sent reaches a subgraph
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(CALLER_HEADER, await context.callerToken);
  }

  /** An unreachable or timed-out subgraph: say which one, without the network details. */
  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    const timedOut = error.name === 'TimeoutError' || /timeout/i.test(error.message);
    throw new GraphQLError(`the ${this.serviceName} service ${timedOut ? 'did not answer in time' : 'is unavailable'}`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
    });
  }
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { log } = options;
  const timeoutMs = options.subgraphTimeoutMs ?? 5000;
  const urlOverrides = new Map<string, string>();
  for (const s of SUBGRAPHS) {
    const url = options.subgraphUrls?.[s.name];
    if (url) urlOverrides.set(s.name, url);
  }
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphSource(name, urlOverrides.get(name) ?? url ?? '', timeoutMs),
    logger: log,
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const armor = armorProtection(limits);
  const identityUrl = urlOverrides.get('identity') ?? SUBGRAPHS.find((s) => s.name === 'identity')!.defaultUrl;
  const authenticate = createAuthenticator({ identityGraphqlUrl: identityUrl, signingKey: options.signingKey, timeoutMs });
  const rateLimit = createRateLimiter({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits });

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // graphql-armor is typed against the CJS build of @apollo/server; the plugin objects are the same
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      costPlugin(() => apiSchema, limits.maxCost),
      failedPathsPlugin(options.supergraphSdl),
    ],
    validationRules: armor.validationRules,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: (formatted) => {
      const { stacktrace: _drop, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
    },
  });
  await apollo.start();

  app.disable('x-powered-by');
  // client addresses for audit and rate limits: trust only a proxy on this machine
  app.set('trust proxy', 'loopback');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins ?? false, maxAge: 600 }),
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader(REQUEST_ID_HEADER, requestId);
        const caller = await authenticate(req, requestId);
        await rateLimit(caller);
        return { requestId, caller, callerToken: signCaller(caller, requestId, options.signingKey) };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop() };
}
