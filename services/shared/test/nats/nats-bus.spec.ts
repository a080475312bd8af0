import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { createLogger } from '../../src/logger.js';
import { createOrm } from '../../src/orm.js';
import { EventBus } from '../../src/events/event-bus.js';
import type { EventBusConfig } from '../../src/events/bus-config.js';
import { onBusMetric, type BusMetric } from '../../src/events/bus-metrics.js';
import { OUTBOX_SCHEMA } from '../../src/events/outbox.js';
import { natsDurableName } from '../../src/events/nats-bus.js';
import { createTestDatabase, eventually, type TestDatabase } from '../../src/testing/index.js';
import { natsTestServers } from './nats-test-env.js';

/** What only the NATS bus has: the outbox relay on every replica, message-id dedupe, consumers it recreates. */
describe('the NATS bus', () => {
  const servers = natsTestServers();
  const run = randomBytes(4).toString('hex');
  const config: Partial<EventBusConfig> = {
    kind: 'nats',
    natsServers: servers,
    natsStream: `CARELINE_TEST_${run}`,
    natsSubjectPrefix: `careline-test.${run}`,
    maintenance: false,
  };
  let db: TestDatabase;
  let orm: MikroORM;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const buses: EventBus[] = [];
  const start = async (source: string) => {
    const bus = await EventBus.start({ connectionString: db.url, source, log: createLogger(source, 'silent'), config });
    buses.push(bus);
    return bus;
  };
  const pending = async () =>
    (
      await orm.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from ${OUTBOX_SCHEMA}.outbox where published_at is null`)
    )[0]!.n;
  const inStream = async () => (await jsm.streams.info(config.natsStream!)).state.messages;

  beforeAll(async () => {
    nc = await connect({ servers, timeout: 5_000 }).catch((error: unknown) => {
      throw new Error(`NATS at ${servers.join(', ')} is not reachable: the NATS tests need it (${String(error)})`);
    });
    jsm = await jetstreamManager(nc);
    db = await createTestDatabase();
    orm = await createOrm({ schema: 'kit', clientUrl: db.url, entities: [], migrations: [] });
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.stop()));
  });
  afterAll(async () => {
    await jsm?.streams.delete(config.natsStream!).catch(() => undefined);
    await nc?.close();
    await orm?.close();
    await db?.drop();
  });

  it('sends each committed row once when relays run on two replicas, and reports what it relayed', async () => {
    const metrics: BusMetric[] = [];
    const unsubscribe = onBusMetric((metric) => metrics.push(metric));
    const [one] = [await start('one'), await start('two')];
    const before = await inStream();
    const total = 200;
    await orm.em.fork().transactional(async (em) => {
      for (let n = 1; n <= total; n++) await one!.publish(em, 'Relayed', { n });
    });
    await eventually(async () => (await pending()) === 0 && (await inStream()) === before + total, 30_000);
    unsubscribe();
    // SKIP LOCKED: no row was claimed by both relays (JetStream would have hidden a second copy)
    const relayed = metrics.filter((m) => m.name === 'outbox_relayed').reduce((sum, m) => sum + m.value, 0);
    expect(relayed).toBe(total);
    expect(metrics.some((m) => m.name === 'outbox_lag_seconds' && m.kind === 'gauge')).toBe(true);
  });

  it('stores a row once in the stream when a relay sends it again (died before marking it sent): the event id is its Nats-Msg-Id', async () => {
    const bus = await start('one');
    const event = await orm.em.fork().transactional((em) => bus.publish(em, 'Resent', { n: 1 }));
    await eventually(async () => (await pending()) === 0);
    const stored = await inStream();
    // as if the relay had published and died before its commit: the row is pending again
    await orm.em.fork().getConnection().execute(`update ${OUTBOX_SCHEMA}.outbox set published_at = null where id = ?`, [event.id]);
    await eventually(async () => (await pending()) === 0);
    expect(await inStream()).toBe(stored);
  });

  it('creates a deleted consumer again and goes on delivering (an operator resetting it to replay)', async () => {
    const bus = await start('one');
    const got: number[] = [];
    await bus.subscribe<{ n: number }>('alpha', 'Reset', async (event) => {
      got.push(event.data.n);
    });
    await orm.em.fork().transactional((em) => bus.publish(em, 'Reset', { n: 1 }));
    await eventually(async () => got.includes(1));
    await jsm.consumers.delete(config.natsStream!, natsDurableName('alpha', 'Reset'));
    await orm.em.fork().transactional((em) => bus.publish(em, 'Reset', { n: 2 }));
    await eventually(async () => got.includes(2), 30_000);
    // the new consumer starts from what the stream keeps: 1 comes again (consumers drop it by event id), 2 once
    expect(got.filter((n) => n === 2)).toHaveLength(1);
    expect((await jsm.consumers.info(config.natsStream!, natsDurableName('alpha', 'Reset'))).config.ack_wait).toBe(20e9);
  }, 40_000);
});
