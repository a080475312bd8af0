import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { analyticsService } from '../src/service.js';
import { KpiService, type KpiScope, type KpiValue } from '../src/modules/kpi/kpi.service.js';
import { resolvePeriod } from '../src/modules/kpi/kpi-period.js';
import { KpiCode } from '../src/modules/kpi/kpi-registry.js';
import { kpiHistory } from './kpi-history.js';
import { applyHistory, setUpTargets, TZ } from './kpi-setup.js';

const DECEMBER = { from: '2026-12-01', to: '2026-12-31' };
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const day = (d: string) => ({ from: d, to: d });

/** a value with the figures it is computed from; `value` compared to 9 digits */
function expectValue(
  actual: KpiValue,
  expected: { numerator: number; denominator: number | null; value: number | null; target?: number | null; share?: number | null },
) {
  expect(actual.numerator).toBeCloseTo(expected.numerator, 6);
  if (expected.denominator === null) expect(actual.denominator).toBeNull();
  else expect(actual.denominator).toBeCloseTo(expected.denominator, 6);
  if (expected.value === null) expect(actual.value).toBeNull();
  else expect(actual.value).toBeCloseTo(expected.value, 9);
  if (expected.target !== undefined) expect(actual.target).toBe(expected.target);
  if (expected.share !== undefined) {
    if (expected.share === null) expect(actual.share ?? null).toBeNull();
    else expect(actual.share).toBeCloseTo(expected.share, 9);
  }
}

/**
 * Every KPI of the registry on the hand-built history of kpi-history.ts, fed through the fact
 * appliers; each expected figure is worked out from the history in the comment beside it.
 */
describe('each KPI measured from the rollups of a hand-built history', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const history = kpiHistory();
  const { staff } = history;
  const service = () => new KpiService(analytics.orm.em.fork(), { timeZone: TZ });
  const measure = (code: KpiCode, range: { from: string; to: string }, scope: KpiScope = {}) => service().measure(code, range, scope);

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    await applyHistory(analytics, history.events);
    await setUpTargets(analytics, history);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('REVENUE_COMPLETION: deals − refunds over the monthly revenue target, pro-rated', async () => {
    // December: V1 ¥5,000 + V4 ¥3,000 + V5 ¥1,000 − the ¥1,000 refund of R5 = 800,000 fen; target 3,100,000
    expectValue(await measure(KpiCode.REVENUE_COMPLETION, DECEMBER), {
      numerator: 800_000,
      denominator: 3_100_000,
      value: 800_000 / 3_100_000,
      target: 1,
    });
    // DENTAL holds every deal; its target is 1,550,000
    expectValue(await measure(KpiCode.REVENUE_COMPLETION, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 800_000,
      denominator: 1_550_000,
      value: 800_000 / 1_550_000,
    });
    // ON1 closed V1 and V4 (800,000) against a staff target of 620,000
    expectValue(await measure(KpiCode.REVENUE_COMPLETION, DECEMBER, { staffId: staff.ON1 }), {
      numerator: 800_000,
      denominator: 620_000,
      value: 800_000 / 620_000,
    });
    // week 49 (30 Nov – 6 Dec): V1 only; target 3,000,000 × 1/30 + 3,100,000 × 6/31 = 700,000
    expectValue(await measure(KpiCode.REVENUE_COMPLETION, { from: '2026-11-30', to: '2026-12-06' }), {
      numerator: 500_000,
      denominator: 700_000,
      value: 5 / 7,
    });
    // November: V3 ¥2,000 against 3,000,000
    expectValue(await measure(KpiCode.REVENUE_COMPLETION, NOVEMBER), { numerator: 200_000, denominator: 3_000_000, value: 1 / 15 });
    // AESTHETIC has no target: nothing to measure against
    expectValue(await measure(KpiCode.REVENUE_COMPLETION, DECEMBER, { departmentCode: 'AESTHETIC' }), {
      numerator: 0,
      denominator: null,
      value: null,
      target: null,
    });
  });

  it('PHONE_CONVERTED_VISITS: visits from phone-converted bookings', async () => {
    // V1 (DENTAL) and V2 (AESTHETIC)
    expectValue(await measure(KpiCode.PHONE_CONVERTED_VISITS, DECEMBER), { numerator: 2, denominator: null, value: 2 });
    expectValue(await measure(KpiCode.PHONE_CONVERTED_VISITS, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: null,
      value: 1,
    });
    // credited to the phone consultant who booked it (A2 by CONS2), not to ON2 who received the customer (issue 20)
    expectValue(await measure(KpiCode.PHONE_CONVERTED_VISITS, DECEMBER, { staffId: staff.CONS2 }), {
      numerator: 1,
      denominator: null,
      value: 1,
    });
    expectValue(await measure(KpiCode.PHONE_CONVERTED_VISITS, DECEMBER, { staffId: staff.ON2 }), {
      numerator: 0,
      denominator: null,
      value: 0,
    });
    expectValue(await measure(KpiCode.PHONE_CONVERTED_VISITS, NOVEMBER), { numerator: 0, denominator: null, value: 0 });
  });

  it('PHONE_TO_OUTPATIENT_RATE: phone-converted arrivals over all outpatient visits', async () => {
    // December visits V1 V2 V4 V5, of them V1 V2 phone-converted
    expectValue(await measure(KpiCode.PHONE_TO_OUTPATIENT_RATE, DECEMBER), { numerator: 2, denominator: 4, value: 0.5 });
    // the denominator is the hospital's outpatient visits whatever the scope (issue 20): DENTAL's V1 of all 4
    expectValue(await measure(KpiCode.PHONE_TO_OUTPATIENT_RATE, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: 4,
      value: 0.25,
    });
    // CONS1 booked A1 (V1), CONS2 booked A2 (V2); ON2, who received V2, books nothing
    for (const [staffId, numerator] of [
      [staff.CONS1, 1],
      [staff.CONS2, 1],
      [staff.ON2, 0],
    ] as const) {
      expectValue(await measure(KpiCode.PHONE_TO_OUTPATIENT_RATE, DECEMBER, { staffId }), {
        numerator,
        denominator: 4,
        value: numerator / 4,
      });
    }
  });

  it('PHONE_TO_SALE_ACHIEVEMENT: on-site spend of phone-converted visits over its target', async () => {
    // V1 ¥5,000 is the only phone-converted deal; target 1,000,000
    expectValue(await measure(KpiCode.PHONE_TO_SALE_ACHIEVEMENT, DECEMBER), {
      numerator: 500_000,
      denominator: 1_000_000,
      value: 0.5,
      target: 1,
    });
    // November has no PHONE_TO_SALE target
    expectValue(await measure(KpiCode.PHONE_TO_SALE_ACHIEVEMENT, NOVEMBER), { numerator: 0, denominator: null, value: null, target: null });
  });

  it('BOOKING_DEAL_RATE: bookings whose visit dealt over all bookings', async () => {
    // A1 (V1 dealt), A2 (V2 not dealt), A3 (no-show)
    expectValue(await measure(KpiCode.BOOKING_DEAL_RATE, DECEMBER), { numerator: 1, denominator: 3, value: 1 / 3 });
    expectValue(await measure(KpiCode.BOOKING_DEAL_RATE, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
    expectValue(await measure(KpiCode.BOOKING_DEAL_RATE, DECEMBER, { departmentCode: 'AESTHETIC' }), {
      numerator: 0,
      denominator: 1,
      value: 0,
    });
    // a booking counts for who booked it (CONS1: A1, A3) and the on-site consultant it went to (ON1: A1, A3)
    expectValue(await measure(KpiCode.BOOKING_DEAL_RATE, DECEMBER, { staffId: staff.CONS1 }), { numerator: 1, denominator: 2, value: 0.5 });
    expectValue(await measure(KpiCode.BOOKING_DEAL_RATE, DECEMBER, { staffId: staff.ON1 }), { numerator: 1, denominator: 2, value: 0.5 });
  });

  it('ONSITE_DEAL_RATE: dealt visits over outpatient visits, per day in hospital time', async () => {
    // December: V1 V4 V5 dealt of V1 V2 V4 V5; November: V3 of V3
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, DECEMBER), { numerator: 3, denominator: 4, value: 0.75 });
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, NOVEMBER), { numerator: 1, denominator: 1, value: 1 });
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, day('2026-12-05')), { numerator: 1, denominator: 1, value: 1 });
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, day('2026-12-06')), { numerator: 0, denominator: 1, value: 0 });
    // no visit on 7 December: nothing to measure
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, day('2026-12-07')), { numerator: 0, denominator: 0, value: null });
    // ON1: V1 V4 both dealt; ON2: V5 of V2 V5; ON2 within DENTAL: V5 of V5
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, DECEMBER, { staffId: staff.ON1 }), { numerator: 2, denominator: 2, value: 1 });
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, DECEMBER, { staffId: staff.ON2 }), { numerator: 1, denominator: 2, value: 0.5 });
    expectValue(await measure(KpiCode.ONSITE_DEAL_RATE, DECEMBER, { staffId: staff.ON2, departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: 1,
      value: 1,
    });
  });

  it('CONSULT_TO_VISIT_RATE: consultations followed by a visit over consultations', async () => {
    // Q1 (C1 came 5 Dec), Q2 (C2 never came), Q3 (C4 came 6 Dec)
    expectValue(await measure(KpiCode.CONSULT_TO_VISIT_RATE, DECEMBER), { numerator: 2, denominator: 3, value: 2 / 3 });
    expectValue(await measure(KpiCode.CONSULT_TO_VISIT_RATE, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
    expectValue(await measure(KpiCode.CONSULT_TO_VISIT_RATE, DECEMBER, { staffId: staff.CONS2 }), {
      numerator: 1,
      denominator: 1,
      value: 1,
    });
    // November: Q4, C3 came the next day
    expectValue(await measure(KpiCode.CONSULT_TO_VISIT_RATE, NOVEMBER), { numerator: 1, denominator: 1, value: 1 });
  });

  it('COMPLAINT_RATE: complaints (not suggestions) per consultation, or per customer received on site', async () => {
    // K1 and K3 (K2 is a suggestion) over Q1 Q2 Q3; on site over V1 V2 V4 V5
    expectValue(await measure(KpiCode.COMPLAINT_RATE, DECEMBER), { numerator: 2, denominator: 3, value: 2 / 3 });
    expectValue(await measure(KpiCode.COMPLAINT_RATE, DECEMBER, { variant: 'ONSITE' }), { numerator: 2, denominator: 4, value: 0.5 });
    expectValue(await measure(KpiCode.COMPLAINT_RATE, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
    expectValue(await measure(KpiCode.COMPLAINT_RATE, DECEMBER, { departmentCode: 'DENTAL', variant: 'ONSITE' }), {
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
    });
    // K1 is about ON1, who consulted no one (consultant variant: nothing to measure) and received V1 and V4
    expectValue(await measure(KpiCode.COMPLAINT_RATE, DECEMBER, { staffId: staff.ON1 }), { numerator: 1, denominator: 0, value: null });
    expectValue(await measure(KpiCode.COMPLAINT_RATE, DECEMBER, { staffId: staff.ON1, variant: 'ONSITE' }), {
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
  });

  it('MEMBER_REDEVELOPMENT_RATE: members who consumed again over all members on the last day', async () => {
    // 31 Dec: M1 M2 M3 are members (M4 joins in January); M1 (R1; R5 was refunded) and M2 (R4) consumed
    expectValue(await measure(KpiCode.MEMBER_REDEVELOPMENT_RATE, DECEMBER), { numerator: 2, denominator: 3, value: 2 / 3 });
    // 30 Nov: M1 M2; M2 consumed (R3)
    expectValue(await measure(KpiCode.MEMBER_REDEVELOPMENT_RATE, NOVEMBER), { numerator: 1, denominator: 2, value: 0.5 });
    // credited to ON1: M1 and M2; ON2's only receipt was refunded
    expectValue(await measure(KpiCode.MEMBER_REDEVELOPMENT_RATE, DECEMBER, { staffId: staff.ON1 }), {
      numerator: 2,
      denominator: 3,
      value: 2 / 3,
    });
    expectValue(await measure(KpiCode.MEMBER_REDEVELOPMENT_RATE, DECEMBER, { staffId: staff.ON2 }), {
      numerator: 0,
      denominator: 3,
      value: 0,
    });
    // a department through the staff dimension: ON1 is DENTAL
    expectValue(await measure(KpiCode.MEMBER_REDEVELOPMENT_RATE, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 2,
      denominator: 3,
      value: 2 / 3,
    });
  });

  it('OLD_CUSTOMER_REPURCHASE_RATE: deals of customers who had dealt before over all deals', async () => {
    // December deals V1 (C1's first), V4 (C3 dealt at V3), V5 (C1 dealt at V1)
    expectValue(await measure(KpiCode.OLD_CUSTOMER_REPURCHASE_RATE, DECEMBER), { numerator: 2, denominator: 3, value: 2 / 3 });
    expectValue(await measure(KpiCode.OLD_CUSTOMER_REPURCHASE_RATE, NOVEMBER), { numerator: 0, denominator: 1, value: 0 });
    expectValue(await measure(KpiCode.OLD_CUSTOMER_REPURCHASE_RATE, DECEMBER, { staffId: staff.ON1 }), {
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
    expectValue(await measure(KpiCode.OLD_CUSTOMER_REPURCHASE_RATE, DECEMBER, { departmentCode: 'AESTHETIC' }), {
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });

  it('FOLLOW_UP_RATE: follow-ups done on time over those due', async () => {
    // due in December: F1 (on time), F2 (late), F3 (not done), F4 (on time)
    expectValue(await measure(KpiCode.FOLLOW_UP_RATE, DECEMBER), { numerator: 2, denominator: 4, value: 0.5 });
    expectValue(await measure(KpiCode.FOLLOW_UP_RATE, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
    });
    expectValue(await measure(KpiCode.FOLLOW_UP_RATE, DECEMBER, { staffId: staff.FU2 }), { numerator: 1, denominator: 1, value: 1 });
    expectValue(await measure(KpiCode.FOLLOW_UP_RATE, NOVEMBER), { numerator: 1, denominator: 1, value: 1 });
  });

  it('SATISFACTION: the mean score, and the share of scores of 4 or 5 against 95 %', async () => {
    // December scores 5 (F1), 3 (F2), 4 (F4): mean 4, two of three ≥ 4
    expectValue(await measure(KpiCode.SATISFACTION, DECEMBER), { numerator: 12, denominator: 3, value: 4, share: 2 / 3, target: 0.95 });
    expectValue(await measure(KpiCode.SATISFACTION, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 8,
      denominator: 2,
      value: 4,
      share: 0.5,
    });
    // November: F5 scored 2
    expectValue(await measure(KpiCode.SATISFACTION, NOVEMBER), { numerator: 2, denominator: 1, value: 2, share: 0 });
    // F2's score counts on the day it was given (9 Dec), not its due day
    expectValue(await measure(KpiCode.SATISFACTION, day('2026-12-07')), { numerator: 0, denominator: 0, value: null, share: null });
  });

  it('FRONT_DESK_PRODUCTIVITY: sales over the guides who registered visits', async () => {
    // December: 800,000 net over G1 (V1 V5) and G2 (V2 V4)
    expectValue(await measure(KpiCode.FRONT_DESK_PRODUCTIVITY, DECEMBER), { numerator: 800_000, denominator: 2, value: 400_000 });
    // DENTAL: 800,000 over G1 (V1 V5) and G2 (V4); AESTHETIC: nothing sold, G2 registered V2
    expectValue(await measure(KpiCode.FRONT_DESK_PRODUCTIVITY, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 800_000,
      denominator: 2,
      value: 400_000,
    });
    expectValue(await measure(KpiCode.FRONT_DESK_PRODUCTIVITY, DECEMBER, { departmentCode: 'AESTHETIC' }), {
      numerator: 0,
      denominator: 1,
      value: 0,
    });
    // November: V3 ¥2,000, G1 alone
    expectValue(await measure(KpiCode.FRONT_DESK_PRODUCTIVITY, NOVEMBER), { numerator: 200_000, denominator: 1, value: 200_000 });
    // a team figure: a staff scope reads the team's
    expectValue(await measure(KpiCode.FRONT_DESK_PRODUCTIVITY, DECEMBER, { staffId: staff.G1 }), {
      numerator: 800_000,
      denominator: 2,
      value: 400_000,
    });
  });

  it('MEMBER_SPEND_COMPLETION: member spend (refunds excluded) over the member spend target', async () => {
    // R1 500,000 + R4 300,000 (R5 refunded) over 2,000,000
    expectValue(await measure(KpiCode.MEMBER_SPEND_COMPLETION, DECEMBER), {
      numerator: 800_000,
      denominator: 2_000_000,
      value: 0.4,
      target: 1,
    });
    // ON1 against their 1,000,000; ON2 has no target
    expectValue(await measure(KpiCode.MEMBER_SPEND_COMPLETION, DECEMBER, { staffId: staff.ON1 }), {
      numerator: 800_000,
      denominator: 1_000_000,
      value: 0.8,
    });
    expectValue(await measure(KpiCode.MEMBER_SPEND_COMPLETION, DECEMBER, { staffId: staff.ON2 }), {
      numerator: 0,
      denominator: null,
      value: null,
      target: null,
    });
    // DENTAL through the staff dimension (ON1) against 1,600,000
    expectValue(await measure(KpiCode.MEMBER_SPEND_COMPLETION, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 800_000,
      denominator: 1_600_000,
      value: 0.5,
    });
    // the first ten days of December: R1 R4 (R5 on the 10th was refunded); 2,000,000 × 10/31
    expectValue(await measure(KpiCode.MEMBER_SPEND_COMPLETION, { from: '2026-12-01', to: '2026-12-10' }), {
      numerator: 800_000,
      denominator: (2_000_000 * 10) / 31,
      value: 800_000 / ((2_000_000 * 10) / 31),
    });
  });

  it('DATABASE_COMPLETENESS: records registered with the required fields, per hospital-local day', async () => {
    // December: C1 (complete), C2 (no region), C4 (no birth date)
    expectValue(await measure(KpiCode.DATABASE_COMPLETENESS, DECEMBER), { numerator: 1, denominator: 3, value: 1 / 3 });
    expectValue(await measure(KpiCode.DATABASE_COMPLETENESS, NOVEMBER), { numerator: 1, denominator: 1, value: 1 });
    // C4 was registered at 16:30Z on 3 Dec: 00:30 on 4 Dec in Shanghai
    expectValue(await measure(KpiCode.DATABASE_COMPLETENESS, day('2026-12-04')), { numerator: 0, denominator: 1, value: 0 });
    expectValue(await measure(KpiCode.DATABASE_COMPLETENESS, day('2026-12-03')), { numerator: 0, denominator: 0, value: null });
    // customers belong to the hospital: a department reads the hospital's figure
    expectValue(await measure(KpiCode.DATABASE_COMPLETENESS, DECEMBER, { departmentCode: 'DENTAL' }), {
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
    });
  });

  it('gives the same figures in one batch as one by one, and compares with the previous period', async () => {
    const all = Object.values(KpiCode);
    const batch = await service().measureMany(all, [DECEMBER, NOVEMBER], { departmentCode: 'DENTAL' });
    for (const code of all) {
      expect(batch.get(code)).toEqual([
        await measure(code, DECEMBER, { departmentCode: 'DENTAL' }),
        await measure(code, NOVEMBER, { departmentCode: 'DENTAL' }),
      ]);
    }
    const [onsite] = await service().summaries([KpiCode.ONSITE_DEAL_RATE], resolvePeriod({ kind: 'MONTH', date: '2026-12-31' }), {});
    expect(onsite).toMatchObject({
      period: { label: '2026-12' },
      previousPeriod: { label: '2026-11', from: '2026-11-01', to: '2026-11-30' },
    });
    // 0.75 − 1
    expect(onsite!.change).toBeCloseTo(-0.25, 9);
    const [completion] = await service().summaries(
      [KpiCode.PHONE_TO_SALE_ACHIEVEMENT],
      resolvePeriod({ kind: 'MONTH', date: '2026-12-31' }),
      {},
    );
    // November has no target: no change to give
    expect(completion!.change).toBeNull();
  });

  it('breaks a KPI down by department, staff, channel and region', async () => {
    const rows = async (code: KpiCode, dimension: 'DEPARTMENT' | 'STAFF' | 'CHANNEL' | 'REGION', scope: KpiScope = {}) =>
      Object.fromEntries(
        (await service().breakdown(code, DECEMBER, dimension, scope)).map((r) => [
          r.key,
          { label: r.label, n: r.value.numerator, d: r.value.denominator, v: r.value.value },
        ]),
      );
    expect(await rows(KpiCode.ONSITE_DEAL_RATE, 'DEPARTMENT')).toEqual({
      DENTAL: { label: 'DENTAL', n: 3, d: 3, v: 1 },
      AESTHETIC: { label: 'AESTHETIC', n: 0, d: 1, v: 0 },
    });
    // staff names come from the staff dimension
    expect(await rows(KpiCode.ONSITE_DEAL_RATE, 'STAFF')).toEqual({
      [staff.ON1]: { label: '现场顾问一', n: 2, d: 2, v: 1 },
      [staff.ON2]: { label: '现场顾问二', n: 1, d: 2, v: 0.5 },
    });
    expect(await rows(KpiCode.ONSITE_DEAL_RATE, 'STAFF', { departmentCode: 'DENTAL' })).toEqual({
      [staff.ON1]: { label: '现场顾问一', n: 2, d: 2, v: 1 },
      [staff.ON2]: { label: '现场顾问二', n: 1, d: 1, v: 1 },
    });
    // the customer's channel and region: C1 and C4 came by PHONE (浦东), C3 walked in (徐汇)
    const byChannel = await rows(KpiCode.ONSITE_DEAL_RATE, 'CHANNEL');
    expect(byChannel.PHONE).toMatchObject({ n: 2, d: 3 });
    expect(byChannel.WALK_IN).toMatchObject({ n: 1, d: 1, v: 1 });
    expect(await rows(KpiCode.ONSITE_DEAL_RATE, 'REGION')).toMatchObject({ 浦东: { n: 2, d: 3 }, 徐汇: { n: 1, d: 1 } });
    // completion per department and staff member against their own targets
    expect(await rows(KpiCode.REVENUE_COMPLETION, 'DEPARTMENT')).toEqual({
      DENTAL: { label: 'DENTAL', n: 800_000, d: 1_550_000, v: 800_000 / 1_550_000 },
    });
    const revenueByStaff = await rows(KpiCode.REVENUE_COMPLETION, 'STAFF');
    expect(revenueByStaff[staff.ON1]).toEqual({ label: '现场顾问一', n: 800_000, d: 620_000, v: 800_000 / 620_000 });
    expect(revenueByStaff[staff.ON2]).toEqual({ label: '现场顾问二', n: 0, d: null, v: null });
    expect(await rows(KpiCode.FRONT_DESK_PRODUCTIVITY, 'DEPARTMENT')).toEqual({
      DENTAL: { label: 'DENTAL', n: 800_000, d: 2, v: 400_000 },
      AESTHETIC: { label: 'AESTHETIC', n: 0, d: 1, v: 0 },
    });
    expect(await rows(KpiCode.MEMBER_SPEND_COMPLETION, 'STAFF')).toEqual({
      [staff.ON1]: { label: '现场顾问一', n: 800_000, d: 1_000_000, v: 0.8 },
    });
    const redevelopment = await rows(KpiCode.MEMBER_REDEVELOPMENT_RATE, 'STAFF');
    expect(redevelopment).toEqual({ [staff.ON1]: { label: '现场顾问一', n: 2, d: 3, v: 2 / 3 } });
    expect(await rows(KpiCode.DATABASE_COMPLETENESS, 'CHANNEL')).toEqual({
      PHONE: { label: 'PHONE', n: 1, d: 2, v: 0.5 },
      WECHAT: { label: 'WECHAT', n: 0, d: 1, v: 0 },
    });
    // breakdown rows agree with measuring each key
    for (const [key, row] of Object.entries(await rows(KpiCode.BOOKING_DEAL_RATE, 'STAFF'))) {
      const single = await measure(KpiCode.BOOKING_DEAL_RATE, DECEMBER, { staffId: key });
      expect([row.n, row.d]).toEqual([single.numerator, single.denominator]);
    }
  });

  it('gives a trend of the periods up to the selected one, and the funnel', async () => {
    const december = resolvePeriod({ kind: 'MONTH', date: '2026-12-15' });
    const trend = await service().trend(KpiCode.ONSITE_DEAL_RATE, december, 3, {});
    // October: no visits; November V3 dealt; December 3 of 4
    expect(trend.map((p) => [p.label, p.value.numerator, p.value.denominator, p.value.value])).toEqual([
      ['2026-10', 0, 0, null],
      ['2026-11', 1, 1, 1],
      ['2026-12', 3, 4, 0.75],
    ]);
    // member KPIs trend from the same rollups as measure
    const members = await service().trend(KpiCode.MEMBER_REDEVELOPMENT_RATE, december, 2, { staffId: staff.ON1 });
    expect(members.map((p) => p.value)).toEqual([
      await measure(KpiCode.MEMBER_REDEVELOPMENT_RATE, NOVEMBER, { staffId: staff.ON1 }),
      await measure(KpiCode.MEMBER_REDEVELOPMENT_RATE, DECEMBER, { staffId: staff.ON1 }),
    ]);
    const spend = await service().trend(KpiCode.MEMBER_SPEND_COMPLETION, december, 2, {});
    expect(spend.map((p) => [p.value.numerator, p.value.denominator, p.value.value])).toEqual([
      [200_000, null, null],
      [800_000, 2_000_000, 0.4],
    ]);
    // consultations Q1 Q2 Q3, bookings A1 A2 A3, arrivals V1 V2 V4 V5, deals V1 V4 V5
    expect(await service().funnel(DECEMBER, null)).toEqual({ consultations: 3, bookings: 3, arrivals: 4, deals: 3 });
    expect(await service().funnel(DECEMBER, 'DENTAL')).toEqual({ consultations: 2, bookings: 2, arrivals: 3, deals: 3 });
  });
});
