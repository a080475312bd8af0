import type { NonEmptyArray } from 'type-graphql';
import type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Router } from 'express';
import type { Logger } from 'pino';
import { buildFederatedSchema, type ReferenceResolvers } from './federation/build-federated-schema.js';
import { createOrm } from './orm.js';
import {
  busUrl,
  localRolePasswords,
  provisionServiceRoles,
  runtimeGrantsSql,
  type RolePasswords,
  type ServiceConnections,
  type TablePrivileges,
} from './database/roles.js';
import { EventBus } from './events/event-bus.js';
import { onBusMetric } from './events/bus-metrics.js';
import type { EventBusConfig } from './events/bus-config.js';
import { AUDIT_STORE, AuditEvents } from './events/contracts.js';
import { createContextFactory, type Caller } from './context.js';
import type { KeyObject } from 'node:crypto';
import { authChecker } from './auth/policy.js';
import { startSubgraphServer, type RunningServer } from './http/subgraph-server.js';
import { ServiceMetrics } from './observability/metrics.js';

/** What a feature's hooks get: the service's ORM, event bus, logger and metrics. */
export interface ServiceScope {
  orm: MikroORM;
  bus: EventBus;
  log: Logger;
  /** Prometheus metrics: event consumers and jobs report lag and failures here */
  metrics: ServiceMetrics;
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
  /** the runtime role's limits on this feature's tables: append-only audit and ledger rows */
  tablePrivileges?: TablePrivileges;
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

/** The runtime role's limits on the service's tables, from all its modules. */
export function serviceTablePrivileges<L>(definition: ServiceDefinition<L>): TablePrivileges {
  return {
    appendOnly: definition.modules.flatMap((m) => m.tablePrivileges?.appendOnly ?? []),
    updatableColumns: Object.assign({}, ...definition.modules.map((m) => m.tablePrivileges?.updatableColumns ?? {})) as Record<
      string,
      string[]
    >,
  };
}

export interface StartOptions {
  /**
   * A login that may create roles (the embedded superuser; a managed server's admin): the service
   * creates its owner and runtime roles through it, migrates as the owner and serves as the runtime
   * role. Ignored when `connections` is given.
   */
  databaseUrl: string;
  /** the roles' passwords (default: derived from the checkout's secret under .data/keys) */
  rolePasswords?: RolePasswords;
  /** roles the operator provisioned: migrate with `ownerUrl`, serve with `appUrl`, create nothing */
  connections?: ServiceConnections;
  host?: string;
  port?: number;
  log: Logger;
  onQuery?: (sql: string) => void;
  /** event bus settings over those of the environment (docs/events.md) */
  eventBus?: Partial<EventBusConfig>;
  /** verifies the caller token the gateway signs; requests without a valid one are refused */
  gatewayPublicKey: KeyObject;
  /** SHUTDOWN_GRACE_MS: in-flight requests get half of it to finish when the service stops */
  shutdownGraceMs?: number;
  /** METRICS_TOKEN: when set, /metrics asks for it as a bearer token */
  metricsToken?: string;
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  orm: MikroORM;
  bus: EventBus;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

export async function startService<L>(definition: ServiceDefinition<L>, options: StartOptions): Promise<RunningService> {
  const log = options.log;
  const schema = await buildServiceSchema(definition);
  const connections =
    options.connections ??
    (await provisionServiceRoles(options.databaseUrl, definition.name, options.rolePasswords ?? localRolePasswords(definition.name)));
  // the owner migrates and grants, then lets go: nothing that serves a request holds its login
  const owner = await createOrm({
    schema: definition.name,
    clientUrl: connections.ownerUrl,
    entities: serviceEntities(definition),
    migrations: definition.migrations,
    log,
    poolMax: 1,
    // under the migration lock, so a new table is covered before any replica serves from it
    afterMigrations: (migrated) =>
      migrated.em.transactional(async (em) => {
        for (const statement of runtimeGrantsSql(definition.name, serviceTablePrivileges(definition))) await em.execute(statement);
      }),
  });
  await owner.close();
  const orm = await createOrm({
    schema: definition.name,
    clientUrl: connections.appUrl,
    entities: serviceEntities(definition),
    migrations: definition.migrations,
    migrate: false,
    log,
    onQuery: options.onQuery,
  });
  const metrics = new ServiceMetrics(definition.name);
  // the runtime role's pool: the one every request and handler waits on
  const pool = await orm.em.getConnection().getNativeClient();
  metrics.trackPool(() => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }));
  // the bus reports per process (several services share one in tests): this service's consumers and queues only
  const stopBusMetrics = onBusMetric((metric) => {
    if (metric.name === 'event_lag_seconds' && metric.labels.consumer === definition.name)
      metrics.observeEventLag(metric.labels.consumer, metric.labels.type ?? '', metric.value);
    else if (metric.name === 'job_failed' && metric.labels.queue?.startsWith(`${definition.name}.`))
      metrics.countJobFailure(metric.labels.queue);
  });
  const bus = await EventBus.start({
    connectionString: busUrl(connections.appUrl),
    source: definition.name,
    log,
    config: options.eventBus,
    // provisioning (or the operator) made the bus's schemas for careline_bus; the runtime login may not create schemas
    createSchema: false,
  });
  // identity keeps every service's audit entries: its queue exists before this service answers, so an
  // entry written while identity is starting waits for it rather than being dropped
  await bus.ensureSubscription(AUDIT_STORE, AuditEvents.AuditRecorded);
  const scope: ServiceScope = { bus, orm, log, metrics };
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
      shutdownGraceMs: options.shutdownGraceMs,
      metrics,
      metricsToken: options.metricsToken,
      // after the last request: consumers stop (in-flight jobs finish or go back to the queue), then the pool
      onShutdown: async () => {
        stopBusMetrics();
        await bus.stop();
        log.info('event consumers stopped');
        await orm.close();
        log.info('database pool closed');
      },
    });
  } catch (error) {
    stopBusMetrics();
    await bus.stop();
    await orm.close();
    throw error;
  }
  return { name: definition.name, url: server.url, port: server.port, orm, bus, metrics, stop: server.stop };
}
