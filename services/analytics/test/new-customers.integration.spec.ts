import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@careline/service-kit';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { createFactConsumers, type FactConsumers } from '../src/modules/facts/facts.consumers.js';
import { enrolled, registered } from '../src/modules/new-customers/__tests__/event-fixtures.js';
import { analyticsFacts, analyticsService } from '../src/service.js';

const REPORT = `query ($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {
  newCustomers(period: $period, groupBy: $groupBy) {
    period { from to }
    groupBy
    rows { key newCustomers newMembers }
    totalNewCustomers
    totalNewMembers
  }
}`;

interface Row {
  key: string;
  newCustomers: number;
  newMembers: number;
}

describe('newCustomers report over GraphQL', () => {
  let db: TestDatabase;
  let analytics: TestService;
  let consumers: FactConsumers;

  const report = async (from: string, to: string, groupBy: 'DAY' | 'CHANNEL') => {
    const { data, errors } = await analytics.request(REPORT, { period: { from, to }, groupBy });
    expect(errors).toBeUndefined();
    return data.newCustomers as {
      period: { from: string; to: string };
      groupBy: string;
      rows: Row[];
      totalNewCustomers: number;
      totalNewMembers: number;
    };
  };
  const refusal = async (from: string, to: string) => {
    const { data, errors } = await analytics.request(REPORT, { period: { from, to }, groupBy: 'DAY' });
    // the root field is nullable (a down analytics must not null a whole dashboard query)
    expect(data?.newCustomers ?? null).toBeNull();
    return errors?.[0];
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    consumers = createFactConsumers(analytics.orm, analyticsFacts, 'Asia/Shanghai');
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  describe('on a hand-built April history', () => {
    // six customers and four members, 2026-04-02 … 04-05 in Shanghai time (UTC+8):
    //   04-02  c1 PHONE, c2 PHONE            members: m1 (c1)
    //   04-03  c3 WECHAT                     members: m9 (a customer analytics never heard of → UNKNOWN)
    //   04-04  c4 WEB (23:59:59 local)
    //   04-05  c5 WECHAT (00:00 local), c6 PHONE   members: m3 (c3), m6 (c6)
    const [c1, c2, c3, c4, c5, c6, c9] = Array.from({ length: 7 }, () => newId()) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    beforeAll(async () => {
      // m3 arrives before c3's registration on purpose: the history must not depend on delivery order
      for (const event of [
        enrolled(newId(), c3, '2026-04-05T02:00:00Z'),
        registered(c1, 'PHONE', '2026-04-02T02:00:00Z'),
        registered(c2, 'PHONE', '2026-04-02T09:00:00Z'),
        registered(c3, 'WECHAT', '2026-04-03T01:00:00Z'),
        registered(c4, 'WEB', '2026-04-04T15:59:59Z'),
        registered(c5, 'WECHAT', '2026-04-04T16:00:00Z'),
        registered(c6, 'PHONE', '2026-04-05T03:00:00Z'),
        enrolled(newId(), c1, '2026-04-02T03:00:00Z'),
        enrolled(newId(), c9, '2026-04-03T02:00:00Z'),
        enrolled(newId(), c6, '2026-04-05T04:00:00Z'),
      ]) {
        if (event.type === 'CustomerRegistered') await consumers.onCustomerRegistered(event as ReturnType<typeof registered>);
        else await consumers.onMemberEnrolled(event as ReturnType<typeof enrolled>);
      }
    });

    it('groups by DAY with every day of the period in order, empty days as zeros', async () => {
      const result = await report('2026-04-01', '2026-04-06', 'DAY');
      expect(result.period).toEqual({ from: '2026-04-01', to: '2026-04-06' });
      expect(result.groupBy).toBe('DAY');
      expect(result.rows).toEqual([
        { key: '2026-04-01', newCustomers: 0, newMembers: 0 },
        { key: '2026-04-02', newCustomers: 2, newMembers: 1 },
        { key: '2026-04-03', newCustomers: 1, newMembers: 1 },
        { key: '2026-04-04', newCustomers: 1, newMembers: 0 },
        { key: '2026-04-05', newCustomers: 2, newMembers: 2 },
        { key: '2026-04-06', newCustomers: 0, newMembers: 0 },
      ]);
      expect(result.totalNewCustomers).toBe(6);
      expect(result.totalNewMembers).toBe(4);
    });

    it('groups by CHANNEL with one row per channel with data, most new customers first', async () => {
      const result = await report('2026-04-01', '2026-04-06', 'CHANNEL');
      expect(result.groupBy).toBe('CHANNEL');
      expect(result.rows).toEqual([
        { key: 'PHONE', newCustomers: 3, newMembers: 2 },
        { key: 'WECHAT', newCustomers: 2, newMembers: 1 },
        { key: 'WEB', newCustomers: 1, newMembers: 0 },
        { key: 'UNKNOWN', newCustomers: 0, newMembers: 1 },
      ]);
      expect(result.totalNewCustomers).toBe(6);
      expect(result.totalNewMembers).toBe(4);
    });

    it('breaks a tie in new customers by channel code', async () => {
      const result = await report('2026-04-05', '2026-04-05', 'CHANNEL');
      expect(result.rows).toEqual([
        { key: 'PHONE', newCustomers: 1, newMembers: 1 },
        { key: 'WECHAT', newCustomers: 1, newMembers: 1 },
      ]);
    });

    it('counts only the days inside the period', async () => {
      const result = await report('2026-04-03', '2026-04-04', 'CHANNEL');
      expect(result.rows).toEqual([
        { key: 'WEB', newCustomers: 1, newMembers: 0 },
        { key: 'WECHAT', newCustomers: 1, newMembers: 0 },
        { key: 'UNKNOWN', newCustomers: 0, newMembers: 1 },
      ]);
      expect(result.totalNewCustomers).toBe(2);
    });

    it('answers a period without data with zero days for DAY and no rows for CHANNEL', async () => {
      const byDay = await report('2025-04-01', '2025-04-03', 'DAY');
      expect(byDay.rows.map((row) => [row.key, row.newCustomers, row.newMembers])).toEqual([
        ['2025-04-01', 0, 0],
        ['2025-04-02', 0, 0],
        ['2025-04-03', 0, 0],
      ]);
      const byChannel = await report('2025-04-01', '2025-04-03', 'CHANNEL');
      expect(byChannel.rows).toEqual([]);
      expect(byChannel.totalNewCustomers).toBe(0);
    });

    it('reads the rollup only, never the fact tables', async () => {
      analytics.resetQueries();
      await report('2026-04-01', '2026-04-06', 'DAY');
      await report('2026-04-01', '2026-04-06', 'CHANNEL');
      const reads = analytics.queries.filter((sql) => /select/i.test(sql));
      expect(reads).toHaveLength(2);
      expect(reads.every((sql) => sql.includes('daily_new_customers') && !/customer_fact|membership_fact/.test(sql))).toBe(true);
    });
  });

  describe('in the hospital time zone (Asia/Shanghai)', () => {
    it('counts a customer registered at 2026-03-01T16:30:00Z on 2026-03-02', async () => {
      await consumers.onCustomerRegistered(registered(newId(), 'WALK_IN', '2026-03-01T16:30:00Z'));
      await consumers.onMemberEnrolled(enrolled(newId(), newId(), '2026-03-01T15:59:59Z'));
      const result = await report('2026-03-01', '2026-03-02', 'DAY');
      expect(result.rows).toEqual([
        { key: '2026-03-01', newCustomers: 0, newMembers: 1 },
        { key: '2026-03-02', newCustomers: 1, newMembers: 0 },
      ]);
    });
  });

  describe('when events arrive out of order', () => {
    it('counts the member under its channel when the registration arrives first', async () => {
      const customerId = newId();
      await consumers.onCustomerRegistered(registered(customerId, 'REFERRAL', '2026-05-10T02:00:00Z'));
      await consumers.onMemberEnrolled(enrolled(newId(), customerId, '2026-05-10T03:00:00Z'));
      expect((await report('2026-05-10', '2026-05-10', 'CHANNEL')).rows).toEqual([{ key: 'REFERRAL', newCustomers: 1, newMembers: 1 }]);
    });

    it('counts an early member as UNKNOWN, then moves it to its channel when the registration arrives', async () => {
      const customerId = newId();
      const membershipId = newId();
      await consumers.onMemberEnrolled(enrolled(membershipId, customerId, '2026-05-12T03:00:00Z'));
      expect((await report('2026-05-11', '2026-05-12', 'CHANNEL')).rows).toEqual([{ key: 'UNKNOWN', newCustomers: 0, newMembers: 1 }]);

      await consumers.onCustomerRegistered(registered(customerId, 'PARTNER', '2026-05-11T02:00:00Z'));
      expect((await report('2026-05-11', '2026-05-12', 'CHANNEL')).rows).toEqual([{ key: 'PARTNER', newCustomers: 1, newMembers: 1 }]);
      expect((await report('2026-05-11', '2026-05-12', 'DAY')).rows).toEqual([
        { key: '2026-05-11', newCustomers: 1, newMembers: 0 },
        { key: '2026-05-12', newCustomers: 0, newMembers: 1 },
      ]);
      const em = analytics.orm.em.fork();
      const [fact] = await em.execute<{ channel: string | null }[]>(
        `select channel from analytics.membership_fact where membership_id = ?`,
        [membershipId],
      );
      expect(fact?.channel).toBe('PARTNER');
      const unknown = await em.execute(
        `select 1 from analytics.daily_new_customers where channel = 'UNKNOWN' and day between '2026-05-11' and '2026-05-12'`,
      );
      expect(unknown).toHaveLength(0);
    });

    it('moves only the member whose registration arrived and leaves other unknown members counted', async () => {
      const [known, stillUnknown] = [newId(), newId()];
      await consumers.onMemberEnrolled(enrolled(newId(), known, '2026-05-20T03:00:00Z'));
      await consumers.onMemberEnrolled(enrolled(newId(), stillUnknown, '2026-05-20T04:00:00Z'));
      await consumers.onCustomerRegistered(registered(known, 'CAMPAIGN', '2026-05-20T01:00:00Z'));
      expect((await report('2026-05-20', '2026-05-20', 'CHANNEL')).rows).toEqual([
        { key: 'CAMPAIGN', newCustomers: 1, newMembers: 1 },
        { key: 'UNKNOWN', newCustomers: 0, newMembers: 1 },
      ]);
    });
  });

  describe('period validation', () => {
    it('refuses a from not written YYYY-MM-DD with BAD_USER_INPUT naming period.from', async () => {
      const error = await refusal('2026-3-1', '2026-03-31');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.from', reason: 'DAY_INVALID' });
    });

    it('refuses a to that is not a calendar day with BAD_USER_INPUT naming period.to', async () => {
      const error = await refusal('2026-02-01', '2026-02-30');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to', reason: 'DAY_INVALID' });
    });

    it('refuses from after to with BAD_USER_INPUT naming period.to', async () => {
      const error = await refusal('2026-03-10', '2026-03-09');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to', reason: 'PERIOD_REVERSED' });
    });

    it('refuses a period longer than 366 days with BAD_USER_INPUT naming period', async () => {
      const error = await refusal('2025-01-01', '2026-01-02');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'PERIOD_TOO_LONG' });
    });

    it('accepts a whole leap year and returns its 366 days', async () => {
      const result = await report('2024-01-01', '2024-12-31', 'DAY');
      expect(result.rows).toHaveLength(366);
      expect(result.rows[0]?.key).toBe('2024-01-01');
      expect(result.rows[59]?.key).toBe('2024-02-29');
      expect(result.rows[365]?.key).toBe('2024-12-31');
    });

    it('refuses a groupBy outside the enum before any resolver runs', async () => {
      const { errors } = await analytics.request(REPORT, { period: { from: '2026-03-01', to: '2026-03-02' }, groupBy: 'WEEK' });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
