import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { MikroORM } from '@mikro-orm/postgresql';
import { kitEnv } from '../env.js';
import { createErrorFormatter } from '../errors.js';
import type { Caller, ServiceContext } from '../context.js';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyObject } from 'node:crypto';
import { CallerTokenError, verifyCaller } from '../auth/caller-token.js';
import { currentRequestId, requestScope } from '../request-scope.js';

export const CALLER_HEADER = 'x-careline-caller';
export const REQUEST_ID_HEADER = 'x-request-id';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  log: Logger;
  host: string;
  port: number;
  createContext: (scope: { caller: Caller; requestId: string; log: Logger }) => ServiceContext<Loaders>;
  /** extra readiness checks beyond the database */
  isReady?: () => Promise<boolean>;
  /** runs after in-flight requests have finished, before the process exits */
  onShutdown?: () => Promise<void>;
  shutdownGraceMs?: number;
  /** the gateway's public key: every /graphql request must carry a caller token it signed */
  gatewayPublicKey: KeyObject;
  /**
   * Service-to-service HTTP endpoints under /internal (e.g. identity's authenticate for the
   * gateway). Only a `system` caller signed by the gateway reaches them.
   */
  internalRoutes?: (router: express.Router) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** stops taking requests, lets in-flight ones finish, then runs onShutdown */
  stop(): Promise<void>;
}

/**
 * Writes the request's audit entries before the response leaves; when they cannot be written the
 * request fails instead of answering without a trace.
 */
const auditPlugin: ApolloServerPlugin<ServiceContext<unknown>> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (!contextValue.audit?.hasPending) return;
        try {
          await contextValue.audit.flush();
        } catch (error) {
          contextValue.log.error({ err: error }, 'audit write failed; refusing the response');
          response.http.status = 500;
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [
                {
                  message: `Internal error; quote request id ${contextValue.requestId} to support`,
                  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
                },
              ],
            },
          };
        }
      },
    };
  },
};

/** One subgraph over HTTP: POST /graphql, GET /health (liveness), GET /ready (database reachable). */
export async function startSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>): Promise<RunningServer> {
  const { log } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ServiceContext<Loaders>>({
    schema: options.schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      auditPlugin as ApolloServerPlugin<ServiceContext<Loaders>>,
    ],
    formatError: createErrorFormatter(log, currentRequestId),
    // the gateway introspects nothing at run time: it composes from committed SDL
    introspection: kitEnv().NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
  });
  await apollo.start();

  let shuttingDown = false;
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const dbOk = await options.orm.isConnected().catch(() => false);
    const extraOk = options.isReady ? await options.isReady().catch(() => false) : true;
    const ready = dbOk && extraOk && !shuttingDown;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database: dbOk });
  });
  if (options.internalRoutes) {
    const router = express.Router();
    router.use(express.json({ limit: '16kb' }), async (req, res, next) => {
      try {
        const requestId = req.header(REQUEST_ID_HEADER);
        const caller = await verifyCaller(req.header(CALLER_HEADER), requestId, options.gatewayPublicKey);
        if (caller.kind !== 'system') throw new CallerTokenError('internal endpoints are for the gateway only');
        next();
      } catch (error) {
        res.status(401).json({ error: error instanceof CallerTokenError ? error.message : 'unauthenticated' });
      }
    });
    options.internalRoutes(router);
    app.use('/internal', router);
  }
  app.use(
    '/graphql',
    (req, res, next) => {
      const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
      res.setHeader(REQUEST_ID_HEADER, requestId);
      requestScope.run({ requestId }, next);
    },
    // no way around the gateway: without its signed caller token nothing here runs, _entities included
    async (req, res, next) => {
      try {
        res.locals.caller = await verifyCaller(req.header(CALLER_HEADER), currentRequestId(), options.gatewayPublicKey);
        next();
      } catch (error) {
        const message = error instanceof CallerTokenError ? error.message : 'the caller token is not valid';
        log.warn({ ip: req.ip, reason: message }, 'request without a valid gateway signature refused');
        res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
      }
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const requestId = currentRequestId() ?? randomUUID();
        return options.createContext({
          caller: res.locals.caller as Caller,
          requestId,
          log: log.child({ requestId }),
        });
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}/graphql`;
  log.info({ url }, `${options.name} subgraph ready`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    stop: () => {
      stopping ??= (async () => {
        shuttingDown = true;
        await apollo.stop(); // drains: waits for in-flight requests, closes idle connections
        await options.onShutdown?.();
        log.info(`${options.name} stopped`);
      })();
      return stopping;
    },
  };
}

/** SIGTERM / SIGINT → graceful stop, then exit; a second signal exits at once. */
export function stopOnSignals(stop: () => Promise<void>, log: Logger, graceMs = 10_000): void {
  let signalled = false;
  const handler = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown grace period elapsed; exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
