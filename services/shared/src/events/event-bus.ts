import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import type { Db } from 'pg-boss';
import type { Logger } from 'pino';
import { newId } from '../ids.js';
import { eventBusConfig, type EventBusConfig } from './bus-config.js';
import type { JobQueue } from './job-queue.js';
import { PgBossEventBus } from './pg-boss-bus.js';
import { NatsEventBus } from './nats-bus.js';

export { EVENT_BUS_SCHEMA } from './job-queue.js';

/** What travels on the bus: a typed, uniquely identified fact that already happened. */
export interface DomainEvent<T = Record<string, unknown>> {
  id: string;
  type: string;
  /** service that published it */
  source: string;
  occurredAt: string;
  data: T;
}

/**
 * A consumer's handler. It runs its writes in a transaction of its own (usually through
 * `consumeOnce`, which records the event id with them) and resolves once that transaction has
 * committed: the bus then acknowledges the event. Throwing hands the event back for a retry.
 */
export type EventHandler<T> = (event: DomainEvent<T>) => Promise<void>;

/**
 * Publish / subscribe between services (docs/events.md). Two implementations behind it: pg-boss on
 * the services' own PostgreSQL (default) and NATS JetStream fed from an outbox table
 * (EVENT_BUS=nats). Both publish inside the writer's transaction and deliver each event to every
 * subscribing service at least once, handed to one of its replicas at a time.
 */
export interface EventBus {
  readonly kind: EventBusConfig['kind'];
  /**
   * Publishes inside `em`'s current transaction, so the change and its events commit or roll back
   * together; call it from within `em.transactional(...)`. Refuses to run outside a transaction.
   */
  publish<T extends object>(em: EntityManager, type: string, data: T): Promise<DomainEvent<T>>;
  /**
   * Publishes many events of one type inside `em`'s current transaction with one statement per
   * destination (pg-boss: one INSERT per subscribed queue; NATS: one multi-row INSERT into the
   * outbox), instead of one round trip per event: what a request's audit entries need to stay
   * cheap under a read load. With `required`, refuses (throws, so the writer's transaction rolls
   * back) when no service keeps `type` events: no subscribed queue (pg-boss), no durable consumer
   * on the type's subject (NATS). See docs/events.md.
   */
  publishAll<T extends object>(
    em: EntityManager,
    type: string,
    data: readonly T[],
    options?: { required?: boolean },
  ): Promise<DomainEvent<T>[]>;
  /**
   * Subscribes `consumer` (a service name) to `type`. Every consumer gets every event; replicas of one
   * consumer share its events, each event going to one of them at a time.
   */
  subscribe<T>(consumer: string, type: string, handle: EventHandler<T>): Promise<void>;
  /**
   * Like `subscribe`, but the handler takes a whole batch (up to `batchSize` events) at once, with
   * `workers` batches in flight per replica, and fetching again at once while batches come back
   * full: for a consumer that stores many small events with one statement (identity's audit log).
   * The handler writes the batch in one transaction of its own; the bus acknowledges every event
   * of the batch after it resolved, and a throw hands the whole batch back for a retry, so the
   * handler must be idempotent per event.
   */
  subscribeBatch<T>(consumer: string, type: string, options: BatchOptions, handle: BatchHandler<T>): Promise<void>;
  /**
   * Makes `consumer` keep `type` events without handling them yet (pg-boss: its queue and
   * subscription; NATS: its durable consumer): events published from now on wait for it even if it
   * has not started, and `publishAll(..., { required: true })` accepts the type.
   */
  ensureSubscription(consumer: string, type: string): Promise<void>;
  /** Timed jobs and one-off tasks: pg-boss on PostgreSQL whichever bus carries the events. */
  readonly jobs: JobQueue;
  /**
   * Stops taking events and jobs, lets in-flight handlers finish for up to the stop timeout, hands
   * back whatever is still running (another replica takes it at once) and closes the connections.
   */
  stop(): Promise<void>;
}

export interface EventBusOptions {
  connectionString: string;
  /** the publishing service's name (DomainEvent.source) */
  source: string;
  log: Logger;
  /** settings over those of the environment (`eventBusConfig()`) */
  config?: Partial<EventBusConfig>;
  /**
   * create the bus's schemas (`pgboss`, and `event_outbox` for NATS) when missing (default). A service
   * passes false: they were made for careline_bus when its roles were provisioned, and its runtime
   * login may not create schemas (docs/data-protection.md)
   */
  createSchema?: boolean;
}

/** `EventBus.start(...)`: the implementation the settings name, started. */
export const EventBus = {
  async start(options: EventBusOptions): Promise<EventBus> {
    const config: EventBusConfig = { ...eventBusConfig(), ...options.config };
    return config.kind === 'nats' ? NatsEventBus.start(config, options) : PgBossEventBus.start(config, options);
  },
};

type SqlRunner = { executeQuery: (query: CompiledQuery) => Promise<{ rows: unknown[] }> };

/**
 * The SQL runner of `em`'s open transaction (MikroORM 7 runs on Kysely), so the bus's own SQL
 * commits with the writer's change; throws when `em` is not in a transaction.
 */
export function writerTransaction(em: EntityManager, type: string): Db {
  const trx = em.getTransactionContext<SqlRunner>();
  if (!trx) throw new Error(`publish(${type}) must run inside a transaction so the event commits with the change`);
  return { executeSql: async (text, values) => ({ rows: (await trx.executeQuery(CompiledQuery.raw(text, values ?? []))).rows }) };
}

/** A new event from `source`. */
export function newEvent<T>(source: string, type: string, data: T): DomainEvent<T> {
  return { id: newId(), type, source, occurredAt: new Date().toISOString(), data };
}

/** A batch consumer's handler (`subscribeBatch`): resolves once the batch's transaction committed. */
export type BatchHandler<T> = (events: DomainEvent<T>[]) => Promise<void>;

export interface BatchOptions {
  /** the most events one handler call gets */
  batchSize: number;
  /** batches handled at once per replica */
  workers: number;
}

/** What `publishAll(..., { required: true })` throws when no service keeps the type. */
export function notKeptError(type: string): Error {
  return new Error(`no consumer keeps ${type} events`);
}
