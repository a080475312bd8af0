import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrm,
  serviceEntities,
  newId,
  type CustomerRegisteredData,
  type DomainEvent,
  type MemberEnrolledData,
  type MikroORM,
} from '@careline/service-kit';
import { createTestDatabase, type TestDatabase } from '@careline/service-kit/testing';
import { ANALYTICS } from '../../../context.js';
import { analyticsFacts, analyticsService } from '../../../service.js';
import { createFactConsumers, type FactConsumers } from '../../facts/facts.consumers.js';
import { enrolled, registered } from './event-fixtures.js';

const CHANNELS: CustomerRegisteredData['channel'][] = ['PHONE', 'WECHAT', 'WEB', 'WALK_IN', 'REFERRAL', 'PARTNER', 'CAMPAIGN'];
const HOUR = 3_600_000;

/** Small seeded PRNG (mulberry32): the same history on every run, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type AnyEvent = DomainEvent<CustomerRegisteredData> | DomainEvent<MemberEnrolledData>;

interface RollupRow {
  day: string;
  channel: string;
  new_customers: number;
  new_members: number;
}

/** The rollup as the facts say it should be, with days computed by PostgreSQL from the raw instants. */
const RECOMPUTE = `
  with customers as (
    select (registered_at at time zone 'Asia/Shanghai')::date as day, channel, count(*)::int as n
    from "${ANALYTICS}"."customer_fact" group by 1, 2
  ), members as (
    select (m.joined_at at time zone 'Asia/Shanghai')::date as day, coalesce(c.channel, 'UNKNOWN') as channel, count(*)::int as n
    from "${ANALYTICS}"."membership_fact" m left join "${ANALYTICS}"."customer_fact" c using (customer_id)
    group by 1, 2
  )
  select day::text as day, channel, coalesce(customers.n, 0) as new_customers, coalesce(members.n, 0) as new_members
  from customers full join members using (day, channel)
  order by day, channel collate "C"`;

const ROLLUP = `select day::text as day, channel, new_customers, new_members from "${ANALYTICS}"."daily_new_customers" order by day, channel collate "C"`;

describe('daily_new_customers rollup', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let consumers: FactConsumers;

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await createOrm({
      schema: ANALYTICS,
      clientUrl: db.url,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
    });
    consumers = createFactConsumers(orm, analyticsFacts, 'Asia/Shanghai');
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('equals a recomputation from the fact tables after 200 shuffled, partly redelivered, partly concurrent events', async () => {
    const next = random(20260301);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const start = Date.parse('2026-03-01T00:00:00Z');
    // a third of the instants fall within five minutes of Shanghai midnight (16:00Z), where day bugs hide
    const instant = () => {
      const day = Math.floor(next() * 7);
      const offset = next() < 0.33 ? 16 * HOUR + (next() - 0.5) * 10 * 60_000 : next() * 24 * HOUR;
      return new Date(start + day * 24 * HOUR + offset);
    };

    const customers = Array.from({ length: 110 }, () => ({ id: newId(), channel: pick(CHANNELS), at: instant() }));
    const events: AnyEvent[] = customers.map((c) => registered(c.id, c.channel, c.at.toISOString()));
    for (const customer of customers.slice(0, 60)) {
      events.push(enrolled(newId(), customer.id, new Date(customer.at.getTime() + next() * 72 * HOUR).toISOString()));
    }
    // customers whose registration never reaches analytics: their members stay UNKNOWN
    for (let i = 0; i < 10; i++) events.push(enrolled(newId(), newId(), instant().toISOString()));
    for (let i = events.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [events[i], events[j]] = [events[j] as AnyEvent, events[i] as AnyEvent];
    }
    // redeliveries of the very same event objects, at random later positions
    for (const duplicate of events.slice(0, 20)) events.splice(20 + Math.floor(next() * (events.length - 20)), 0, duplicate);
    expect(events).toHaveLength(200);

    const deliver = (event: AnyEvent) =>
      event.type === 'CustomerRegistered'
        ? consumers.onCustomerRegistered(event as DomainEvent<CustomerRegisteredData>)
        : consumers.onMemberEnrolled(event as DomainEvent<MemberEnrolledData>);
    let recorded = 0;
    for (let i = 0; i < events.length; i += 4) {
      const results = await Promise.all(events.slice(i, i + 4).map(deliver));
      recorded += results.filter(Boolean).length;
    }
    expect(recorded).toBe(180);

    const em = orm.em.fork();
    const rollup = await em.execute<RollupRow[]>(ROLLUP);
    const recomputed = await em.execute<RollupRow[]>(RECOMPUTE);
    expect(rollup).toEqual(recomputed);
    expect(rollup.reduce((sum, row) => sum + row.new_customers, 0)).toBe(110);
    expect(rollup.reduce((sum, row) => sum + row.new_members, 0)).toBe(70);
    expect(rollup.filter((row) => row.channel === 'UNKNOWN').reduce((sum, row) => sum + row.new_members, 0)).toBe(10);
    expect(rollup.every((row) => row.new_customers > 0 || row.new_members > 0)).toBe(true);
  });
});
