import { writeFile } from 'node:fs/promises';
import { parseEnv, serviceEnvSchema } from './env.js';
import { createLogger } from './logger.js';
import { resolveDatabase } from './database/resolve-database.js';
import { startService, buildServiceSchema, type ServiceDefinition } from './service.js';
import { stopOnSignals } from './http/subgraph-server.js';
import { printFederatedSchema } from './federation/build-federated-schema.js';
import { publicKeyFromPem } from './auth/caller-token.js';

/** `main.ts` of every subgraph: env, database (embedded when no DATABASE_URL), server, signals. */
export async function runService<L>(definition: ServiceDefinition<L>, defaultPort: number): Promise<void> {
  const env = parseEnv(serviceEnvSchema);
  const log = createLogger(definition.name, env.LOG_LEVEL);
  const database = await resolveDatabase(env.DATABASE_URL, log);
  const service = await startService(definition, {
    databaseUrl: database.url,
    host: env.HOST,
    port: env.PORT ?? defaultPort,
    log,
    schedule: env.RUN_SCHEDULER,
    gatewayPublicKey: publicKeyFromPem(env.GATEWAY_PUBLIC_KEY),
  });
  stopOnSignals(
    async () => {
      await service.stop();
      await database.embedded?.stop();
    },
    log,
    env.SHUTDOWN_GRACE_MS,
  );
}

/** Prints the subgraph SDL to `schema.graphql` (committed; the gateway composes from it). */
export async function writeServiceSchema<L>(definition: ServiceDefinition<L>, file: URL): Promise<void> {
  const sdl = await printFederatedSchema(await buildServiceSchema(definition));
  await writeFile(file, sdl);
  console.log(`wrote ${file.pathname}`);
}
