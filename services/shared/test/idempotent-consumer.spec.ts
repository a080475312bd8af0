import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DomainEvent } from '../src/events/event-bus.js';
import { consumeOnce, processedEventTableSql } from '../src/events/idempotent-consumer.js';
import { createOrm } from '../src/orm.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';

describe('consumeOnce', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await createOrm({ schema: 'kit', clientUrl: db.url, entities: [], migrations: [] });
    await orm.em.getConnection().execute('create schema if not exists kit');
    await orm.em.getConnection().execute(processedEventTableSql('kit'));
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('runs a consumer once per event id however often, and however concurrently, the event is delivered', async () => {
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
