import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Caller } from '@careline/service-kit';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { scorecardsDeps } from '../src/modules/scorecards/scorecards.deps.js';
import { analyticsService } from '../src/service.js';
import { tableMeasure, testDeps, testRegistry } from './scorecards-support.js';
import { auditProbe, staff } from './support.js';

const EXPORT = `query ($month: YearMonth!) { exportMonthlyAnalysis(month: $month) { month filename contentBase64 sheets } }`;
const JUDGE = `mutation ($input: SetJudgedScoreInput!) { setJudgedScore(input: $input) { staffId } }`;

const NOV = '2026-11-01~2026-11-30';
const OCT = '2026-10-01~2026-10-31';
const director = staff('OPS_DIRECTOR', 'OPERATIONS', '运营总监');

/** Rows of a sheet as objects keyed by the header row (row 1). */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

describe('月度经营分析 export', () => {
  let db: TestDatabase;
  let analytics: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const consultant = newId();
  const { measure } = tableMeasure({
    [`REVENUE_COMPLETION||${NOV}`]: 0.8,
    [`REVENUE_COMPLETION||${OCT}`]: 0.75,
    [`FRONT_DESK_PRODUCTIVITY||${NOV}`]: 1_234_567,
    [`FRONT_DESK_PRODUCTIVITY||${OCT}`]: 1_000_000,
    [`COMPLAINT_RATE||${NOV}`]: 0.02,
    [`SATISFACTION||${NOV}`]: { value: 4.5, share: 0.9 },
    [`SATISFACTION||${OCT}`]: { value: 4.2, share: 0.8 },
    [`PHONE_CONVERTED_VISITS||2026-11-03~2026-11-03`]: 7,
    [`PHONE_CONVERTED_VISITS||2026-11-30~2026-11-30`]: 4,
    [`ONSITE_DEAL_RATE|ONSITE|${NOV}`]: 0.55,
    [`REVENUE_COMPLETION|ONSITE|${NOV}`]: 0.9,
    [`ONSITE_DEAL_RATE|${consultant}|${NOV}`]: 0.5,
  });

  beforeAll(async () => {
    scorecardsDeps.current = () => testDeps(measure);
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    audit = await auditProbe(analytics);
    const em = analytics.orm.em.fork();
    // departments with figures in November (any kpi_daily row names them)
    await em.execute(`insert into analytics.kpi_daily (metric, day, department, dim, dim_key, value) values
      ('OUTPATIENT_VISITS', '2026-11-02', 'ONSITE', 'ALL', '', 3), ('CONSULTATIONS', '2026-11-05', 'CONSULTATION', 'ALL', '', 9)`);
    // complaint facts (analytics' own care facts): 3 service-attitude (2 closed), 1 billing, a suggestion and an October one left out;
    // 16:30Z on 31 Oct is 1 Nov in Shanghai, 16:30Z on 30 Nov is 1 Dec
    const complaint = (category: string, receivedAt: string, closedAt: string | null, kind = 'COMPLAINT') =>
      em.execute(`insert into analytics.care_fact (kind, fact_id, subject, data) values ('complaint', ?, ?, ?::jsonb)`, [
        newId(),
        newId(),
        JSON.stringify({ receivedAt, closedAt, category, complaintKind: kind, departmentCode: 'ONSITE' }),
      ]);
    await complaint('SERVICE_ATTITUDE', '2026-10-31T16:30:00Z', '2026-11-01T02:30:00Z');
    await complaint('SERVICE_ATTITUDE', '2026-11-10T02:00:00Z', '2026-11-10T06:00:00Z');
    await complaint('SERVICE_ATTITUDE', '2026-11-12T02:00:00Z', null);
    await complaint('BILLING', '2026-11-20T02:00:00Z', null);
    await complaint('WAITING_TIME', '2026-11-20T02:00:00Z', null, 'SUGGESTION');
    await complaint('GIFT_ISSUE', '2026-11-30T16:30:00Z', null);
    await complaint('GIFT_ISSUE', '2026-10-15T02:00:00Z', null);
    const { errors } = await analytics.request(
      JUDGE,
      {
        input: {
          month: '2026-11',
          staffId: consultant,
          staffName: '现场甲',
          positionCode: 'ONSITE_CONSULTANT',
          departmentCode: 'ONSITE',
          scores: [{ itemCode: 'CONDUCT', score: 90 }],
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

  it('is for the director only: a department admin is FORBIDDEN', async () => {
    for (const caller of [staff('DEPT_ADMIN', 'ONSITE'), staff('FINANCE', 'FINANCE')] as Caller[]) {
      const { data, errors } = await analytics.request(EXPORT, { month: '2026-11' }, undefined, caller);
      expect(data?.exportMonthlyAnalysis ?? null).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const { errors } = await analytics.request(EXPORT, { month: '2026-1' }, undefined, director);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  it('opens with exceljs and holds the sheets and the month’s figures', async () => {
    const { data, errors } = await analytics.request(EXPORT, { month: '2026-11' }, undefined, director);
    expect(errors).toBeUndefined();
    const file = data.exportMonthlyAnalysis;
    expect(file).toMatchObject({
      month: '2026-11',
      filename: '月度经营分析-2026-11.xlsx',
      sheets: ['KPI与目标', '日趋势', '部门分解', '绩效考核', '投诉分类', '说明'],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(file.sheets);

    // KPIs: every registry KPI once (SATISFACTION with its share row), this month, target, previous month and change
    const kpis = rowsOf(workbook.getWorksheet('KPI与目标')!);
    expect(kpis.map((r) => r['指标代码'])).toEqual(testRegistry.flatMap((k) => (k.hasShare ? [k.code, `${k.code}_SHARE`] : [k.code])));
    const kpi = (code: string) => kpis.find((r) => r['指标代码'] === code)!;
    expect(kpi('REVENUE_COMPLETION')).toMatchObject({
      指标: '营业收入完成率',
      单位: '%',
      '本月（2026-11）': 0.8,
      目标: 1,
      '上月（2026-10）': 0.75,
      方向: '越高越好',
    });
    expect(kpi('REVENUE_COMPLETION')['环比变化'] as number).toBeCloseTo(0.05, 10);
    // money in yuan: 1,234,567 fen → 12,345.67
    expect(kpi('FRONT_DESK_PRODUCTIVITY')).toMatchObject({
      单位: '元',
      '本月（2026-11）': 12345.67,
      '上月（2026-10）': 10000,
      环比变化: 2345.67,
    });
    expect(kpi('COMPLAINT_RATE')).toMatchObject({ 方向: '越低越好', '本月（2026-11）': 0.02, '上月（2026-10）': null, 环比变化: null });
    expect(kpi('SATISFACTION_SHARE')).toMatchObject({ '本月（2026-11）': 0.9, 目标: 0.95, '上月（2026-10）': 0.8 });

    // trends: one row per day of November, in the hospital's calendar
    const trends = rowsOf(workbook.getWorksheet('日趋势')!);
    expect(trends).toHaveLength(30);
    expect(trends[0]!['日期（Asia/Shanghai）']).toBe('2026-11-01');
    expect(trends[2]!['电话咨询来院量（数量）']).toBe(7);
    expect(trends[29]!['电话咨询来院量（数量）']).toBe(4);

    // departments with figures in the month
    const departments = rowsOf(workbook.getWorksheet('部门分解')!);
    expect(departments.map((r) => [r['部门代码'], r['部门']])).toEqual([
      ['CONSULTATION', '咨询中心'],
      ['ONSITE', '现场咨询'],
    ]);
    expect(departments[1]).toMatchObject({ '现场成交率（%）': 0.55, '营业收入完成率（%）': 0.9 });

    // scorecards: each template; the supervisor's says it was normalised
    const scores = rowsOf(workbook.getWorksheet('绩效考核')!);
    const onsite = scores.find((r) => r['员工'] === '现场甲')!;
    // on-site consultant: deal rate 0.5 without a target (NO_TARGET, 0); conduct 90 × 10 % = 9
    expect(onsite).toMatchObject({ 岗位: '现场咨询师', 排名: 1, 员工ID: consultant, 部门: '现场咨询', 总分: 9 });
    expect(String(onsite['明细（项目：得分 × 权重）'])).toContain('日常行为规范：90.0 × 10.00%');
    expect(scores.find((r) => r['岗位'] === '现场咨询主管')).toMatchObject({ 权重: '权重合计 115，已按 100 归一化' });

    // complaint categories received in November (Shanghai days), most first; suggestions left out
    const complaints = rowsOf(workbook.getWorksheet('投诉分类')!);
    expect(complaints.map((r) => [r['排名'], r['投诉类别'], r['投诉数'], r['已结案'], r['平均处理时长（小时）']])).toEqual([
      // 服务态度: closed after 10 h (1 Nov 00:30 → 10:30 Shanghai) and 4 h: 7 h on average
      [1, '服务态度', 3, 2, 7],
      [2, '收费', 1, 0, null],
      [null, '合计', 4, 2, null],
    ]);
    expect(complaints[0]!['占比']).toBe(0.75);
  });

  it('records the export in the audit trail', async () => {
    const entries = await eventually(async () => {
      const found = (await audit.entriesOf(director.id!)).filter((e) => e.operation === 'query exportMonthlyAnalysis');
      return found.length > 0 && found;
    });
    expect(entries[0]).toMatchObject({ outcome: 'SUCCESS', targetType: 'MonthlyAnalysis', targetIds: ['2026-11'] });
  });
});
