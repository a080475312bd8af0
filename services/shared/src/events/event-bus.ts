import { PgBoss, type Job } from 'pg-boss';
import { CompiledQuery } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { newId } from '../ids.js';

/** What travels on the bus: a typed, uniquely identified fact that already happened. */
export interface DomainEvent<T = Record<string, unknown>> {
  id: string;
  type: string;
  /** service that published it */
  source: string;
  occurredAt: string;
  data: T;
}

export type EventHandler<T> = (event: DomainEvent<T>, em: EntityManager) => Promise<void>;

export const EVENT_BUS_SCHEMA = 'pgboss';

/**
 * Publish / subscribe over pg-boss on the services' own PostgreSQL (schema `pgboss`).
 * Publishing takes the writer's EntityManager inside its transaction, so the change and its
 * events commit or roll back together (transactional outbox without a relay).
 */
export class EventBus {
  private constructor(
    private readonly boss: PgBoss,
    private readonly source: string,
    private readonly log: Logger,
  ) {}

  static async start(options: { connectionString: string; source: string; log: Logger; schedule?: boolean }): Promise<EventBus> {
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: EVENT_BUS_SCHEMA,
      max: 4,
      // only one process needs to run maintenance and cron; subgraphs that do not schedule skip it
      supervise: options.schedule ?? false,
      schedule: options.schedule ?? false,
    });
    boss.on('error', (error: unknown) => options.log.error({ err: error }, 'event bus error'));
    await boss.start();
    return new EventBus(boss, options.source, options.log);
  }

  /** Publishes inside `em`'s current transaction; call it from within `em.transactional(...)`. */
  async publish<T extends object>(em: EntityManager, type: string, data: T): Promise<DomainEvent<T>> {
    const trx = em.getTransactionContext<{ executeQuery: (q: CompiledQuery) => Promise<{ rows: unknown[] }> }>();
    if (!trx) throw new Error(`publish(${type}) must run inside a transaction so the event commits with the change`);
    const event: DomainEvent<T> = { id: newId(), type, source: this.source, occurredAt: new Date().toISOString(), data };
    await this.boss.publish(type, event, {
      db: { executeSql: async (text, values) => ({ rows: (await trx.executeQuery(CompiledQuery.raw(text, values ?? []))).rows }) },
    });
    return event;
  }

  /**
   * Subscribes `consumer` (a service name) to `type`. Each consumer has its own queue, so every
   * subscriber gets every event. Handlers get a forked EntityManager already in a transaction.
   */
  async subscribe<T>(consumer: string, type: string, handle: (event: DomainEvent<T>) => Promise<void>): Promise<void> {
    const queue = `${consumer}.${type}`;
    await this.boss.createQueue(queue, { retryLimit: 10, retryDelay: 2, retryBackoff: true });
    await this.boss.subscribe(type, queue);
    await this.boss.work<DomainEvent<T>>(queue, { batchSize: 20, pollingIntervalSeconds: 0.5 }, async (jobs: Job<DomainEvent<T>>[]) => {
      for (const job of jobs) {
        await handle(job.data);
        this.log.debug({ eventId: job.data.id, type, consumer }, 'event consumed');
      }
    });
  }

  /** Queues a job on a named queue (scheduled work, one-off tasks). */
  get jobs(): PgBoss {
    return this.boss;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }
}
