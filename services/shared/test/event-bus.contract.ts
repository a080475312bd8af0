// The contract every event bus keeps (docs/events.md), run against each implementation:
// event-bus.pg-boss.spec.ts (default project) and nats/event-bus.nats.spec.ts (project shared-nats).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '../src/logger.js';
import { createOrm } from '../src/orm.js';
import { EventBus, type DomainEvent } from '../src/events/event-bus.js';
import type { EventBusConfig } from '../src/events/bus-config.js';
import { onBusMetric, type BusMetric } from '../src/events/bus-metrics.js';
import { consumeOnce, processedEventTableSql } from '../src/events/idempotent-consumer.js';
import { createTestDatabase, eventually, type TestDatabase } from '../src/testing/index.js';

type Counted = { n: number };

export interface ContractTarget {
  /** settings of every bus the suite starts (the implementation, its stream names, short timings) */
  config: () => Partial<EventBusConfig>;
  /** after every bus has stopped (e.g. delete the run's stream) */
  cleanup?: () => Promise<void>;
}

export function describeEventBusContract(name: string, target: () => Promise<ContractTarget>): void {
  describe(`the event bus contract: ${name}`, () => {
    let db: TestDatabase;
    let orm: MikroORM;
    let settings: ContractTarget;
    const buses: EventBus[] = [];
    const children: ChildProcess[] = [];
    let types = 0;
    /** a type of its own per test, so no test sees another's events */
    const newType = (label: string) => `${label}${++types}`;

    const startBus = async (source: string, config: Partial<EventBusConfig> = {}) => {
      const bus = await EventBus.start({
        connectionString: db.url,
        source,
        log: createLogger(source, 'silent'),
        config: { ...settings.config(), ...config },
      });
      buses.push(bus);
      return bus;
    };
    const commit = (bus: EventBus, type: string, n: number) => orm.em.fork().transactional((em) => bus.publish(em, type, { n }));
    /** the handler shape services use: the write and the event id commit together (consumeOnce) */
    const applyOnce = (by: string) => (event: DomainEvent<Counted>) =>
      consumeOnce(orm.em, 'kit', event, async (em) => {
        await em
          .getConnection()
          .execute('insert into kit.applied (event_id, by) values (?, ?)', [event.id, by], 'run', em.getTransactionContext());
      });
    const appliedRows = async (eventId: string) =>
      orm.em.fork().getConnection().execute<{ by: string }[]>('select by from kit.applied where event_id = ?', [eventId]);

    beforeAll(async () => {
      settings = await target();
      db = await createTestDatabase();
      orm = await createOrm({ schema: 'kit', clientUrl: db.url, entities: [], migrations: [] });
      const connection = orm.em.getConnection();
      await connection.execute('create schema if not exists kit');
      await connection.execute(processedEventTableSql('kit'));
      // no unique key: a second application of one event would show as a second row
      await connection.execute('create table kit.applied (event_id uuid not null, by text not null)');
    });
    afterEach(async () => {
      for (const child of children.splice(0)) child.kill('SIGKILL');
      await Promise.all(buses.splice(0).map((bus) => bus.stop()));
    });
    afterAll(async () => {
      await settings?.cleanup?.();
      await orm?.close();
      await db?.drop();
    });

    it('refuses to publish outside a transaction, so an event can never outlive a failed change', async () => {
      const bus = await startBus('writer');
      await expect(bus.publish(orm.em.fork(), 'Counted', { n: 1 })).rejects.toThrow(/inside a transaction/);
    });

    it('does not deliver an event whose writer’s transaction rolled back', async () => {
      const type = newType('RolledBack');
      const bus = await startBus('writer');
      const received: number[] = [];
      await bus.subscribe<Counted>('alpha', type, async (event) => {
        received.push(event.data.n);
      });
      await expect(
        orm.em.fork().transactional(async (em) => {
          await bus.publish(em, type, { n: 1 });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      // a committed event published after it arrives; the rolled-back one never does
      await commit(bus, type, 2);
      await eventually(async () => received.includes(2));
      expect(received).toEqual([2]);
    });

    it('delivers a committed event once to each subscribing service', async () => {
      const type = newType('Committed');
      const bus = await startBus('writer');
      const seen: Record<string, string[]> = { alpha: [], beta: [] };
      for (const consumer of ['alpha', 'beta']) {
        await bus.subscribe<Counted>(consumer, type, async (event) => {
          seen[consumer]!.push(`${event.data.n}:${event.source}:${event.type}`);
        });
      }
      await commit(bus, type, 1);
      await commit(bus, type, 2);
      await eventually(async () => seen.alpha!.length >= 2 && seen.beta!.length >= 2);
      // a last one, so a late duplicate of the first two would have arrived before it
      await commit(bus, type, 3);
      await eventually(async () => seen.alpha!.includes(`3:writer:${type}`) && seen.beta!.includes(`3:writer:${type}`));
      for (const consumer of ['alpha', 'beta']) {
        expect([...seen[consumer]!].sort()).toEqual([`1:writer:${type}`, `2:writer:${type}`, `3:writer:${type}`]);
      }
    });

    it('applies an event once when its handler fails after committing and the event comes again', async () => {
      const type = newType('FailsOnce');
      const bus = await startBus('writer');
      const metrics: BusMetric[] = [];
      const unsubscribe = onBusMetric((metric) => metrics.push(metric));
      const deliveries: boolean[] = [];
      await bus.subscribe<Counted>('alpha', type, async (event) => {
        deliveries.push(await applyOnce('alpha')(event));
        // the first delivery's write committed, then the handler fails before the bus acknowledges
        if (deliveries.length === 1) throw new Error('lost the acknowledgement');
      });
      const event = await commit(bus, type, 1);
      // the bus reports an event once it has acknowledged it, just after the handler returned
      await eventually(
        async () => deliveries.length >= 2 && metrics.some((m) => m.name === 'event_handled' && m.labels.type === type),
        30_000,
      );
      unsubscribe();
      expect(deliveries).toEqual([true, false]);
      expect(await appliedRows(event.id)).toHaveLength(1);
      const labels = { bus: bus.kind, consumer: 'alpha', type };
      expect(metrics).toContainEqual({ name: 'event_failed', kind: 'counter', value: 1, labels: { ...labels, final: 'false' } });
      expect(metrics).toContainEqual({ name: 'event_handled', kind: 'counter', value: 1, labels });
      expect(metrics.find((m) => m.name === 'event_lag_seconds')).toMatchObject({ kind: 'observation', labels });
    }, 40_000);

    it('gives an event whose worker died before acknowledging it to another replica, and applies it once', async () => {
      const type = newType('Crash');
      // the lease is the shortest allowed (10 s), so the dead worker's event comes back within the test
      const crashConfig = { leaseSeconds: 10, superviseSeconds: 1 };
      const writer = await startBus('writer', crashConfig);
      const worker = spawnWorker({ databaseUrl: db.url, config: { ...settings.config(), ...crashConfig }, consumer: 'alpha', type });
      children.push(worker.child);
      await worker.line((l) => l === 'ready');
      const event = await commit(writer, type, 1);
      await worker.line((l) => l === `committed ${event.id}`);
      worker.child.kill('SIGKILL');
      // the write of the dead worker committed; the event was never acknowledged
      expect(await appliedRows(event.id)).toEqual([{ by: 'worker' }]);
      const replica = await startBus('replica', crashConfig);
      const redelivered: boolean[] = [];
      await replica.subscribe<Counted>('alpha', type, async (e) => {
        if (e.id === event.id) redelivered.push(await applyOnce('replica')(e));
      });
      await eventually(async () => redelivered.length > 0, 45_000);
      expect(redelivered).toEqual([false]);
      expect(await appliedRows(event.id)).toEqual([{ by: 'worker' }]);
    }, 90_000);

    it('shares one service’s events between its replicas without duplicates', async () => {
      const type = newType('Shared');
      const writer = await startBus('writer');
      const handledBy: Record<string, number[]> = { one: [], two: [] };
      for (const replica of ['one', 'two'] as const) {
        const bus = await startBus(`replica-${replica}`, { batchSize: 5 });
        await bus.subscribe<Counted>('alpha', type, async (event) => {
          handledBy[replica]!.push(event.data.n);
          // slow enough that one replica cannot take everything before the other asks
          await new Promise((resolve) => setTimeout(resolve, 50));
        });
      }
      const total = 40;
      await orm.em.fork().transactional(async (em) => {
        for (let n = 1; n <= total; n++) await writer.publish(em, type, { n });
      });
      await eventually(async () => handledBy.one!.length + handledBy.two!.length >= total, 30_000);
      // a last event, so a late duplicate would have arrived before it
      await commit(writer, type, total + 1);
      await eventually(async () => [...handledBy.one!, ...handledBy.two!].includes(total + 1));
      const all = [...handledBy.one!, ...handledBy.two!].sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: total + 1 }, (_, i) => i + 1));
      expect(handledBy.one!.length).toBeGreaterThan(0);
      expect(handledBy.two!.length).toBeGreaterThan(0);
    }, 40_000);

    it('publishes a list in one go and hands it to a batch consumer in batches, each event once', async () => {
      const type = newType('Listed');
      const bus = await startBus('writer');
      const batches: number[][] = [];
      await bus.subscribeBatch<Counted>('alpha', type, { batchSize: 10, workers: 2 }, async (events) => {
        batches.push(events.map((event) => event.data.n));
      });
      const total = 25;
      const published = await orm.em.fork().transactional((em) =>
        bus.publishAll<Counted>(
          em,
          type,
          Array.from({ length: total }, (_, i) => ({ n: i + 1 })),
        ),
      );
      expect(published.map((event) => [event.type, event.source, event.data.n])).toEqual(
        Array.from({ length: total }, (_, i) => [type, 'writer', i + 1]),
      );
      await eventually(async () => batches.flat().length >= total, 30_000);
      // a last one, so a late duplicate would have arrived before it
      await commit(bus, type, total + 1);
      await eventually(async () => batches.flat().includes(total + 1));
      expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: total + 1 }, (_, i) => i + 1));
      expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(10);
      // batched: fewer handler calls than events
      expect(batches.length).toBeLessThan(total + 1);
    }, 40_000);

    it('refuses a required list nobody keeps, writing nothing, and accepts it once a consumer is ensured', async () => {
      const type = newType('Required');
      const bus = await startBus('writer');
      await expect(orm.em.fork().transactional((em) => bus.publishAll<Counted>(em, type, [{ n: 1 }], { required: true }))).rejects.toThrow(
        `no consumer keeps ${type} events`,
      );
      await expect(bus.publishAll<Counted>(orm.em.fork(), type, [{ n: 1 }])).rejects.toThrow(/inside a transaction/);
      // the queue / durable consumer alone keeps what is published from now on, before any worker runs
      await bus.ensureSubscription('alpha', type);
      await orm.em.fork().transactional((em) => bus.publishAll<Counted>(em, type, [{ n: 2 }, { n: 3 }], { required: true }));
      const received: number[] = [];
      await bus.subscribeBatch<Counted>('alpha', type, { batchSize: 10, workers: 1 }, async (events) => {
        received.push(...events.map((event) => event.data.n));
      });
      await eventually(async () => received.length >= 2, 30_000);
      await commit(bus, type, 4);
      await eventually(async () => received.includes(4));
      expect(received.sort()).toEqual([2, 3, 4]);
    }, 40_000);

    it('hands a failing batch back whole and, with an idempotent handler, applies each event once', async () => {
      const type = newType('BatchFails');
      const bus = await startBus('writer');
      const metrics: BusMetric[] = [];
      const unsubscribe = onBusMetric((metric) => metrics.push(metric));
      let calls = 0;
      await bus.subscribeBatch<Counted>('alpha', type, { batchSize: 10, workers: 1 }, async (events) => {
        calls++;
        // the batch's write commits (ignoring events stored before), then the first call fails before the ack
        await orm.em
          .fork()
          .getConnection()
          .execute(
            `insert into kit.applied (event_id, by) select id::uuid, 'alpha' from jsonb_array_elements_text(?::jsonb) as id
              where not exists (select 1 from kit.applied a where a.event_id = id::uuid)`,
            [JSON.stringify(events.map((event) => event.id))],
          );
        if (calls === 1) throw new Error('lost the acknowledgement');
      });
      const events = await orm.em.fork().transactional((em) => bus.publishAll<Counted>(em, type, [{ n: 1 }, { n: 2 }, { n: 3 }]));
      const counted = (name: string) =>
        metrics.filter((m) => m.name === name && m.labels.type === type).reduce((sum, m) => sum + m.value, 0);
      // every event acknowledged after the failed batch came back
      await eventually(async () => counted('event_handled') >= 3, 30_000);
      unsubscribe();
      expect(calls).toBeGreaterThanOrEqual(2);
      for (const event of events) expect(await appliedRows(event.id)).toEqual([{ by: 'alpha' }]);
      expect(counted('event_handled')).toBe(3);
      const failed = metrics.find((m) => m.name === 'event_failed' && m.labels.type === type);
      expect(failed).toMatchObject({ kind: 'counter', labels: { bus: bus.kind, consumer: 'alpha', type, final: 'false' } });
    }, 40_000);

    it('hands an in-flight event back when a replica stops, so another takes it without waiting out the lease', async () => {
      const type = newType('Stopping');
      // a lease far longer than the test: only stop() handing the event back lets the other replica have it
      const longLease = { leaseSeconds: 600, stopTimeoutMs: 1000 };
      const writer = await startBus('writer');
      const stopping = await startBus('stopping', longLease);
      let started!: () => void;
      const handlerStarted = new Promise<void>((resolve) => (started = resolve));
      let release!: () => void;
      const stuck = new Promise<void>((resolve) => (release = resolve));
      await stopping.subscribe<Counted>('alpha', type, async () => {
        started();
        await stuck;
        throw new Error('gave up');
      });
      const event = await commit(writer, type, 1);
      await handlerStarted;
      const other = await startBus('other', longLease);
      const taken: string[] = [];
      await other.subscribe<Counted>('alpha', type, async (e) => {
        taken.push(e.id);
      });
      await stopping.stop();
      await eventually(async () => taken.includes(event.id), 20_000);
      release();
      expect(taken).toEqual([event.id]);
    }, 40_000);
  });
}

const registerSwc = fileURLToPath(new URL('../register-swc.mjs', import.meta.url));
const workerScript = fileURLToPath(new URL('./fixtures/bus-worker.ts', import.meta.url));

/** Starts fixtures/bus-worker.ts in a process of its own; `line` waits for a line it prints. */
export function spawnWorker(args: {
  databaseUrl: string;
  config: Partial<EventBusConfig>;
  consumer: string;
  type: string;
  queue?: string;
}) {
  const child = spawn(process.execPath, ['--conditions=careline-source', '--import', registerSwc, workerScript, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const wake of waiting) wake();
  });
  const line = (match: (line: string) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (lines.some(match)) {
          waiting.delete(check);
          resolve();
        }
      };
      child.once('exit', (code) => reject(new Error(`bus worker exited (${code}) before printing the line`)));
      waiting.add(check);
      check();
    });
  return { child, line };
}
