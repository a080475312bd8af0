import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createLogger } from '../src/logger.js';
import { EventBus, type DomainEvent } from '../src/events/event-bus.js';
import { consumeOnce, processedEventTableSql } from '../src/events/idempotent-consumer.js';
import { createOrm } from '../src/orm.js';
import { createTestDatabase, eventually, type TestDatabase } from '../src/testing/index.js';
import type { MikroORM } from '@mikro-orm/postgresql';

describe('the event bus', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let bus: EventBus;
  const received: DomainEvent<{ n: number }>[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const log = createLogger('test', 'silent');
    orm = await createOrm({ schema: 'kit', clientUrl: db.url, entities: [], migrations: [] });
    await orm.em.getConnection().execute(processedEventTableSql('kit'));
    bus = await EventBus.start({ connectionString: db.url, source: 'kit', log });
    await bus.subscribe<{ n: number }>('kit', 'Counted', async (event) => {
      received.push(event);
    });
  });
  afterAll(async () => {
    await bus?.stop();
    await orm?.close();
    await db?.drop();
  });

  it('delivers an event published inside a committed transaction to the subscriber', async () => {
    await orm.em.fork().transactional(async (em) => {
      await bus.publish(em, 'Counted', { n: 1 });
    });
    const event = await eventually(async () => received.find((e) => e.data.n === 1));
    expect(event).toMatchObject({ type: 'Counted', source: 'kit', data: { n: 1 } });
  });

  it('drops the event when the writer’s transaction rolls back', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        await bus.publish(em, 'Counted', { n: 2 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(`select count(*)::int as n from pgboss.job where data->'data'->>'n' = '2'`);
    await client.end();
    expect(rows[0].n).toBe(0);
  });

  it('refuses to publish outside a transaction, so an event can never outlive a failed change', async () => {
    await expect(bus.publish(orm.em.fork(), 'Counted', { n: 3 })).rejects.toThrow(/inside a transaction/);
  });

  it('runs a consumer once per event id however often the event is delivered', async () => {
    const event: DomainEvent<{ n: number }> = {
      id: '01a20d29-942f-73ab-9985-c1b935f33260',
      type: 'Counted',
      source: 'kit',
      occurredAt: new Date().toISOString(),
      data: { n: 4 },
    };
    let runs = 0;
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        consumeOnce(orm.em, 'kit', event, async () => {
          runs++;
        }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
  });
});
