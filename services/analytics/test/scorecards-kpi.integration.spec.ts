import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@careline/service-kit';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { kpiDeps, scorecardsDeps } from '../src/modules/scorecards/scorecards.deps.js';
import { analyticsService } from '../src/service.js';
import { staff } from './support.js';

const SCORECARDS = `query ($month: YearMonth!, $position: String!) { scorecards(month: $month, positionCode: $position) {
  rows { staffName total rank items { code value target score status } } } }`;
const TEMPLATES = `query { scorecardTemplates { positionCode
  items { code kind kpiCode nameZh nameEn weight scope figure variant target } } }`;
const UPDATE = `mutation ($input: UpdateScorecardTemplateInput!) { updateScorecardTemplate(input: $input) {
  items { code kind kpiCode nameZh nameEn weight scope figure variant target } } }`;
const JUDGE = `mutation ($input: SetJudgedScoreInput!) { setJudgedScore(input: $input) { staffId } }`;
const EXPORT = `query ($month: YearMonth!) { exportMonthlyAnalysis(month: $month) { contentBase64 } }`;

const director = staff('OPS_DIRECTOR', 'OPERATIONS', '运营总监');

describe('绩效考核 measured by KpiService from the rollups', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const consultant = newId();

  beforeAll(async () => {
    scorecardsDeps.current = kpiDeps;
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    const em = analytics.orm.em.fork();
    const row = (metric: string, day: string, dim: string, key: string, value: number) =>
      em.execute(`insert into analytics.kpi_daily (metric, day, department, dim, dim_key, value) values (?, ?, 'CONSULTATION', ?, ?, ?)`, [
        metric,
        day,
        dim,
        key,
        value,
      ]);
    // the consultant's November: ¥9,000 of phone-converted sales against a ¥10,000 target, 3 of 10 visits phone-converted,
    // 1 complaint over 50 consultations, 2 of 5 bookings dealt
    for (const [metric, value] of [
      ['PHONE_CONVERTED_SALES_FEN', 900_000],
      ['PHONE_CONVERTED_VISITS', 3],
      ['OUTPATIENT_VISITS', 10],
      ['COMPLAINTS', 1],
      ['CONSULTATIONS', 50],
      ['BOOKINGS_DEALT', 2],
      ['BOOKINGS', 5],
    ] as const) {
      await row(metric, '2026-11-03', 'STAFF', consultant, value);
      await row(metric, '2026-11-03', 'ALL', '', value);
    }
    await em.execute(
      `insert into analytics.monthly_target (month, metric, department_code, staff_id, amount_fen, updated_at) values ('2026-11', 'PHONE_TO_SALE', 'CONSULTATION', ?, 1000000, now())`,
      [consultant],
    );
    const { errors } = await analytics.request(
      JUDGE,
      {
        input: {
          month: '2026-11',
          staffId: consultant,
          staffName: '电咨甲',
          positionCode: 'PHONE_CONSULTANT',
          departmentCode: 'CONSULTATION',
          scores: [{ itemCode: 'CONDUCT', score: 80 }],
        },
      },
      undefined,
      director,
    );
    expect(errors).toBeUndefined();
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('reads each measured item of the staff member through KpiService.measure', async () => {
    const { data, errors } = await analytics.request(SCORECARDS, { month: '2026-11', position: 'PHONE_CONSULTANT' }, undefined, director);
    expect(errors).toBeUndefined();
    const [row] = data.scorecards.rows;
    // 9,000 / 10,000 = 0.9 against 100 % → 90 × 25 %; the rates against the registry's default targets: 3 of the
    // hospital's 10 visits = 0.3 against 25 % → 120 (capped) × 20 %, 0.02 against 1 % → 50 × 20 %, 0.4 against 50 % → 80 × 15 %;
    // conduct 80 × 20 %
    expect(
      row.items.map((i: { code: string; value: number | null; target: number | null; score: number; status: string }) => [
        i.code,
        i.value,
        i.target,
        i.score,
        i.status,
      ]),
    ).toEqual([
      ['PHONE_TO_SALE_ACHIEVEMENT', 0.9, 1, 90, 'OK'],
      ['PHONE_TO_OUTPATIENT_RATE', 0.3, 0.25, 120, 'OK'],
      ['COMPLAINT_RATE', 0.02, 0.01, 50, 'OK'],
      ['BOOKING_DEAL_RATE', 0.4, 0.5, 80, 'OK'],
      ['CONDUCT', 80, null, 80, 'OK'],
    ]);
    expect(row).toMatchObject({ staffName: '电咨甲', total: 22.5 + 24 + 10 + 12 + 16, rank: 1 });
  });

  it('keeps every seeded template valid against the registry: each saves unchanged through updateScorecardTemplate', async () => {
    const { data, errors } = await analytics.request(TEMPLATES, {}, undefined, director);
    expect(errors).toBeUndefined();
    const templates = data.scorecardTemplates as { positionCode: string; items: Record<string, unknown>[] }[];
    expect(templates.map((t) => t.positionCode)).toContain('OPS_MANAGER');
    for (const template of templates) {
      const items = template.items.map(({ code, kind, kpiCode, nameZh, nameEn, weight, scope, figure, variant, target }) => ({
        code,
        kind,
        kpiCode,
        nameZh,
        nameEn,
        weight,
        scope,
        figure,
        variant,
        target,
      }));
      const saved = await analytics.request(UPDATE, { input: { positionCode: template.positionCode, items } }, undefined, director);
      // the customer-service manager's failed here with SCOPE_UNSUPPORTED before issue 20
      expect(saved.errors, template.positionCode).toBeUndefined();
      expect(saved.data.updateScorecardTemplate.items, template.positionCode).toEqual(template.items);
    }
  });

  it('exports the month from the same KpiService (trends through measureMany)', async () => {
    const { data, errors } = await analytics.request(EXPORT, { month: '2026-11' }, undefined, director);
    expect(errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data.exportMonthlyAnalysis.contentBase64, 'base64') as never);
    const kpis = workbook.getWorksheet('KPI与目标')!;
    const codes: unknown[] = [];
    kpis.eachRow((r, n) => n > 1 && codes.push(r.getCell(1).value));
    expect(codes).toHaveLength(18); // 17 KPIs and satisfaction's share
    const visits = codes.indexOf('PHONE_CONVERTED_VISITS') + 2;
    expect(kpis.getRow(visits).getCell(5).value).toBe(3);
    const trends = workbook.getWorksheet('日趋势')!;
    const header = (trends.getRow(1).values as unknown[]).indexOf('电话咨询来院量（数量）');
    expect(trends.getRow(4).getCell(1).value).toBe('2026-11-03');
    expect(trends.getRow(4).getCell(header).value).toBe(3);
    expect(trends.getRow(5).getCell(header).value).toBe(0);
  });
});
