import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { createLogger } from '../../src/logger.js';
import { createOrm } from '../../src/orm.js';
import { EventBus } from '../../src/events/event-bus.js';
import type { EventBusConfig } from '../../src/events/bus-config.js';
import { OUTBOX_SCHEMA } from '../../src/events/outbox.js';
import { busUrl, localRolePasswords, provisionServiceRoles } from '../../src/database/roles.js';
import { createTestDatabase, eventually, type TestDatabase } from '../../src/testing/index.js';
import { natsTestServers } from './nats-test-env.js';

/**
 * The NATS bus as a service runs it under least privilege (docs/data-protection.md): the runtime
 * login, which may not create schemas, publishes to the outbox that belongs to careline_bus, and the
 * relay (acting as careline_bus) moves and marks the rows.
 */
describe('the NATS bus on a service runtime role', () => {
  const servers = natsTestServers();
  const run = randomBytes(4).toString('hex');
  const config: Partial<EventBusConfig> = {
    kind: 'nats',
    natsServers: servers,
    natsStream: `CARELINE_TEST_${run}`,
    natsSubjectPrefix: `careline-test.${run}`,
    maintenance: false,
  };
  const service = 'natsprobe';
  let db: TestDatabase;
  let orm: MikroORM;
  let bus: EventBus;
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    nc = await connect({ servers, timeout: 5_000 }).catch((error: unknown) => {
      throw new Error(`NATS at ${servers.join(', ')} is not reachable: the NATS tests need it (${String(error)})`);
    });
    jsm = await jetstreamManager(nc);
    db = await createTestDatabase();
    const connections = await provisionServiceRoles(db.url, service, localRolePasswords(service));
    orm = await createOrm({ schema: service, clientUrl: connections.appUrl, entities: [], migrations: [], migrate: false });
    bus = await EventBus.start({
      connectionString: busUrl(connections.appUrl),
      source: service,
      log: createLogger(service, 'silent'),
      config,
      createSchema: false,
    });
  });
  afterAll(async () => {
    await bus?.stop();
    await jsm?.streams.delete(config.natsStream!).catch(() => undefined);
    await nc?.close();
    await orm?.close();
    await db?.drop();
  });

  const sql = <T>(text: string) => orm.em.fork().getConnection().execute<T[]>(text);

  it('publishes from the runtime login to an outbox careline_bus owns, and the relay sends and marks the row', async () => {
    expect(await sql(`select current_user as me`)).toEqual([{ me: `careline_${service}_app` }]);
    expect(
      await sql(`select c.relowner::regrole::text as owner from pg_class c
                  where c.relnamespace = '${OUTBOX_SCHEMA}'::regnamespace and c.relname = 'outbox'`),
    ).toEqual([{ owner: 'careline_bus' }]);
    const before = (await jsm.streams.info(config.natsStream!)).state.messages;
    const event = await orm.em.fork().transactional((em) => bus.publish(em, 'Probed', { n: 1 }));
    await eventually(
      async () =>
        (await sql<{ sent: boolean }>(`select published_at is not null as sent from ${OUTBOX_SCHEMA}.outbox where id = '${event.id}'`))[0]
          ?.sent === true,
      30_000,
    );
    expect((await jsm.streams.info(config.natsStream!)).state.messages).toBe(before + 1);
  });
});
