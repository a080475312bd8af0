import { readFile } from 'node:fs/promises';
import { createLogger, privateKeyFromPem, stopOnSignals } from '@careline/service-kit';
import { loadGatewayEnv } from './env.js';
import { startGateway } from './gateway.js';
import { SUPERGRAPH_FILE } from './subgraphs.js';

const env = loadGatewayEnv();
const log = createLogger('gateway', env.LOG_LEVEL);
const gateway = await startGateway({
  supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
  subgraphUrls: { identity: env.IDENTITY_URL, members: env.MEMBERS_URL, crm: env.CRM_URL, analytics: env.ANALYTICS_URL },
  host: env.HOST,
  port: env.PORT,
  log,
  production: env.NODE_ENV === 'production',
  subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
  corsOrigins: env.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  bodyLimit: env.BODY_LIMIT,
  signingKey: privateKeyFromPem(env.GATEWAY_PRIVATE_KEY),
});
stopOnSignals(gateway.stop, log);
