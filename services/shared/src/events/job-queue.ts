import { PgBoss, type Job, type Queue, type WorkHandler, type WorkHandlerFor, type WorkOptions } from 'pg-boss';
import type { Logger } from 'pino';
import type { EventBusConfig } from './bus-config.js';
import { emitBusMetric } from './bus-metrics.js';

export const EVENT_BUS_SCHEMA = 'pgboss';

/**
 * pg-boss as the kit runs it, for timed jobs and one-off tasks (`bus.jobs`) and for the pg-boss
 * event bus. Every queue gets a heartbeat (`leaseSeconds`): a worker refreshes it while its handler
 * runs, so a job whose worker died is failed and retried after one lease (20 s by default) plus one
 * supervisor pass, not after pg-boss's 15-minute expiry. Failing handlers are counted (`job_failed`).
 */
export class JobQueue extends PgBoss {
  constructor(
    private readonly settings: EventBusConfig,
    options: { connectionString: string; source: string; createSchema?: boolean },
  ) {
    super({
      connectionString: options.connectionString,
      schema: EVENT_BUS_SCHEMA,
      // false when the schema was made for careline_bus (a service's runtime login may not create schemas)
      createSchema: options.createSchema ?? true,
      max: 4,
      application_name: `${options.source}:pg-boss`,
      instanceName: options.source,
      // every replica supervises and schedules: pg-boss claims each supervisor pass per queue and each
      // cron pass in its own tables (a conditional UPDATE, SKIP LOCKED), and files every cron
      // occurrence under a singleton key, so one instance does each piece of work (docs/events.md)
      supervise: settings.maintenance,
      schedule: settings.maintenance,
      superviseIntervalSeconds: settings.superviseSeconds,
      // the monitor is the pass that fails jobs whose heartbeat stopped
      monitorIntervalSeconds: settings.superviseSeconds,
      cronMonitorIntervalSeconds: settings.cronSeconds,
    });
  }

  /** Creates the queue (or brings an existing one up to date) with the kit's heartbeat unless `options` names one. */
  override async createQueue(name: string, options: Omit<Queue, 'name'> = {}): Promise<void> {
    const withLease = { heartbeatSeconds: this.settings.leaseSeconds, ...options };
    await super.createQueue(name, withLease);
    // create_queue keeps an existing queue as it was: queues made before the heartbeat get it now
    await this.updateQueue(name, { heartbeatSeconds: withLease.heartbeatSeconds });
  }

  override work<ReqData, ResData = unknown>(name: string, handler: WorkHandler<ReqData, ResData>): Promise<string>;
  override work<ReqData, ResData = unknown, const O extends WorkOptions = WorkOptions>(
    name: string,
    options: O,
    handler: WorkHandlerFor<O, ReqData, ResData>,
  ): Promise<string>;
  override work(name: string, optionsOrHandler: unknown, maybeHandler?: unknown): Promise<string> {
    const handler = (maybeHandler ?? optionsOrHandler) as (jobs: Job<unknown>[], ...rest: unknown[]) => Promise<unknown>;
    const options = (maybeHandler ? optionsOrHandler : {}) as WorkOptions;
    const counted = async (jobs: Job<unknown>[], ...rest: unknown[]) => {
      try {
        return await handler(jobs, ...rest);
      } catch (error) {
        emitBusMetric({ name: 'job_failed', kind: 'counter', value: jobs.length, labels: { queue: name } });
        throw error;
      }
    };
    return super.work(name, options, counted as WorkHandler<unknown>);
  }

  /** Starts pg-boss (installing or migrating its schema under its own lock) and logs its errors. */
  static async open(
    settings: EventBusConfig,
    options: { connectionString: string; source: string; log: Logger; createSchema?: boolean },
  ): Promise<JobQueue> {
    const boss = new JobQueue(settings, options);
    boss.on('error', (error: unknown) => options.log.error({ err: error }, 'event bus error'));
    await boss.start();
    return boss;
  }

  /** Lets in-flight handlers finish for up to `stopTimeoutMs`, then fails their jobs so another worker retries them now. */
  async close(): Promise<void> {
    await this.stop({ graceful: true, timeout: this.settings.stopTimeoutMs });
  }
}
