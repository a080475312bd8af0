import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { analyticsService } from '../src/service.js';
import { KPI_REGISTRY } from '../src/modules/kpi/kpi-registry.js';
import { FUNNEL, KPI_DEFINITIONS, KPI_DETAIL, KPIS, MONTHLY_TARGETS, SET_MONTHLY_TARGET } from './kpi-documents.js';
import { auditProbe, partner, staff } from './support.js';

const DECEMBER = { kind: 'MONTH', date: '2026-12-04' };

describe('who may read KPIs and targets, and what a bad request gets', () => {
  let db: TestDatabase;
  let analytics: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    audit = await auditProbe(analytics);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  const operations = [
    { name: 'kpiDefinitions', query: KPI_DEFINITIONS, variables: {} },
    { name: 'kpis', query: KPIS, variables: { period: DECEMBER } },
    { name: 'kpi', query: KPI_DETAIL, variables: { code: 'ONSITE_DEAL_RATE', period: DECEMBER, dimension: 'STAFF', points: 3 } },
    { name: 'funnel', query: FUNNEL, variables: { period: DECEMBER } },
    { name: 'monthlyTargets', query: MONTHLY_TARGETS, variables: { month: '2026-12' } },
  ];

  it('answers UNAUTHENTICATED to an anonymous caller', async () => {
    const { errors } = await analytics.request(KPIS, { period: DECEMBER }, undefined, testCallers.anonymous);
    expect(errors?.[0]).toMatchObject({ path: ['kpis'], extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses staff, finance, auditors and partners with FORBIDDEN and records each denial', async () => {
    for (const caller of [staff('STAFF', 'DENTAL'), staff('FINANCE', 'FINANCE'), staff('AUDITOR', 'OPERATIONS'), partner(newId())]) {
      for (const op of operations) {
        const { data, errors } = await analytics.request(op.query, op.variables, undefined, caller);
        expect(data?.[op.name] ?? null, `${caller.role ?? caller.kind} ${op.name}`).toBeNull();
        expect(errors?.[0]).toMatchObject({ path: [op.name], extensions: { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' } });
      }
      const entries = await eventually(async () => {
        const found = await audit.entriesOf(caller.id!);
        return found.length >= operations.length && found;
      });
      expect(entries.map((e) => e.operation).sort()).toEqual(operations.map((op) => `query ${op.name}`).sort());
      expect(entries.every((e) => e.outcome === 'DENIED' && e.service === 'analytics')).toBe(true);
    }
  });

  it('gives the director and department admins the registry as it is defined', async () => {
    for (const caller of [testCallers.director, testCallers.csAdmin]) {
      const { data, errors } = await analytics.request(KPI_DEFINITIONS, {}, undefined, caller);
      expect(errors).toBeUndefined();
      expect(data.kpiDefinitions).toEqual(
        KPI_REGISTRY.map((e) => ({
          code: e.code,
          nameZh: e.nameZh,
          nameEn: e.nameEn,
          numerator: e.numeratorText,
          denominator: e.denominatorText,
          unit: e.unit,
          direction: e.direction,
          dimensions: [...e.dimensions],
          defaultTarget: e.defaultTarget,
        })),
      );
    }
  });

  it('limits a department admin to their own department: another one is FORBIDDEN and audited, none means theirs', async () => {
    const admin = staff('DEPT_ADMIN', 'DENTAL');
    for (const op of operations.filter((o) => o.name !== 'kpiDefinitions')) {
      const { data, errors } = await analytics.request(op.query, { ...op.variables, departmentCode: 'AESTHETIC' }, undefined, admin);
      expect(data?.[op.name] ?? null, op.name).toBeNull();
      expect(errors?.[0], op.name).toMatchObject({
        path: [op.name],
        extensions: { code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT', field: 'departmentCode' },
      });
    }
    const entries = await eventually(async () => {
      const found = await audit.entriesOf(admin.id!);
      return found.length >= 4 && found;
    });
    expect(entries.every((e) => e.outcome === 'DENIED' && e.targetIds.includes('AESTHETIC'))).toBe(true);

    for (const departmentCode of ['DENTAL', null]) {
      const { data, errors } = await analytics.request(KPIS, { period: DECEMBER, departmentCode }, undefined, admin);
      expect(errors).toBeUndefined();
      expect(data.kpis).toHaveLength(17);
    }
    // the director sets targets; a department admin may not
    const { errors } = await analytics.request(
      SET_MONTHLY_TARGET,
      { input: { month: '2026-12', metric: 'REVENUE', departmentCode: 'DENTAL', amountFen: 100 } },
      undefined,
      admin,
    );
    expect(errors?.[0]).toMatchObject({ path: ['setMonthlyTarget'], extensions: { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' } });
  });

  it('refuses a department admin a staff member the staff dimension places in another department', async () => {
    const other = newId();
    await analytics.orm.em.getConnection().execute(
      `insert into analytics.staff_dim (staff_id, name, department_id, department_code, position_code, role, active, changed_at)
       values (?, '美容顾问', 'AESTHETIC', 'AESTHETIC', 'ONSITE_CONSULTANT', 'STAFF', true, now())`,
      [other],
    );
    const admin = staff('DEPT_ADMIN', 'DENTAL');
    const { errors } = await analytics.request(KPIS, { period: DECEMBER, staffId: other }, undefined, admin);
    expect(errors?.[0]).toMatchObject({ path: ['kpis'], extensions: { code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT', field: 'staffId' } });
    const { errors: directorErrors } = await analytics.request(KPIS, { period: DECEMBER, staffId: other }, undefined, testCallers.director);
    expect(directorErrors).toBeUndefined();
  });

  it('answers BAD_USER_INPUT naming the field for a bad period, dimension, trend length or month', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [KPIS, { period: { kind: 'DAY', date: '2026-02-30' } }, 'kpis', 'period.date'],
      [KPIS, { period: { kind: 'MONTH', date: '2026/12/01' } }, 'kpis', 'period.date'],
      [KPIS, { period: { kind: 'CUSTOM', date: '2026-12-01' } }, 'kpis', 'period.to'],
      [KPIS, { period: { kind: 'CUSTOM', date: '2026-12-10', to: '2026-12-01' } }, 'kpis', 'period.to'],
      [KPIS, { period: { kind: 'CUSTOM', date: '2026-01-01', to: '2027-06-30' } }, 'kpis', 'period.to'],
      [FUNNEL, { period: { kind: 'WEEK', date: 'yesterday' } }, 'funnel', 'period.date'],
      [KPI_DETAIL, { code: 'FRONT_DESK_PRODUCTIVITY', period: DECEMBER, dimension: 'CHANNEL', points: 3 }, 'kpi', 'dimension'],
      [KPI_DETAIL, { code: 'ONSITE_DEAL_RATE', period: DECEMBER, dimension: 'TIER', points: 3 }, 'kpi', 'dimension'],
      [KPI_DETAIL, { code: 'ONSITE_DEAL_RATE', period: DECEMBER, dimension: 'STAFF', points: 0 }, 'kpi', 'points'],
      [MONTHLY_TARGETS, { month: '2026-13' }, 'monthlyTargets', 'month'],
    ];
    for (const [query, variables, field, name] of cases) {
      const { errors } = await analytics.request(query, variables, undefined, testCallers.director);
      expect(errors?.[0], JSON.stringify(variables)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: name } });
      expect(errors?.[0].path?.[0]).toBe(field);
    }
  });
});
