import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@careline/service-kit';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { analyticsService } from '../src/service.js';
import { FUNNEL, KPI_DETAIL, KPIS } from './kpi-documents.js';
import { kpiHistory } from './kpi-history.js';
import { applyHistory, setUpTargets } from './kpi-setup.js';
import { staff } from './support.js';

const DECEMBER = { kind: 'MONTH', date: '2026-12-04' };

/** The dashboard's own operations on the hand-built history (kpi-history.ts), per caller. */
describe('the KPI dashboard through GraphQL', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const history = kpiHistory();
  const dentalAdmin = staff('DEPT_ADMIN', 'DENTAL', '口腔科主任');
  const ok = async (query: string, variables: Record<string, unknown>, as: Caller) => {
    const { data, errors } = await analytics.request(query, variables, undefined, as);
    expect(errors).toBeUndefined();
    return data;
  };
  const card = (kpis: { code: string }[], code: string) => kpis.find((k) => k.code === code) as any;

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

  it('gives the director the hospital or any department, and a department admin only their own', async () => {
    const hospital = (await ok(KPIS, { period: DECEMBER }, testCallers.director)).kpis;
    expect(hospital).toHaveLength(17);
    // hospital: V1 V4 V5 dealt of V1 V2 V4 V5; November V3 of V3
    expect(card(hospital, 'ONSITE_DEAL_RATE')).toMatchObject({
      period: { kind: 'MONTH', from: '2026-12-01', to: '2026-12-31', label: '2026-12' },
      previousPeriod: { kind: 'MONTH', from: '2026-11-01', to: '2026-11-30', label: '2026-11' },
      current: { numerator: 3, denominator: 4, value: 0.75, target: 0.5 },
      previous: { numerator: 1, denominator: 1, value: 1 },
      change: -0.25,
      definition: { code: 'ONSITE_DEAL_RATE', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER' },
    });
    expect(card(hospital, 'SATISFACTION').current).toEqual({ numerator: 12, denominator: 3, value: 4, target: 0.95 });

    // the department admin asks for nothing and gets DENTAL: V1 V4 V5, all dealt; revenue against DENTAL's 1,550,000
    const dental = (await ok(KPIS, { period: DECEMBER }, dentalAdmin)).kpis;
    expect(card(dental, 'ONSITE_DEAL_RATE').current).toMatchObject({ numerator: 3, denominator: 3, value: 1 });
    expect(card(dental, 'REVENUE_COMPLETION').current).toMatchObject({ numerator: 800_000, denominator: 1_550_000 });
    expect((await ok(KPIS, { period: DECEMBER, departmentCode: 'DENTAL' }, testCallers.director)).kpis).toEqual(dental);

    // the director switches to AESTHETIC: V2, not dealt
    const aesthetic = (await ok(KPIS, { period: DECEMBER, departmentCode: 'AESTHETIC' }, testCallers.director)).kpis;
    expect(card(aesthetic, 'ONSITE_DEAL_RATE').current).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    const { errors } = await analytics.request(KPIS, { period: DECEMBER, departmentCode: 'AESTHETIC' }, undefined, dentalAdmin);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' } });

    // a staff member of the admin's department: ON1 received V1 and V4, both dealt
    const on1 = (await ok(KPIS, { period: DECEMBER, staffId: history.staff.ON1 }, dentalAdmin)).kpis;
    expect(card(on1, 'ONSITE_DEAL_RATE').current).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
    // ON2 is AESTHETIC staff (staff dimension): not for the DENTAL admin
    const refused = await analytics.request(KPIS, { period: DECEMBER, staffId: history.staff.ON2 }, undefined, dentalAdmin);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'staffId' } });
    // the director may read ON2's work within DENTAL: V5, dealt (V2 in AESTHETIC left out)
    const on2 = (await ok(KPIS, { period: DECEMBER, staffId: history.staff.ON2, departmentCode: 'DENTAL' }, testCallers.director)).kpis;
    expect(card(on2, 'ONSITE_DEAL_RATE').current).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('breaks down and trends one KPI within the caller’s scope, and gives the funnel', async () => {
    const detail = async (variables: Record<string, unknown>, as: Caller) =>
      (await ok(KPI_DETAIL, { code: 'ONSITE_DEAL_RATE', period: DECEMBER, points: 3, ...variables }, as)).kpi;
    const byDepartment = await detail({ dimension: 'DEPARTMENT' }, testCallers.director);
    expect(byDepartment.breakdown.map((r: any) => [r.key, r.value.numerator, r.value.denominator])).toEqual([
      ['AESTHETIC', 0, 1],
      ['DENTAL', 3, 3],
    ]);
    expect(byDepartment.trend.map((p: any) => [p.from, p.to, p.value.value])).toEqual([
      ['2026-10-01', '2026-10-31', null],
      ['2026-11-01', '2026-11-30', 1],
      ['2026-12-01', '2026-12-31', 0.75],
    ]);
    // the department admin's breakdown holds their department only, and their staff's work in it
    expect((await detail({ dimension: 'DEPARTMENT' }, dentalAdmin)).breakdown.map((r: any) => r.key)).toEqual(['DENTAL']);
    const staffRows = (await detail({ dimension: 'STAFF' }, dentalAdmin)).breakdown;
    expect(Object.fromEntries(staffRows.map((r: any) => [r.key, [r.label, r.value.numerator, r.value.denominator]]))).toEqual({
      [history.staff.ON1]: ['现场顾问一', 2, 2],
      [history.staff.ON2]: ['现场顾问二', 1, 1],
    });
    expect((await ok(FUNNEL, { period: DECEMBER }, testCallers.director)).funnel).toEqual({
      consultations: 3,
      bookings: 3,
      arrivals: 4,
      deals: 3,
      period: { kind: 'MONTH', from: '2026-12-01', to: '2026-12-31', label: '2026-12' },
    });
    expect((await ok(FUNNEL, { period: DECEMBER }, dentalAdmin)).funnel).toMatchObject({
      consultations: 2,
      bookings: 2,
      arrivals: 3,
      deals: 3,
    });
  });

  it('reads every KPI with the same few statements whatever the period length, scope or data', async () => {
    const statementsOf = async (variables: Record<string, unknown>, as: Caller) => {
      analytics.resetQueries();
      await ok(KPIS, variables, as);
      return [...analytics.queries];
    };
    const day = await statementsOf({ period: { kind: 'DAY', date: '2026-12-07' } }, testCallers.director);
    const month = await statementsOf({ period: DECEMBER }, testCallers.director);
    const year = await statementsOf({ period: { kind: 'CUSTOM', date: '2026-01-01', to: '2026-12-31' } }, testCallers.director);
    const department = await statementsOf({ period: DECEMBER }, dentalAdmin);
    // one kpi_daily statement for all 17 KPIs and both periods, one for the targets, two each for member spend and redevelopment
    for (const statements of [day, month, year, department]) {
      expect(statements.filter((sql) => sql.includes('kpi_daily'))).toHaveLength(1);
      expect(statements.filter((sql) => sql.includes('monthly_target'))).toHaveLength(1);
      expect(statements.length).toBe(day.length);
    }
    expect(day.length).toBeLessThanOrEqual(6);

    // a trend of 3 or 12 points, and a breakdown: one statement per source as well
    const detail = async (code: string, points: number, dimension: string) => {
      analytics.resetQueries();
      await ok(KPI_DETAIL, { code, period: DECEMBER, points, dimension }, testCallers.director);
      return analytics.queries.length;
    };
    expect(await detail('REVENUE_COMPLETION', 12, 'STAFF')).toBe(await detail('REVENUE_COMPLETION', 3, 'STAFF'));
    expect(await detail('MEMBER_SPEND_COMPLETION', 12, 'STAFF')).toBe(await detail('MEMBER_SPEND_COMPLETION', 3, 'STAFF'));
  });
});
