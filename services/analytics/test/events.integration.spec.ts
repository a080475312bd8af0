import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, newId, type CustomerRegisteredData, type DomainEvent, type MemberEnrolledData } from '@careline/service-kit';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { InvalidEventError } from '../src/common/invalid-event.js';
import { createFactConsumers, type FactConsumers } from '../src/modules/facts/facts.consumers.js';
import { enrolled, registered } from '../src/modules/new-customers/__tests__/event-fixtures.js';
import { analyticsFacts, analyticsService } from '../src/service.js';

const REPORT = `query ($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {
  newCustomers(period: $period, groupBy: $groupBy) { rows { key newCustomers newMembers } totalNewCustomers totalNewMembers }
}`;

describe('analytics consuming CustomerRegistered and MemberEnrolled', () => {
  let db: TestDatabase;
  let analytics: TestService;
  let consumers: FactConsumers;

  const byChannel = async (day: string) => {
    const { data, errors } = await analytics.request(REPORT, { period: { from: day, to: day }, groupBy: 'CHANNEL' });
    expect(errors).toBeUndefined();
    return data.newCustomers.rows as { key: string; newCustomers: number; newMembers: number }[];
  };
  const processed = async (eventId: string) =>
    (await analytics.orm.em.fork().execute(`select 1 from analytics.processed_event where event_id = ?`, [eventId])).length;
  /** Waits until analytics' queue for `type` has completed `count` jobs carrying `eventId`. */
  const completedDeliveries = (type: string, eventId: string, count: number) =>
    eventually(async () => {
      const jobs = await analytics.bus.jobs.findJobs<DomainEvent>(`analytics.${type}`);
      const done = jobs.filter((job) => job.data.id === eventId && job.state === 'completed');
      return done.length >= count ? done.length : undefined;
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    consumers = createFactConsumers(analytics.orm, analyticsFacts, 'Asia/Shanghai');
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  describe('called directly', () => {
    it('counts a CustomerRegistered event delivered twice once, and records its id once', async () => {
      const event = registered(newId(), 'PHONE', '2026-06-01T02:00:00Z');
      expect(await consumers.onCustomerRegistered(event)).toBe(true);
      expect(await consumers.onCustomerRegistered(event)).toBe(false);
      expect(await byChannel('2026-06-01')).toEqual([{ key: 'PHONE', newCustomers: 1, newMembers: 0 }]);
      expect(await processed(event.id)).toBe(1);
    });

    it('counts a MemberEnrolled event delivered twice once', async () => {
      const customerId = newId();
      await consumers.onCustomerRegistered(registered(customerId, 'WEB', '2026-06-02T02:00:00Z'));
      const event = enrolled(newId(), customerId, '2026-06-02T03:00:00Z');
      expect(await consumers.onMemberEnrolled(event)).toBe(true);
      expect(await consumers.onMemberEnrolled(event)).toBe(false);
      expect(await byChannel('2026-06-02')).toEqual([{ key: 'WEB', newCustomers: 1, newMembers: 1 }]);
    });

    it('counts a customer re-published under a new event id once, because the fact is keyed by customer', async () => {
      const customerId = newId();
      expect(await consumers.onCustomerRegistered(registered(customerId, 'WECHAT', '2026-06-03T02:00:00Z'))).toBe(true);
      const republished = registered(customerId, 'WECHAT', '2026-06-03T02:00:00Z');
      expect(await consumers.onCustomerRegistered(republished)).toBe(false);
      expect(await byChannel('2026-06-03')).toEqual([{ key: 'WECHAT', newCustomers: 1, newMembers: 0 }]);
    });

    it('counts every member under its channel when registrations and enrolments are consumed at the same moment', async () => {
      const customers = Array.from({ length: 25 }, () => newId());
      await Promise.all(
        customers.flatMap((customerId, i) => [
          consumers.onMemberEnrolled(enrolled(newId(), customerId, '2026-06-04T03:00:00Z')),
          consumers.onCustomerRegistered(registered(customerId, i % 2 ? 'PHONE' : 'WALK_IN', '2026-06-04T02:00:00Z')),
        ]),
      );
      expect(await byChannel('2026-06-04')).toEqual([
        { key: 'WALK_IN', newCustomers: 13, newMembers: 13 },
        { key: 'PHONE', newCustomers: 12, newMembers: 12 },
      ]);
    });

    it('refuses an event without a valid timestamp and records neither the fact nor the event id', async () => {
      const event = registered(newId(), 'PHONE', 'yesterday');
      await expect(consumers.onCustomerRegistered(event)).rejects.toBeInstanceOf(InvalidEventError);
      expect(await processed(event.id)).toBe(0);
      const facts = await analytics.orm.em
        .fork()
        .execute(`select 1 from analytics.customer_fact where customer_id = ?`, [event.data.customerId]);
      expect(facts).toHaveLength(0);
    });
  });

  describe('through the event bus', () => {
    it('counts a CustomerRegistered published in a transaction and re-published with the same id once', async () => {
      const data: CustomerRegisteredData = {
        customerId: newId(),
        channel: 'CAMPAIGN',
        region: '天河区',
        registeredAt: '2026-06-10T01:00:00Z',
        keyAccountId: null,
      };
      const event = await analytics.orm.em.fork().transactional((em) => analytics.bus.publish(em, Events.CustomerRegistered, data));
      await completedDeliveries(Events.CustomerRegistered, event.id, 1);
      expect(await byChannel('2026-06-10')).toEqual([{ key: 'CAMPAIGN', newCustomers: 1, newMembers: 0 }]);

      // a redelivery: the exact same event object, same id, on the bus again
      await analytics.bus.jobs.publish(Events.CustomerRegistered, event);
      expect(await completedDeliveries(Events.CustomerRegistered, event.id, 2)).toBe(2);
      expect(await byChannel('2026-06-10')).toEqual([{ key: 'CAMPAIGN', newCustomers: 1, newMembers: 0 }]);
      expect(await processed(event.id)).toBe(1);
    });

    it('counts a MemberEnrolled published twice with the same id once, under its customer channel', async () => {
      const customerId = newId();
      await analytics.orm.em.fork().transactional((em) =>
        analytics.bus.publish<CustomerRegisteredData>(em, Events.CustomerRegistered, {
          customerId,
          channel: 'REFERRAL',
          region: null,
          registeredAt: '2026-06-11T01:00:00Z',
          keyAccountId: null,
        }),
      );
      const data: MemberEnrolledData = {
        membershipId: newId(),
        customerId,
        cardNumber: 'VIP0001',
        tier: 'GOLD',
        joinedAt: '2026-06-11T02:00:00Z',
      };
      const event = await analytics.orm.em.fork().transactional((em) => analytics.bus.publish(em, Events.MemberEnrolled, data));
      await analytics.bus.jobs.publish(Events.MemberEnrolled, event);
      expect(await completedDeliveries(Events.MemberEnrolled, event.id, 2)).toBe(2);
      await eventually(async () => (await byChannel('2026-06-11')).some((row) => row.key === 'REFERRAL' && row.newCustomers === 1));
      expect(await byChannel('2026-06-11')).toEqual([{ key: 'REFERRAL', newCustomers: 1, newMembers: 1 }]);
    });

    it('counts nothing from a publishing transaction that rolled back', async () => {
      const customerId = newId();
      await expect(
        analytics.orm.em.fork().transactional(async (em) => {
          await analytics.bus.publish<CustomerRegisteredData>(em, Events.CustomerRegistered, {
            customerId,
            channel: 'PHONE',
            region: null,
            registeredAt: '2026-06-12T01:00:00Z',
            keyAccountId: null,
          });
          throw new Error('the writer failed after publishing');
        }),
      ).rejects.toThrow('the writer failed');
      // a later event on the same queue is consumed, so the rolled-back one would have been too
      const marker = await analytics.orm.em.fork().transactional((em) =>
        analytics.bus.publish<CustomerRegisteredData>(em, Events.CustomerRegistered, {
          customerId: newId(),
          channel: 'WEB',
          region: null,
          registeredAt: '2026-06-12T02:00:00Z',
          keyAccountId: null,
        }),
      );
      await completedDeliveries(Events.CustomerRegistered, marker.id, 1);
      expect(await byChannel('2026-06-12')).toEqual([{ key: 'WEB', newCustomers: 1, newMembers: 0 }]);
    });
  });
});
