import type { EntityManager } from '@mikro-orm/postgresql';
import type { Job, JobResult } from 'pg-boss';
import type { Logger } from 'pino';
import type { EventBusConfig } from './bus-config.js';
import { emitBusMetric, secondsSince } from './bus-metrics.js';
import {
  newEvent,
  notKeptError,
  writerTransaction,
  type BatchHandler,
  type BatchOptions,
  type DomainEvent,
  type EventBus,
  type EventBusOptions,
  type EventHandler,
} from './event-bus.js';
import { EVENT_BUS_SCHEMA } from './job-queue.js';
import { JobQueue } from './job-queue.js';

/**
 * The default bus: pg-boss on the services' own PostgreSQL (schema `pgboss`). Publishing runs
 * pg-boss's `publish` SQL on the writer's transaction, which inserts one job per subscribed queue:
 * a transactional outbox with no relay. Each consumer has its own queue per event type
 * (`<consumer>.<EventType>`); replicas poll it with SKIP LOCKED, so each job goes to one of them.
 */
export class PgBossEventBus implements EventBus {
  readonly kind = 'pg-boss';

  private constructor(
    readonly jobs: JobQueue,
    private readonly config: EventBusConfig,
    private readonly source: string,
    private readonly log: Logger,
  ) {}

  static async start(config: EventBusConfig, options: EventBusOptions): Promise<PgBossEventBus> {
    const jobs = await JobQueue.open(config, options);
    return new PgBossEventBus(jobs, config, options.source, options.log);
  }

  async publish<T extends object>(em: EntityManager, type: string, data: T): Promise<DomainEvent<T>> {
    const db = writerTransaction(em, type);
    const event = newEvent(this.source, type, data);
    await this.jobs.publish(type, event, { db });
    return event;
  }

  async publishAll<T extends object>(
    em: EntityManager,
    type: string,
    data: readonly T[],
    options: { required?: boolean } = {},
  ): Promise<DomainEvent<T>[]> {
    const db = writerTransaction(em, type);
    if (!data.length) return [];
    const events = data.map((item) => newEvent(this.source, type, item));
    // pg-boss's publish looks the subscribed queues up per event; here once for the whole list
    const { rows } = await db.executeSql(`select name from "${EVENT_BUS_SCHEMA}".subscription where event = $1`, [type]);
    // an event nobody will keep is normally fine to drop; `required` (the audit trail) refuses instead
    if (options.required && !rows.length) throw notKeptError(type);
    for (const { name } of rows as { name: string }[]) {
      await this.jobs.insert(
        name,
        events.map((event) => ({ data: event })),
        { db },
      );
    }
    return events;
  }

  async ensureSubscription(consumer: string, type: string): Promise<void> {
    await this.ensureQueue(consumer, type);
  }

  /** `<consumer>.<EventType>`, created with the kit's retries and heartbeat and subscribed to `type`. */
  private async ensureQueue(consumer: string, type: string): Promise<string> {
    const queue = `${consumer}.${type}`;
    await this.jobs.createQueue(queue, { retryLimit: this.config.retryLimit, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 });
    await this.jobs.subscribe(type, queue);
    return queue;
  }

  async subscribe<T>(consumer: string, type: string, handle: EventHandler<T>): Promise<void> {
    const queue = await this.ensureQueue(consumer, type);
    const labels = { bus: this.kind, consumer, type };
    // per-job results: one failing event is retried alone, the rest of the batch completes
    await this.jobs.work<DomainEvent<T>>(
      queue,
      { batchSize: this.config.batchSize, pollingIntervalSeconds: 0.5, perJobResults: true },
      async (jobs): Promise<JobResult[]> => {
        const results: JobResult[] = [];
        for (const job of jobs) {
          // a job handed back by stop() is not started: another worker takes it
          if (job.signal.aborted) {
            results.push({ id: job.id, status: 'failed', output: { message: 'worker stopping' } });
            continue;
          }
          try {
            await handle(job.data);
            results.push({ id: job.id, status: 'completed' });
            emitBusMetric({ name: 'event_handled', kind: 'counter', value: 1, labels });
            emitBusMetric({ name: 'event_lag_seconds', kind: 'observation', value: secondsSince(job.data.occurredAt), labels });
            this.log.debug({ eventId: job.data.id, type, consumer }, 'event consumed');
          } catch (error) {
            const final = job.retryCount >= this.config.retryLimit;
            emitBusMetric({ name: 'event_failed', kind: 'counter', value: 1, labels: { ...labels, final: String(final) } });
            this.log[final ? 'error' : 'warn'](
              { err: error, eventId: job.data.id, type, consumer, attempt: job.retryCount + 1 },
              'event handler failed',
            );
            results.push({ id: job.id, status: 'failed', output: { message: error instanceof Error ? error.message : String(error) } });
          }
        }
        return results;
      },
    );
  }

  async subscribeBatch<T>(consumer: string, type: string, options: BatchOptions, handle: BatchHandler<T>): Promise<void> {
    const queue = await this.ensureQueue(consumer, type);
    const labels = { bus: this.kind, consumer, type };
    await this.jobs.work<DomainEvent<T>>(
      queue,
      {
        batchSize: options.batchSize,
        localConcurrency: options.workers,
        burstWhenBatchFull: true,
        pollingIntervalSeconds: 0.5,
        perJobResults: true,
      },
      async (jobs): Promise<JobResult[]> => {
        const failAll = (message: string) => jobs.map((job): JobResult => ({ id: job.id, status: 'failed', output: { message } }));
        // a batch handed back by stop() is not started: another worker takes it
        if (jobs.some((job) => job.signal.aborted)) return failAll('worker stopping');
        try {
          await handle(jobs.map((job) => job.data));
        } catch (error) {
          const final = jobs.some((job: Job<DomainEvent<T>>) => job.retryCount >= this.config.retryLimit);
          emitBusMetric({ name: 'event_failed', kind: 'counter', value: jobs.length, labels: { ...labels, final: String(final) } });
          this.log[final ? 'error' : 'warn']({ err: error, count: jobs.length, type, consumer }, 'event batch handler failed');
          return failAll(error instanceof Error ? error.message : String(error));
        }
        emitBusMetric({ name: 'event_handled', kind: 'counter', value: jobs.length, labels });
        for (const job of jobs) {
          emitBusMetric({ name: 'event_lag_seconds', kind: 'observation', value: secondsSince(job.data.occurredAt), labels });
        }
        this.log.debug({ count: jobs.length, type, consumer }, 'events consumed');
        return jobs.map((job): JobResult => ({ id: job.id, status: 'completed' }));
      },
    );
  }

  async stop(): Promise<void> {
    await this.jobs.close();
  }
}
