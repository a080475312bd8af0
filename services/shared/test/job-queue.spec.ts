import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { PgBoss } from 'pg-boss';
import { createLogger } from '../src/logger.js';
import { EventBus, EVENT_BUS_SCHEMA } from '../src/events/event-bus.js';
import { eventBusConfig, type EventBusConfig } from '../src/events/bus-config.js';
import { onBusMetric, type BusMetric } from '../src/events/bus-metrics.js';
import { createOrm } from '../src/orm.js';
import { createTestDatabase, eventually, type TestDatabase } from '../src/testing/index.js';
import { spawnWorker } from './event-bus.contract.js';

/** pg-boss as the kit runs it for timed jobs and tasks (`bus.jobs`), whichever bus carries events. */
describe('the job queue', () => {
  let db: TestDatabase;
  const buses: EventBus[] = [];
  const children: ChildProcess[] = [];
  const start = async (config: Partial<EventBusConfig> = {}) => {
    const bus = await EventBus.start({
      connectionString: db.url,
      source: 'jobs',
      log: createLogger('jobs', 'silent'),
      config: { kind: 'pg-boss', ...config },
    });
    buses.push(bus);
    return bus;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // the worker fixture opens an ORM on schema kit
    const orm = await createOrm({ schema: 'kit', clientUrl: db.url, entities: [], migrations: [] });
    await orm.em.getConnection().execute('create schema if not exists kit');
    await orm.close();
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await Promise.all(buses.splice(0).map((bus) => bus.stop()));
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('gives every queue, new or made before, a heartbeat lease so a dead worker’s job comes back within a minute by default', async () => {
    // a queue created without the kit (as every queue was before the lease): no heartbeat
    const plain = new PgBoss({ connectionString: db.url, schema: EVENT_BUS_SCHEMA, supervise: false, schedule: false });
    await plain.start();
    await plain.createQueue('older');
    expect((await plain.getQueue('older'))?.heartbeatSeconds ?? null).toBeNull();
    await plain.stop();

    const defaults = eventBusConfig();
    const bus = await start({ maintenance: false });
    await bus.jobs.createQueue('older');
    await bus.jobs.createQueue('newer', { retryLimit: 2, retryDelay: 1 });
    expect((await bus.jobs.getQueue('older'))?.heartbeatSeconds).toBe(defaults.leaseSeconds);
    expect((await bus.jobs.getQueue('newer'))?.heartbeatSeconds).toBe(defaults.leaseSeconds);
    // a job whose heartbeat stopped is failed by the next supervisor pass and retried: lease + pass + retry delay
    expect(defaults.leaseSeconds + defaults.superviseSeconds + 1).toBeLessThan(60);
  });

  it('retries a job on another instance when its worker is killed mid-job (lease shortened to 10 s)', async () => {
    const config = { kind: 'pg-boss' as const, leaseSeconds: 10, superviseSeconds: 1 };
    const worker = spawnWorker({ databaseUrl: db.url, config, consumer: '', type: '', queue: 'crashing' });
    children.push(worker.child);
    await worker.line((l) => l === 'ready');
    const sender = await start(config);
    const jobId = await sender.jobs.send('crashing', { n: 1 });
    await worker.line((l) => l === `started ${jobId}`);
    worker.child.kill('SIGKILL');
    const retried: { id: string; retryCount: number }[] = [];
    await sender.jobs.work('crashing', async ([job]) => {
      retried.push({ id: job!.id, retryCount: job!.retryCount });
    });
    await eventually(async () => retried.length > 0, 45_000);
    expect(retried).toEqual([{ id: jobId, retryCount: 1 }]);
  }, 60_000);

  it('runs a scheduled job once while two instances, neither designated, both run the cron', async () => {
    // an occurrence at a minute that is due now: it stays due for 60 s, so every cron pass of both
    // instances in that time finds it; pg-boss files it under one key, so it must run once
    if (new Date().getUTCSeconds() > 40) await new Promise((resolve) => setTimeout(resolve, (61 - new Date().getUTCSeconds()) * 1000));
    const now = new Date();
    const cron = `${now.getUTCMinutes()} ${now.getUTCHours()} * * *`;
    const runs: string[] = [];
    for (const name of ['a', 'b']) {
      // the environment's settings (a replica as deployed), with a cron pass every second
      const bus = await start({ cronSeconds: 1 });
      await bus.jobs.createQueue('daily-report');
      await bus.jobs.schedule('daily-report', cron, { from: name }, { tz: 'UTC' });
      await bus.jobs.work('daily-report', async ([job]) => {
        runs.push(job!.id);
      });
    }
    await eventually(async () => runs.length > 0, 20_000);
    // more passes by both instances inside the occurrence's minute
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(runs).toHaveLength(1);
  }, 60_000);

  it('stop() hands a job still running after its timeout back for a retry, and counts failing handlers', async () => {
    const metrics: BusMetric[] = [];
    const unsubscribe = onBusMetric((metric) => metrics.push(metric));
    const bus = await start({ maintenance: false, stopTimeoutMs: 1000 });
    await bus.jobs.createQueue('stuck', { retryLimit: 3, retryDelay: 1 });
    await bus.jobs.createQueue('failing', { retryLimit: 0 });
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    await bus.jobs.work('stuck', async () => {
      started();
      await new Promise(() => undefined);
    });
    await bus.jobs.work('failing', async () => {
      throw new Error('no luck');
    });
    const stuckId = await bus.jobs.send('stuck', {});
    await bus.jobs.send('failing', {});
    await running;
    await eventually(async () => metrics.some((m) => m.name === 'job_failed'));
    unsubscribe();
    expect(metrics.filter((m) => m.name === 'job_failed')).toEqual([
      { name: 'job_failed', kind: 'counter', value: 1, labels: { queue: 'failing' } },
    ]);
    // without a bounded stop this would wait for the handler forever
    await bus.stop();
    buses.splice(buses.indexOf(bus), 1);
    const other = await start({ maintenance: false });
    const job = await other.jobs.getJobById('stuck', stuckId!);
    expect(job?.state).toBe('retry');
  });
});
