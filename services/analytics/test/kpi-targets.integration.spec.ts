import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@careline/service-kit';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { analyticsService } from '../src/service.js';
import { KPIS, MONTHLY_TARGETS, SET_MONTHLY_TARGET } from './kpi-documents.js';
import { auditProbe, staff } from './support.js';

describe('monthly targets: set by the director, read per department, used by the completion KPIs', () => {
  let db: TestDatabase;
  let analytics: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const director = staff('OPS_DIRECTOR', 'OPERATIONS', '运营总监');
  const set = (input: Record<string, unknown>, as = director) => analytics.request(SET_MONTHLY_TARGET, { input }, undefined, as);

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    audit = await auditProbe(analytics);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('upserts a target idempotently and audits each change once', async () => {
    const first = await set({ month: '2026-12', metric: 'REVENUE', departmentCode: '', amountFen: 3_100_000 });
    expect(first.errors).toBeUndefined();
    expect(first.data.setMonthlyTarget).toMatchObject({
      month: '2026-12',
      metric: 'REVENUE',
      departmentCode: '',
      staffId: null,
      amountFen: 3_100_000,
      updatedBy: director.id,
    });
    const again = await set({ month: '2026-12', metric: 'REVENUE', departmentCode: '', staffId: null, amountFen: 3_100_000 });
    // the same amount again changes nothing, not even the time it was set
    expect(again.data.setMonthlyTarget).toEqual(first.data.setMonthlyTarget);
    const changed = await set({ month: '2026-12', metric: 'REVENUE', departmentCode: '', amountFen: 3_200_000 });
    expect(changed.data.setMonthlyTarget).toMatchObject({ amountFen: 3_200_000 });
    expect(Date.parse(changed.data.setMonthlyTarget.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.data.setMonthlyTarget.updatedAt));

    const rows = await analytics.orm.em
      .getConnection()
      .execute(`select count(*)::int as n from analytics.monthly_target where month = '2026-12' and metric = 'REVENUE'`);
    expect(rows[0]!.n).toBe(1);
    const entries = await eventually(async () => {
      const found = await audit.entriesOf(director.id!);
      return found.length >= 2 && found;
    });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      service: 'analytics',
      operation: 'mutation setMonthlyTarget',
      targetType: 'MonthlyTarget',
      targetIds: ['2026-12/REVENUE//'],
      fields: ['amountFen'],
      outcome: 'SUCCESS',
    });
  });

  it('keeps department and staff targets apart, staff ids in lower case', async () => {
    const staffId = newId();
    await set({ month: '2026-12', metric: 'MEMBER_SPEND', departmentCode: 'DENTAL', amountFen: 1_600_000 });
    const own = await set({
      month: '2026-12',
      metric: 'MEMBER_SPEND',
      departmentCode: 'DENTAL',
      staffId: staffId.toUpperCase(),
      amountFen: 1_000_000,
    });
    expect(own.data.setMonthlyTarget).toMatchObject({ departmentCode: 'DENTAL', staffId, amountFen: 1_000_000 });
    await set({ month: '2026-12', metric: 'PHONE_TO_SALE', departmentCode: 'AESTHETIC', amountFen: 0 });
    await set({ month: '2026-11', metric: 'REVENUE', departmentCode: 'DENTAL', amountFen: 5 });

    const list = async (variables: Record<string, unknown>, as = director) => {
      const { data, errors } = await analytics.request(MONTHLY_TARGETS, variables, undefined, as);
      expect(errors).toBeUndefined();
      return data.monthlyTargets.map((t: { metric: string; departmentCode: string; staffId: string | null; amountFen: number }) => [
        t.metric,
        t.departmentCode,
        t.staffId,
        t.amountFen,
      ]);
    };
    expect(await list({ month: '2026-12' })).toEqual([
      ['MEMBER_SPEND', 'DENTAL', null, 1_600_000],
      ['MEMBER_SPEND', 'DENTAL', staffId, 1_000_000],
      ['PHONE_TO_SALE', 'AESTHETIC', null, 0],
      ['REVENUE', '', null, 3_200_000],
    ]);
    expect(await list({ month: '2026-12', departmentCode: 'DENTAL' })).toEqual([
      ['MEMBER_SPEND', 'DENTAL', null, 1_600_000],
      ['MEMBER_SPEND', 'DENTAL', staffId, 1_000_000],
    ]);
    // a department admin sees their own department's, asked or not
    const admin = staff('DEPT_ADMIN', 'AESTHETIC');
    expect(await list({ month: '2026-12' }, admin)).toEqual([['PHONE_TO_SALE', 'AESTHETIC', null, 0]]);
    expect(await list({ month: '2026-12', departmentCode: 'AESTHETIC' }, admin)).toEqual([['PHONE_TO_SALE', 'AESTHETIC', null, 0]]);
    const { errors } = await analytics.request(MONTHLY_TARGETS, { month: '2026-12', departmentCode: 'DENTAL' }, undefined, admin);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' } });
  });

  it('refuses a bad month, amount, metric or staff id with BAD_USER_INPUT naming the field', async () => {
    const base = { month: '2026-12', metric: 'REVENUE', departmentCode: 'DENTAL', amountFen: 100 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, month: '2026-13' }, 'month'],
      [{ ...base, month: '2026-1' }, 'month'],
      [{ ...base, month: 'December' }, 'month'],
      [{ ...base, amountFen: -1 }, 'input.amountFen'],
      [{ ...base, staffId: 'somebody' }, 'input.staffId'],
    ];
    for (const [input, field] of cases) {
      const { data, errors } = await set(input);
      expect(data?.setMonthlyTarget ?? null, JSON.stringify(input)).toBeNull();
      expect(errors?.[0], JSON.stringify(input)).toMatchObject({
        path: ['setMonthlyTarget'],
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    // an unknown metric, and a fraction of a fen, are refused by the schema itself (the Fen scalar)
    const { errors } = await set({ ...base, metric: 'PROFIT' });
    expect(errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const fraction = await set({ ...base, amountFen: 10.5 });
    expect(fraction.data?.setMonthlyTarget ?? null).toBeNull();
    expect(fraction.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(fraction.errors?.[0].message).toMatch(/Fen/);
    const rows = await analytics.orm.em
      .getConnection()
      .execute(
        `select count(*)::int as n from analytics.monthly_target where department_code = 'DENTAL' and metric = 'REVENUE' and month = '2026-12'`,
      );
    expect(rows[0]!.n).toBe(0);
  });

  it('measures the completion KPIs against the target just set, pro-rated to the period', async () => {
    const revenue = async (period: Record<string, unknown>) => {
      const { data, errors } = await analytics.request(KPIS, { period }, undefined, director);
      expect(errors).toBeUndefined();
      return data.kpis.find((k: { code: string }) => k.code === 'REVENUE_COMPLETION');
    };
    // no front-line facts: nothing earned against 3,200,000
    expect((await revenue({ kind: 'MONTH', date: '2026-12-01' })).current).toEqual({
      numerator: 0,
      denominator: 3_200_000,
      value: 0,
      target: 1,
    });
    // one day of December carries 1/31 of it
    expect((await revenue({ kind: 'DAY', date: '2026-12-24' })).current.denominator).toBeCloseTo(3_200_000 / 31, 6);
    // November has no hospital revenue target
    expect((await revenue({ kind: 'MONTH', date: '2026-12-01' })).previous).toEqual({
      numerator: 0,
      denominator: null,
      value: null,
      target: null,
    });
    await set({ month: '2026-11', metric: 'REVENUE', departmentCode: '', amountFen: 3_000_000 });
    // week 49: 3,000,000 × 1/30 + 3,200,000 × 6/31
    expect((await revenue({ kind: 'WEEK', date: '2026-12-02' })).current.denominator).toBeCloseTo(100_000 + (3_200_000 * 6) / 31, 6);
  });
});
