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

/** What a feature's hooks get: the service's ORM, event bus and logger. */
export interface ServiceScope {
  orm: MikroORM;
  bus: EventBus;
  log: Logger;
}

/**
 * One feature folder of a subgraph (`src/modules/<feature>/<feature>.module.ts`): everything the feature
 * brings to its service. A service lists its modules; the kit puts them together.
 */
export interface FeatureModule {
  name: string;
  entities?: NonNullable<Options['entities']>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** types the schema needs that no resolver returns */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** federation: how this service resolves an entity reference, per type name */
  references?: ReferenceResolvers;
  /** event consumers and scheduled jobs */
  subscribe?: (scope: ServiceScope) => Promise<void>;
  /** runs once after migrations (e.g. demo accounts when BOOTSTRAP_DEMO is set) */
  bootstrap?: (scope: ServiceScope) => Promise<void>;
  /** service-to-service endpoints under /internal, reachable only by the gateway (system caller) */
  internalRoutes?: (scope: ServiceScope) => (router: Router) => void;
}

/** Everything that makes one subgraph; `startService` turns it into a running server. */
export interface ServiceDefinition<Loaders> {
  /** service name, also its PostgreSQL schema and event source */
  name: string;
  migrations: MigrationObject[];
  /** the service's feature modules, in the order their hooks run */
  modules: FeatureModule[];
  /** per request; loaders that return rows a partner may not see take the caller */
  createLoaders: (em: EntityManager, caller: Caller) => Loaders;
}

/** A service's entities, from all its modules (for the ORM and the migration generator). */
export function serviceEntities<L>(definition: ServiceDefinition<L>): NonNullable<Options['entities']> {
  return definition.modules.flatMap((m) => [...(m.entities ?? [])]);
}

export function buildServiceSchema<L>(definition: ServiceDefinition<L>): Promise<GraphQLSchema> {
  const resolvers = definition.modules.flatMap((m) => m.resolvers ?? []);
  if (resolvers.length === 0) throw new Error(`${definition.name}: no module brings a resolver`);
  return buildFederatedSchema(
    {
      resolvers: resolvers as NonEmptyArray<(typeof resolvers)[number]>,
      orphanedTypes: definition.modules.flatMap((m) => m.orphanedTypes ?? []),
      authChecker,
      authMode: 'error',
    },
    Object.assign({}, ...definition.modules.map((m) => m.references ?? {})) as ReferenceResolvers,
  );
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

export async function startService<L>(definition: ServiceDefinition<L>, options: StartOptions): Promise<RunningService> {
  const log = options.log;
  const schema = await buildServiceSchema(definition);
  const orm = await createOrm({
    schema: definition.name,
    clientUrl: options.databaseUrl,
    entities: serviceEntities(definition),
    migrations: definition.migrations,
    log,
    onQuery: options.onQuery,
  });
  const bus = await EventBus.start({ connectionString: options.databaseUrl, source: definition.name, log, schedule: options.schedule });
  const scope: ServiceScope = { bus, orm, log };
  for (const module of definition.modules) await module.subscribe?.(scope);
  for (const module of definition.modules) await module.bootstrap?.(scope);
  const routeMounts = definition.modules.flatMap((m) => (m.internalRoutes ? [m.internalRoutes(scope)] : []));
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
      internalRoutes: routeMounts.length ? (router) => routeMounts.forEach((mount) => mount(router)) : undefined,
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
