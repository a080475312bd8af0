import type { NonEmptyArray } from 'type-graphql';
import type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Router } from 'express';
import type { Logger } from 'pino';
import { buildFederatedSchema, type ReferenceResolvers } from './federation/build-federated-schema.js';
import { createOrm } from './orm.js';
import { EventBus } from './events/event-bus.js';
import { createContextFactory, type Caller } from './context.js';
import type { KeyObject } from 'node:crypto';
import { authChecker } from './auth/policy.js';
import { startSubgraphServer, type RunningServer } from './http/subgraph-server.js';

/** Everything that makes one subgraph; `startService` turns it into a running server. */
export interface ServiceDefinition<Loaders> {
  /** service name, also its PostgreSQL schema and event source */
  name: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** per request; loaders that return rows a partner may not see take the caller */
  createLoaders: (em: EntityManager, caller: Caller) => Loaders;
  /** event consumers and scheduled jobs */
  subscribe?: (scope: { bus: EventBus; orm: MikroORM; log: Logger }) => Promise<void>;
  /** service-to-service endpoints under /internal, reachable only by the gateway (system caller) */
  internalRoutes?: (scope: { orm: MikroORM; bus: EventBus; log: Logger }) => (router: Router) => void;
  /** runs once after migrations (e.g. demo accounts when BOOTSTRAP_DEMO is set) */
  bootstrap?: (scope: { orm: MikroORM; bus: EventBus; log: Logger }) => Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  host?: string;
  port?: number;
  log: Logger;
  onQuery?: (sql: string) => void;
  /** run the event bus's maintenance and cron in this process */
  schedule?: boolean;
  /** verifies the caller token the gateway signs; requests without a valid one are refused */
  gatewayPublicKey: KeyObject;
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  orm: MikroORM;
  bus: EventBus;
  stop(): Promise<void>;
}

export function buildServiceSchema<L>(definition: ServiceDefinition<L>): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, authChecker, authMode: 'error' },
    definition.referenceResolvers,
  );
}

export async function startService<L>(definition: ServiceDefinition<L>, options: StartOptions): Promise<RunningService> {
  const log = options.log;
  const schema = await buildServiceSchema(definition);
  const orm = await createOrm({
    schema: definition.name,
    clientUrl: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    log,
    onQuery: options.onQuery,
  });
  const bus = await EventBus.start({ connectionString: options.databaseUrl, source: definition.name, log, schedule: options.schedule });
  await definition.subscribe?.({ bus, orm, log });
  await definition.bootstrap?.({ bus, orm, log });
  let server: RunningServer;
  try {
    server = await startSubgraphServer({
      name: definition.name,
      schema,
      orm,
      log,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      createContext: createContextFactory(definition.name, orm, bus, definition.createLoaders),
      gatewayPublicKey: options.gatewayPublicKey,
      internalRoutes: definition.internalRoutes?.({ orm, bus, log }),
      onShutdown: async () => {
        await bus.stop();
        await orm.close();
      },
    });
  } catch (error) {
    await bus.stop();
    await orm.close();
    throw error;
  }
  return { name: definition.name, url: server.url, port: server.port, orm, bus, stop: server.stop };
}
