import { writeFile } from 'node:fs/promises';
import { EnvError, parseEnv, serviceEnvSchema, type ServiceEnv } from './env.js';
import type { RolePasswords, ServiceConnections } from './database/roles.js';
import { createLogger } from './logger.js';
import { resolveDatabase } from './database/resolve-database.js';
import { startService, buildServiceSchema, type ServiceDefinition } from './service.js';
import { stopOnSignals } from './http/subgraph-server.js';
import { printFederatedSchema } from './federation/build-federated-schema.js';
import { partnerAccessOf } from './auth/partner-access.js';
import { publicKeyFromPem } from './auth/caller-token.js';
import { stopTracing } from './observability/tracing.js';
import { eventBusConfig } from './events/bus-config.js';

/**
 * `main.ts` of every subgraph: env, database (embedded when no DATABASE_URL), server, signals.
 * Tracing, when configured, was started before this by `--import @careline/service-kit/tracing`.
 */
export async function runService<L>(definition: ServiceDefinition<L>, defaultPort: number): Promise<void> {
  const env = parseEnv(serviceEnvSchema);
  const log = createLogger(definition.name, env.LOG_LEVEL);
  const connections = databaseConnections(env);
  // roles the operator made: nothing to create, no admin login in this process
  const database = connections ? { url: connections.ownerUrl, embedded: undefined } : await resolveDatabase(env.DATABASE_URL, log);
  const service = await startService(definition, {
    databaseUrl: database.url,
    connections,
    rolePasswords: rolePasswords(env),
    host: env.HOST,
    port: env.PORT ?? defaultPort,
    log,
    eventBus: eventBusConfig(env),
    gatewayPublicKey: publicKeyFromPem(env.GATEWAY_PUBLIC_KEY),
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    metricsToken: env.METRICS_TOKEN,
  });
  stopOnSignals(
    async () => {
      await service.stop();
      await stopTracing(); // sends the spans still buffered
      await database.embedded?.stop();
    },
    log,
    env.SHUTDOWN_GRACE_MS,
  );
}

function databaseConnections(env: ServiceEnv): ServiceConnections | undefined {
  if (!env.DATABASE_OWNER_URL && !env.DATABASE_APP_URL) return undefined;
  if (!env.DATABASE_OWNER_URL || !env.DATABASE_APP_URL)
    throw new EnvError('Invalid environment:\n  - DATABASE_OWNER_URL and DATABASE_APP_URL: set both (roles the operator made) or neither');
  return { ownerUrl: env.DATABASE_OWNER_URL, appUrl: env.DATABASE_APP_URL };
}

function rolePasswords(env: ServiceEnv): RolePasswords | undefined {
  if (!env.DATABASE_OWNER_PASSWORD && !env.DATABASE_APP_PASSWORD) return undefined;
  if (!env.DATABASE_OWNER_PASSWORD || !env.DATABASE_APP_PASSWORD)
    throw new EnvError('Invalid environment:\n  - DATABASE_OWNER_PASSWORD and DATABASE_APP_PASSWORD: set both or neither');
  return { owner: env.DATABASE_OWNER_PASSWORD, app: env.DATABASE_APP_PASSWORD };
}

/**
 * Prints the subgraph SDL to `schema.graphql` (committed; the gateway composes from it) and, beside
 * it, `partner-access.json`: which fields a partner's API key reaches (the partner docs' source).
 */
export async function writeServiceSchema<L>(definition: ServiceDefinition<L>, file: URL): Promise<void> {
  const schema = await buildServiceSchema(definition);
  const sdl = await printFederatedSchema(schema);
  await writeFile(file, sdl);
  console.log(`wrote ${file.pathname}`);
  const accessFile = new URL('partner-access.json', file);
  const access = partnerAccessOf(
    schema,
    definition.modules.flatMap((m) => m.resolvers ?? []),
  );
  await writeFile(accessFile, `${JSON.stringify(access, null, 2)}\n`);
  console.log(`wrote ${accessFile.pathname}`);
}
