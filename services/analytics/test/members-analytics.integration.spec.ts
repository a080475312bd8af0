import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import type { Caller, DomainEvent } from '@careline/service-kit';
import { membersConsumer } from './members-delivery.js';
import { membersAnalyticsConfig } from '../src/modules/members-analytics/members-analytics.resolver.js';
import { MembersAnalyticsService } from '../src/modules/members-analytics/members-analytics.service.js';
import { analyticsService } from '../src/service.js';
import { membersHistory, republished } from './members-history.js';
import { partner, staff } from './support.js';

const RFM = `query ($asOf: LocalDate) { memberRfm(asOf: $asOf) { segment labelZh members share spendFen averageRecencyDays averageFrequency averageSpendFen } }`;
const COHORTS = `query ($from: YearMonth!, $to: YearMonth!, $months: Int) { cohortRetention(fromMonth: $from, toMonth: $to, months: $months) {
  cohort members months { monthOffset month activeMembers rate } } }`;
const TIERS = `query ($asOf: LocalDate) { tierDistribution(asOf: $asOf) { asOf totalMembers tiers { tier members share } } }`;
const LIABILITY = `query ($asOf: LocalDate) { memberPointsLiability(asOf: $asOf) { asOf outstandingPoints valueFen valuePerPointFen membersWithPoints byKind { kind points } } }`;
const GIFT_COST = `query ($period: PeriodInput!) { giftCost(period: $period) { from to totalQuantity totalPoints totalCostFen
  lines { giftName redemptions quantity points costFen uncostedQuantity } } }`;
const STATS = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Customer { id stats {
  visits firstVisit lastVisit deals spendFen memberSpendFen lastConsumption refunds refundedFen pointsBalance tier activitiesAttended giftRedemptions satisfaction } } } }`;
const REPORT = `query ($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on KeyAccount { id report(period: $period) {
  from to people members visits visitors visitFrequency deals spendFen spendPerPersonFen refunds refundedFen satisfaction satisfiedShare satisfactionResponses
  diseases { key count share } projects { key count spendFen share } } } } }`;

const JUNE = { from: '2026-06-01', to: '2026-06-30' };
const keyAccountStaff = staff('STAFF', 'KEY_ACCOUNT', '客户经理');

describe('membership analytics on a hand-built history', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const history = membersHistory();
  const ok = async (query: string, variables: Record<string, unknown>, as: Caller = testCallers.director) => {
    const { data, errors } = await analytics.request(query, variables, undefined, as);
    expect(errors).toBeUndefined();
    return data;
  };
  beforeAll(async () => {
    membersAnalyticsConfig.current = () => ({ timeZone: 'Asia/Shanghai', pointValueFen: 5, today: () => '2026-06-30' });
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    const consumers = membersConsumer(analytics.orm);
    // out of order (newest first: refunds before their receipts, a cancellation before its
    // redemption, a tier change before the enrolment), then every event redelivered, then every
    // event re-published under a new id: each must count once
    const deliver = async (events: DomainEvent<unknown>[]) => {
      for (const e of events) await consumers.consume(e);
    };
    await deliver([...history.events].reverse());
    await deliver(history.events);
    await deliver(history.events.map(republished));
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('segments the members by RFM on a day', async () => {
    // on 30 June: M1..M4 are members (M5 was cancelled on 15 June). Window 2025-07-01..2026-06-30.
    // M1: 4 receipts (¥100 + ¥10,000 + ¥10,000 + ¥30,000 = ¥50,100), last 20 June (10 days): R5 F3 M5 → 重要价值
    // M2: 1 receipt ¥8,000 on 5 Jan (176 days): R2 F1 M3 → 重要挽留
    // M3: ¥300 + ¥200 (the ¥5,000 receipt was refunded), last 25 June (5 days): R5 F2 M1 → 一般发展
    // M4: its only receipt is 16:30Z on 30 June = 1 July in Shanghai, after asOf → 12个月未消费
    const { memberRfm } = await ok(RFM, { asOf: '2026-06-30' });
    const bySegment = Object.fromEntries(memberRfm.map((s: { segment: string }) => [s.segment, s]));
    expect(memberRfm).toHaveLength(9);
    expect(bySegment.IMPORTANT_VALUE).toEqual({
      segment: 'IMPORTANT_VALUE',
      labelZh: '重要价值会员',
      members: 1,
      share: 0.25,
      spendFen: 5_010_000,
      averageRecencyDays: 10,
      averageFrequency: 4,
      averageSpendFen: 5_010_000,
    });
    expect(bySegment.IMPORTANT_WINBACK).toMatchObject({ members: 1, spendFen: 800_000, averageRecencyDays: 176, averageFrequency: 1 });
    expect(bySegment.GENERAL_DEVELOP).toMatchObject({
      members: 1,
      spendFen: 50_000,
      averageRecencyDays: 5,
      averageFrequency: 2,
      averageSpendFen: 50_000,
    });
    expect(bySegment.NO_CONSUMPTION).toMatchObject({
      members: 1,
      share: 0.25,
      spendFen: 0,
      averageRecencyDays: null,
      averageSpendFen: null,
    });
    expect(memberRfm.reduce((sum: number, s: { members: number }) => sum + s.members, 0)).toBe(4);

    // on 10 June M5 still counts (5 members): ¥100 on 20 Mar and 2 Apr, last 69 days before: R3 F2 M1 → 一般发展 with M3 (¥300 on 1 June)
    const earlier = (await ok(RFM, { asOf: '2026-06-10' })).memberRfm;
    const general = earlier.find((s: { segment: string }) => s.segment === 'GENERAL_DEVELOP');
    expect(general).toMatchObject({
      members: 2,
      share: 0.4,
      spendFen: 50_000,
      averageRecencyDays: (9 + 69) / 2,
      averageFrequency: 1.5,
      averageSpendFen: 25_000,
    });
    expect(earlier.find((s: { segment: string }) => s.segment === 'IMPORTANT_VALUE')).toMatchObject({
      members: 1,
      spendFen: 2_010_000,
      averageRecencyDays: 26,
    });
  });

  it('gives cohort retention per joining month', async () => {
    // M2 joined Dec (consumed 5 Jan), M1 Jan (20 Jan), M3 Feb (only June), M5 15 Mar (20 Mar, 2 Apr)
    const { cohortRetention } = await ok(COHORTS, { from: '2025-12', to: '2026-03', months: 3 });
    const cells = (row: { months: { activeMembers: number }[] }) => row.months.map((m) => m.activeMembers);
    expect(cohortRetention.map((r: { cohort: string; members: number }) => [r.cohort, r.members])).toEqual([
      ['2025-12', 1],
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 1],
    ]);
    expect(cohortRetention.map(cells)).toEqual([
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 0],
      [1, 1, 0],
    ]);
    expect(cohortRetention[3].months[1]).toEqual({ monthOffset: 1, month: '2026-04', activeMembers: 1, rate: 1 });
    // the June cohort (M4) has only June so far (today is 30 June), and M4's receipt is on 1 July in Shanghai
    const june = (await ok(COHORTS, { from: '2026-06', to: '2026-06', months: null })).cohortRetention;
    expect(june).toEqual([{ cohort: '2026-06', members: 1, months: [{ monthOffset: 0, month: '2026-06', activeMembers: 0, rate: 0 }] }]);
  });

  it('gives the tier distribution on a day', async () => {
    // 30 June: M1 GOLD since 20 May, M2 SILVER, M3 and M4 ORDINARY; M5 cancelled on 15 June
    expect((await ok(TIERS, { asOf: '2026-06-30' })).tierDistribution).toEqual({
      asOf: '2026-06-30',
      totalMembers: 4,
      tiers: [
        { tier: 'ORDINARY', members: 2, share: 0.5 },
        { tier: 'GOLD', members: 1, share: 0.25 },
        { tier: 'SILVER', members: 1, share: 0.25 },
      ],
    });
    // 19 May: M1 still ORDINARY, M5 a member, M4 not yet
    expect((await ok(TIERS, { asOf: '2026-05-19' })).tierDistribution.tiers).toEqual([
      { tier: 'ORDINARY', members: 3, share: 0.75 },
      { tier: 'SILVER', members: 1, share: 0.25 },
    ]);
    expect((await ok(TIERS, { asOf: '2026-06-15' })).tierDistribution.totalMembers).toBe(4);
    expect((await ok(TIERS, { asOf: '2026-06-14' })).tierDistribution.totalMembers).toBe(5);
  });

  it('values the outstanding points from the PointsChanged history', async () => {
    // to 30 June: +500 −200 +80 +300 −300 = 380 points × ¥0.05 = ¥19.00; the −30 expiry is on 2 July
    const { memberPointsLiability } = await ok(LIABILITY, { asOf: '2026-06-30' }, testCallers.finance);
    expect(memberPointsLiability).toEqual({
      asOf: '2026-06-30',
      outstandingPoints: '380',
      valueFen: 1900,
      valuePerPointFen: 5,
      membersWithPoints: 2, // M1 300, M2 50, M3 0
      byKind: [
        { kind: 'EARN', points: '880' },
        { kind: 'REDEEM', points: '-200' },
        { kind: 'REVERSE', points: '-300' },
      ],
    });
    expect((await ok(LIABILITY, { asOf: '2026-07-05' })).memberPointsLiability).toMatchObject({ outstandingPoints: '350', valueFen: 1750 });
  });

  it('costs the gifts handed over in a period and not cancelled', async () => {
    // June: 2 × 电动牙刷 at ¥35.20 (the third, cancelled, does not count); 1 × 体检套餐 not costed; the 4th toothbrush is 1 July in Shanghai
    expect((await ok(GIFT_COST, { period: JUNE }, testCallers.finance)).giftCost).toEqual({
      from: '2026-06-01',
      to: '2026-06-30',
      totalQuantity: 3,
      totalPoints: '300',
      totalCostFen: 7040,
      lines: [
        { giftName: '电动牙刷', redemptions: 1, quantity: 2, points: '200', costFen: 7040, uncostedQuantity: 0 },
        { giftName: '体检套餐', redemptions: 1, quantity: 1, points: '100', costFen: 0, uncostedQuantity: 1 },
      ],
    });
    const withJuly = (await ok(GIFT_COST, { period: { from: '2026-06-01', to: '2026-07-01' } })).giftCost;
    expect(withJuly).toMatchObject({ totalQuantity: 4, totalCostFen: 10_560 });
  });

  it('answers Customer.stats from the facts', async () => {
    const { _entities } = await ok(STATS, { reps: [history.C1, history.C3, history.C5].map((id) => ({ __typename: 'Customer', id })) });
    expect(_entities[0]).toEqual({
      id: history.C1,
      stats: {
        visits: 2,
        firstVisit: '2026-05-15',
        lastVisit: '2026-06-20',
        deals: 4,
        spendFen: 5_010_000,
        memberSpendFen: 5_010_000,
        lastConsumption: '2026-06-20',
        refunds: 0,
        refundedFen: 0,
        pointsBalance: 300,
        tier: 'GOLD',
        activitiesAttended: 1,
        giftRedemptions: 2, // the cancelled one does not count
        satisfaction: 4, // (5 + 3) / 2
      },
    });
    expect(_entities[1].stats).toMatchObject({
      visits: 2,
      deals: 2,
      spendFen: 50_000,
      refunds: 1,
      refundedFen: 500_000,
      pointsBalance: 0,
      tier: 'ORDINARY',
      satisfaction: 4,
    });
    expect(_entities[2].stats).toMatchObject({ deals: 2, spendFen: 20_000, tier: null });
  });

  it('reports a key account’s people over a period', async () => {
    // KA1's people now: C1 and C3 (linked 1 Feb); C6 left. June: visits C1 ×1, C3 ×2; deals C1 ¥30,000 (DENTAL),
    // C3 ¥300 + ¥200 (ORTHO), C3's ¥5,000 refunded on 29 June; satisfaction 5, 3, 4; consultations 牙周病 ×1, 种植 ×2 (one linked later)
    const { _entities } = await ok(REPORT, { reps: [{ __typename: 'KeyAccount', id: history.KA1 }], period: JUNE }, keyAccountStaff);
    expect(_entities[0].report).toEqual({
      from: '2026-06-01',
      to: '2026-06-30',
      people: 2,
      members: 2,
      visits: 3,
      visitors: 2,
      visitFrequency: 1.5,
      deals: 3,
      spendFen: 3_050_000,
      spendPerPersonFen: 1_525_000,
      refunds: 1,
      refundedFen: 500_000,
      satisfaction: 4,
      satisfiedShare: 0.6667,
      satisfactionResponses: 3,
      diseases: [
        { key: '种植', count: 2, share: 0.6667 },
        { key: '牙周病', count: 1, share: 0.3333 },
      ],
      projects: [
        { key: 'DENTAL', count: 1, spendFen: 3_000_000, share: 0.9836 },
        { key: 'ORTHO', count: 2, spendFen: 50_000, share: 0.0164 },
      ],
    });
  });

  it('reports a page of key accounts in the same three statements as one, each with its own figures', async () => {
    const statementsOf = async (ids: string[]) => {
      analytics.resetQueries();
      const { _entities } = await ok(REPORT, { reps: ids.map((id) => ({ __typename: 'KeyAccount', id })), period: JUNE }, keyAccountStaff);
      return { reports: _entities.map((e: any) => e.report), statements: analytics.queries.filter((q) => /key_account_id/.test(q)) };
    };
    const one = await statementsOf([history.KA1]);
    const two = await statementsOf([history.KA1, history.KA2]);
    expect(one.statements).toHaveLength(3);
    expect(two.statements).toHaveLength(3);
    expect(two.reports[0]).toEqual(one.reports[0]);
    expect(two.reports[1].people).not.toBe(two.reports[0].people);
  });

  it('measures member spend and the member redevelopment rate from the rollups', async () => {
    const service = new MembersAnalyticsService(analytics.orm.em.fork(), membersAnalyticsConfig.current());
    // June member receipts kept: C1 ¥30,000, C3 ¥300 + ¥200 (C6 is no member, C4's is 1 July)
    expect(await service.memberSpend('2026-06-01', '2026-06-30')).toEqual({ spendFen: 3_050_000, receipts: 3 });
    // credited to staff: S1 closed C1's ¥30,000 deal, S2 recorded C3's ¥300 receipt by hand
    expect(await service.memberSpend('2026-06-01', '2026-06-30', { staffId: history.S1 })).toEqual({ spendFen: 3_000_000, receipts: 1 });
    expect(await service.memberSpend('2026-06-01', '2026-06-30', { staffId: history.S2 })).toEqual({ spendFen: 30_000, receipts: 1 });
    expect(await service.memberRedevelopment('2026-06-01', '2026-06-30', { staffId: history.S1 })).toEqual({ consumed: 1, members: 4 });
    // members on 30 June: M1..M4; of them M1 and M3 consumed in June
    expect(await service.memberRedevelopment('2026-06-01', '2026-06-30')).toEqual({ consumed: 2, members: 4 });
    // members on 30 April: M1, M2, M3, M5 (M4 joins on 5 June); C1 and C5 consumed in April
    expect(await service.memberRedevelopment('2026-04-01', '2026-04-30')).toEqual({ consumed: 2, members: 4 });
    // from April to June C1, C3 and C5 consumed, but M5 was cancelled on 15 June: on 30 June it no longer counts
    expect(await service.memberRedevelopment('2026-04-01', '2026-06-30')).toEqual({ consumed: 2, members: 4 });
    // on 14 June it still did (M4 had joined)
    expect(await service.memberRedevelopment('2026-04-01', '2026-06-14')).toEqual({ consumed: 3, members: 5 });
  });

  describe('who may read what', () => {
    const report = (id: string, as: Caller) =>
      analytics.request(REPORT, { reps: [{ __typename: 'KeyAccount', id }], period: JUNE }, undefined, as);

    it('lets a partner read its own key account’s report, and answers NOT_FOUND for another’s', async () => {
      const own = await report(history.KA1, partner(history.KA1));
      expect(own.errors).toBeUndefined();
      expect(own.data._entities[0].report).toMatchObject({ people: 2, spendFen: 3_050_000 });
      const other = await report(history.KA2, partner(history.KA1));
      expect(other.data?._entities?.[0]?.report ?? null).toBeNull();
      expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'KEY_ACCOUNT_NOT_FOUND' });
    });

    it('lets the director read any key account’s report and refuses other departments with FORBIDDEN', async () => {
      expect((await report(history.KA2, testCallers.director)).data._entities[0].report).toMatchObject({
        people: 1,
        visits: 0,
        spendFen: 0,
        satisfaction: null,
      });
      const refused = await report(history.KA1, testCallers.csStaff);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEPARTMENT_NOT_ALLOWED' });
      expect((await report(history.KA1, testCallers.finance)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('gives a partner Customer.stats of its own people only', async () => {
      const reps = [history.C1, history.C2].map((id) => ({ __typename: 'Customer', id }));
      const { data, errors } = await analytics.request(STATS, { reps }, undefined, partner(history.KA1));
      expect(errors).toBeUndefined();
      expect(data._entities[0].stats).toMatchObject({ spendFen: 5_010_000 });
      expect(data._entities[1].stats).toBeNull();
    });

    it('keeps hospital-wide and finance figures from partners and finance figures from the front line', async () => {
      expect((await analytics.request(RFM, {}, undefined, partner(history.KA1))).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await analytics.request(LIABILITY, {}, undefined, testCallers.csStaff)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await analytics.request(GIFT_COST, { period: JUNE }, undefined, testCallers.csStaff)).errors?.[0].extensions.code).toBe(
        'FORBIDDEN',
      );
    });

    it('names bad input', async () => {
      expect((await analytics.request(RFM, { asOf: '2026-02-30' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'asOf',
      });
      expect((await analytics.request(COHORTS, { from: '2026-05', to: '2026-01' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'toMonth',
      });
      expect((await analytics.request(COHORTS, { from: '2026-13', to: '2026-01' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'fromMonth',
      });
      expect(
        (await analytics.request(GIFT_COST, { period: { from: '2026-06-02', to: '2026-06-01' } })).errors?.[0].extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PERIOD_REVERSED',
      });
    });
  });
});
