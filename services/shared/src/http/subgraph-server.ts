import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { pino, type Logger } from 'pino';
import type { MikroORM } from '@mikro-orm/postgresql';
import { kitEnv } from '../env.js';
import { createErrorFormatter } from '../errors.js';
import type { Caller, ServiceContext } from '../context.js';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyObject } from 'node:crypto';
import { CallerTokenError, verifyCaller } from '../auth/caller-token.js';
import { currentRequestId, requestScope } from '../request-scope.js';
import { trace } from '@opentelemetry/api';
import { ServiceMetrics } from '../observability/metrics.js';
import { describeOperation } from '../auth/audited-operation.js';

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
  /** SHUTDOWN_GRACE_MS: how long a stop may take in all (default 10 s); in-flight requests get half of it */
  shutdownGraceMs?: number;
  /** the gateway's public key: every /graphql request must carry a caller token it signed */
  gatewayPublicKey: KeyObject;
  /**
   * Service-to-service HTTP endpoints under /internal (e.g. identity's authenticate for the
   * gateway). Only a `system` caller signed by the gateway reaches them.
   */
  internalRoutes?: (router: express.Router) => void;
  /** the service's Prometheus metrics, served on /metrics (a new registry when not given) */
  metrics?: ServiceMetrics;
  /** METRICS_TOKEN: when set, /metrics answers only `Authorization: Bearer <token>` */
  metricsToken?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  metrics: ServiceMetrics;
  /** stops taking requests, lets in-flight ones finish, then runs onShutdown */
  stop(): Promise<void>;
}

/**
 * Writes the request's audit entries before the response leaves; when they cannot be written the
 * request fails instead of answering without a trace.
 */
/**
 * A request GraphQL itself refuses (a variable of the wrong type, an instant on 2026-02-30) is
 * answered with HTTP 400 by Apollo Server. The only client of a subgraph is the gateway, which
 * reads a 400 as a failed subgraph and tells the caller INTERNAL_SERVER_ERROR; answered with 200,
 * the errors (BAD_USER_INPUT naming the variable) reach the caller as they are.
 */
const clientErrorsAnswered: ApolloServerPlugin<ServiceContext<unknown>> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      if (response.http.status === 400 && response.body.kind === 'single' && response.body.singleResult.errors?.length) {
        response.http.status = 200;
      }
    },
  }),
};

const auditPlugin: ApolloServerPlugin<ServiceContext<unknown>> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, schema, document, operation, request }) {
        if (operation) contextValue.audit?.describe(describeOperation(schema, document, operation, request.variables));
      },
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

/** What the request log line needs from inside Apollo: the operation and the answer's error codes. */
interface RequestRecord {
  operation?: string;
  operationType?: string;
  errorCodes: string[];
}
/**
 * Each request's record rides on its context under a symbol (the context is the one thing the plugin
 * and the context factory share; Apollo copies it per operation, own properties included).
 */
const RECORD = Symbol('request record');
const recordOf = (context: object): RequestRecord | undefined => (context as { [RECORD]?: RequestRecord })[RECORD];

const requestRecordPlugin: ApolloServerPlugin<ServiceContext<unknown>> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, operationName, operation, request, response }) {
        const record = recordOf(contextValue);
        if (!record) return;
        // the name the document resolved to, or the one asked for when the document did not validate
        record.operation = operationName ?? request.operationName ?? undefined;
        record.operationType = operation?.operation;
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
        record.errorCodes = (errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      },
    };
  },
};

/** One subgraph over HTTP: POST /graphql, GET /health (liveness), GET /ready (database reachable). */
export async function startSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>): Promise<RunningServer> {
  const { log } = options;
  const metrics = options.metrics ?? new ServiceMetrics(options.name);
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ServiceContext<Loaders>>({
    schema: options.schema,
    // the kit owns the shutdown sequence (stopOnSignals): Apollo's own handler would re-send the
    // signal once drained, and the process would exit before the event bus and the pool are closed
    stopOnTerminationSignals: false,
    plugins: [
      // in-flight requests get this long to finish; the rest of the grace period is for the bus and the pool
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMillis(options.shutdownGraceMs) }),
      ApolloServerPluginInlineTraceDisabled(),
      auditPlugin as ApolloServerPlugin<ServiceContext<Loaders>>,
      requestRecordPlugin as ApolloServerPlugin<ServiceContext<Loaders>>,
      clientErrorsAnswered as ApolloServerPlugin<ServiceContext<Loaders>>,
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
  // Prometheus scrapes this on the service's own port, which is never published: only the gateway
  // is public, and it forwards nothing but GraphQL (docs/operations.md)
  app.get('/metrics', async (req, res) => {
    if (options.metricsToken && req.header('authorization') !== `Bearer ${options.metricsToken}`) {
      res.status(401).end();
      return;
    }
    const { contentType, body } = await metrics.expose();
    res.type(contentType).send(body);
  });
  if (options.internalRoutes) {
    const router = express.Router();
    // the signature is checked before the body is read: nothing of an unsigned request is parsed
    router.use(async (req, res, next) => {
      try {
        const requestId = req.header(REQUEST_ID_HEADER);
        const caller = await verifyCaller(req.header(CALLER_HEADER), requestId, options.gatewayPublicKey);
        if (caller.kind !== 'system') throw new CallerTokenError('internal endpoints are for the gateway only');
        next();
      } catch (error) {
        res.status(401).json({ error: error instanceof CallerTokenError ? error.message : 'unauthenticated' });
      }
    });
    router.use(express.json({ limit: '16kb' }));
    options.internalRoutes(router);
    // a body that is not JSON or too large: a JSON answer, never Express's HTML page with a stack
    router.use((error: { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      const status = error.status === 413 ? 413 : 400;
      res.status(status).json({ code: 'BAD_REQUEST', reason: status === 413 ? 'the body is too large' : 'the body must be a JSON object' });
    });
    app.use('/internal', router);
  }
  app.use(
    '/graphql',
    (req, res, next) => {
      const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
      res.setHeader(REQUEST_ID_HEADER, requestId);
      logEachRequest(res, requestId);
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
        const context = options.createContext({
          caller: res.locals.caller as Caller,
          requestId,
          log: log.child({ requestId }),
        });
        return Object.assign(context, { [RECORD]: res.locals.record as RequestRecord });
      },
    }),
  );

  /**
   * One structured line per GraphQL request when its answer has been sent, and the same facts to the
   * metrics: the gateway's request id, the trace id (when tracing runs), the operation, the caller's
   * kind, the HTTP status, the error codes and the time taken.
   */
  function logEachRequest(res: express.Response, requestId: string) {
    const started = process.hrtime.bigint();
    const record: RequestRecord = { errorCodes: [] };
    res.locals.record = record;
    const traceId = trace.getActiveSpan()?.spanContext().traceId;
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const caller = (res.locals.caller as Caller | undefined)?.kind ?? 'unverified';
      const outcome = res.statusCode >= 400 || record.errorCodes.length > 0 ? 'error' : 'ok';
      metrics.observeRequest({ caller, outcome, errorCodes: record.errorCodes, seconds });
      log.info(
        {
          requestId,
          traceId,
          operation: record.operation ?? null,
          operationType: record.operationType,
          caller,
          status: res.statusCode,
          outcome,
          errors: record.errorCodes.length ? record.errorCodes : undefined,
          durationMs: Math.round(seconds * 10_000) / 10,
        },
        'request',
      );
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}/graphql`;
  log.info({ url }, `${options.name} subgraph ready`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    metrics,
    stop: () => {
      stopping ??= (async () => {
        shuttingDown = true;
        log.info('stopped taking requests; letting in-flight ones finish');
        await apollo.stop(); // drains: closes the listener and idle connections, waits for in-flight requests
        await options.onShutdown?.();
        log.info(`${options.name} stopped`);
      })();
      return stopping;
    },
  };
}

const DEFAULT_GRACE_MS = 10_000;
const drainMillis = (graceMs = DEFAULT_GRACE_MS) => Math.max(1000, Math.floor(graceMs / 2));

/**
 * Exits once the log lines written so far have reached stdout. pino writes stdout asynchronously
 * (sonic-boom): exiting while a write is under way would flush the lines after it synchronously
 * first, and the log would read out of order (a line of the stop after 'shutdown complete').
 * Ending the stream waits for that write, writes the rest, then reports 'close' (fd 1 stays open).
 * The wait is bounded, so a stuck stdout cannot hold the exit.
 */
function exitOnceLogged(log: Logger, code: number): void {
  const exit = () => process.exit(code);
  setTimeout(exit, 1000).unref();
  const stream = (log as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as
    { end?: () => void; once?: (event: 'close', listener: () => void) => void; destroyed?: boolean } | undefined;
  if (!stream?.end || !stream.once || stream.destroyed) return exit();
  stream.once('close', exit);
  stream.end();
}

/**
 * SIGTERM / SIGINT → graceful stop, then exit 0; exit 1 when the stop fails or takes longer than
 * `graceMs`. A repeated signal (Ctrl-C reaches every process of `pnpm start`, and then the launcher
 * sends SIGTERM too) does not cut the stop short: the grace period bounds it.
 */
export function stopOnSignals(stop: () => Promise<void>, log: Logger, graceMs = DEFAULT_GRACE_MS): void {
  let signalled = false;
  const handler = (signal: NodeJS.Signals) => {
    if (signalled) {
      log.info({ signal }, 'already shutting down');
      return;
    }
    signalled = true;
    log.info({ signal, graceMs }, 'shutting down');
    const timer = setTimeout(() => {
      log.error({ graceMs }, 'shutdown grace period elapsed; exiting');
      exitOnceLogged(log, 1);
    }, graceMs);
    timer.unref();
    stop().then(
      () => {
        log.info('shutdown complete');
        exitOnceLogged(log, 0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        exitOnceLogged(log, 1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
