import { readFile } from 'node:fs/promises';
import { createLogger, privateKeyFromPem, stopOnSignals } from '@careline/service-kit';
import { loadGatewayEnv } from './env.js';
import { startGateway } from './gateway.js';
import { SUPERGRAPH_FILE } from './subgraphs.js';
import { telemetryPlugins } from './telemetry.js';

const env = loadGatewayEnv();
// one line per request: written asynchronously, off the request's path
const log = createLogger('gateway', env.LOG_LEVEL, { asyncOutput: true });
const gateway = await startGateway({
  supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
  subgraphUrls: { identity: env.IDENTITY_URL, members: env.MEMBERS_URL, crm: env.CRM_URL, analytics: env.ANALYTICS_URL },
  host: env.HOST,
  port: env.PORT,
  log,
  production: env.NODE_ENV !== 'development',
  subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
  corsOrigins: env.CORS_ORIGINS,
  bodyLimit: env.BODY_LIMIT,
  signingKey: privateKeyFromPem(env.GATEWAY_PRIVATE_KEY),
  databaseUrl: env.DATABASE_URL,
  redisUrl: env.REDIS_URL,
  trustedProxies: env.TRUSTED_PROXIES,
  rateLimits: { perStaff: env.RATE_LIMIT_PER_STAFF, perApiKey: env.RATE_LIMIT_PER_API_KEY },
  authCache: { sessionTtlMs: env.AUTH_SESSION_TTL_MS, apiKeyTtlMs: env.AUTH_API_KEY_TTL_MS },
  plugins: await telemetryPlugins({ metrics: env.METRICS, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, log }),
});
stopOnSignals(gateway.stop, log);
