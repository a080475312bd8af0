import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Caller } from '@careline/service-kit';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { scorecardsDeps } from '../src/modules/scorecards/scorecards.deps.js';
import { analyticsService } from '../src/service.js';
import { tableMeasure, testDeps } from './scorecards-support.js';
import { auditProbe, staff } from './support.js';

const TEMPLATES = `query { scorecardTemplates { positionCode nameZh weightTotal normalised
  items { code kind kpiCode weight normalisedWeight scope figure variant target effectiveTarget unit direction } } }`;
const UPDATE = `mutation ($input: UpdateScorecardTemplateInput!) { updateScorecardTemplate(input: $input) {
  positionCode weightTotal normalised items { code weight normalisedWeight target effectiveTarget } } }`;
const SCORECARDS = `query ($month: YearMonth!, $position: String!, $department: String) { scorecards(month: $month, positionCode: $position, departmentCode: $department) {
  month departmentCode template { positionCode weightTotal normalised }
  rows { staffId staffName departmentCode assignedMonth total rank judgedComplete
    items { code kind kpiCode weight normalisedWeight value target score weightedScore status } } } }`;
const JUDGE = `mutation ($input: SetJudgedScoreInput!) { setJudgedScore(input: $input) {
  month staffId staffName positionCode departmentCode judged { itemCode score updatedBy } } }`;

const NOV = '2026-11-01~2026-11-30';
const director = staff('OPS_DIRECTOR', 'OPERATIONS', '运营总监');
const consultationAdmin = staff('DEPT_ADMIN', 'CONSULTATION', '咨询中心主管');
const csAdmin = staff('DEPT_ADMIN', 'CUSTOMER_SERVICE', '客服经理');

type Template = {
  positionCode: string;
  weightTotal: number;
  normalised: boolean;
  items: {
    code: string;
    kind: string;
    kpiCode: string | null;
    weight: number;
    normalisedWeight: number;
    scope: string | null;
    figure: string | null;
    variant: string | null;
    target: number | null;
  }[];
};
type Row = {
  staffId: string;
  staffName: string | null;
  total: number;
  rank: number;
  judgedComplete: boolean;
  assignedMonth: string;
  items: { code: string; score: number; status: string; value: number | null; target: number | null; weightedScore: number }[];
};

describe('绩效考核: templates, judged entries, weighted scores and ranking', () => {
  let db: TestDatabase;
  let analytics: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const [a, b, c, d, s1] = [newId(), newId(), newId(), newId(), newId()];
  // phone consultants A, B, C in 咨询中心; D in 客服部 with nothing measured; supervisor S1 in 现场咨询
  const { measure } = tableMeasure({
    [`PHONE_TO_SALE_ACHIEVEMENT|${a}|${NOV}`]: 0.9,
    [`PHONE_TO_OUTPATIENT_RATE|${a}|${NOV}`]: 0.3,
    [`COMPLAINT_RATE|${a}|${NOV}`]: 0.02,
    [`BOOKING_DEAL_RATE|${a}|${NOV}`]: 0.4,
    [`PHONE_TO_SALE_ACHIEVEMENT|${b}|${NOV}`]: 1.5,
    [`PHONE_TO_OUTPATIENT_RATE|${b}|${NOV}`]: 0.2,
    [`COMPLAINT_RATE|${b}|${NOV}`]: 0,
    [`BOOKING_DEAL_RATE|${b}|${NOV}`]: 0.5,
    [`PHONE_TO_SALE_ACHIEVEMENT|${c}|${NOV}`]: 0.9,
    [`PHONE_TO_OUTPATIENT_RATE|${c}|${NOV}`]: 0.3,
    [`COMPLAINT_RATE|${c}|${NOV}`]: 0.02,
    [`BOOKING_DEAL_RATE|${c}|${NOV}`]: 0.4,
    [`REVENUE_COMPLETION|ONSITE|${NOV}`]: 1,
    [`SATISFACTION|ONSITE|${NOV}`]: { value: 4.6, share: 0.95 },
    [`ONSITE_DEAL_RATE|ONSITE|${NOV}`]: 0.6,
    [`OLD_CUSTOMER_REPURCHASE_RATE|ONSITE|${NOV}`]: 0.15,
  });
  const ask = (query: string, variables: Record<string, unknown>, as: Caller = director) =>
    analytics.request(query, variables, undefined, as);
  const ok = async (query: string, variables: Record<string, unknown>, as: Caller = director) => {
    const { data, errors } = await ask(query, variables, as);
    expect(errors).toBeUndefined();
    return data;
  };
  const judge = (
    staffId: string,
    staffName: string,
    departmentCode: string,
    scores: { itemCode: string; score: number }[],
    as: Caller = director,
    positionCode = 'PHONE_CONSULTANT',
    month = '2026-11',
  ) => ask(JUDGE, { input: { month, staffId, staffName, positionCode, departmentCode, scores } }, as);

  beforeAll(async () => {
    scorecardsDeps.current = () => testDeps(measure);
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    audit = await auditProbe(analytics);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('seeds the seven templates of docs/domain.md §6 with their weights as given; the supervisor’s 115 is normalised and flagged', async () => {
    const { scorecardTemplates } = await ok(TEMPLATES, {});
    const byPosition = Object.fromEntries((scorecardTemplates as Template[]).map((t) => [t.positionCode, t]));
    expect(Object.keys(byPosition)).toEqual([
      'OPS_DIRECTOR',
      'OPS_MANAGER',
      'CS_MANAGER',
      'PHONE_CONSULTANT',
      'MEMBER_SPECIALIST',
      'ONSITE_SUPERVISOR',
      'ONSITE_CONSULTANT',
    ]);
    const weights = (code: string) => byPosition[code]!.items.map((i) => [i.code, i.weight]);
    expect(weights('OPS_DIRECTOR')).toEqual([
      ['REVENUE_COMPLETION', 20],
      ['BUSINESS_ANALYSIS_ON_TIME', 10],
      ['SATISFACTION', 20],
      ['FRONT_DESK_PRODUCTIVITY', 20],
      ['ADMINISTRATION', 20],
      ['TALENT_DEVELOPMENT', 10],
    ]);
    // 运营经理 (issue 20): 营业收入 20, 经营分析 10, 满意度 20, 前台生产率 20, 行政 20, 培训课时 10 (a count)
    expect(weights('OPS_MANAGER')).toEqual([
      ['REVENUE_COMPLETION', 20],
      ['BUSINESS_ANALYSIS', 10],
      ['SATISFACTION', 20],
      ['FRONT_DESK_PRODUCTIVITY', 20],
      ['ADMINISTRATION', 20],
      ['TRAINING_HOURS', 10],
    ]);
    expect(byPosition.OPS_MANAGER!.items.find((i) => i.code === 'TRAINING_HOURS')).toMatchObject({ kind: 'JUDGED', target: 8 });
    expect(weights('CS_MANAGER')).toEqual([
      ['SALES_TARGET_ACHIEVEMENT', 20],
      ['PHONE_CONVERTED_VISITS', 20],
      ['SATISFACTION', 20],
      ['MEMBER_REDEVELOPMENT_RATE', 20],
      ['ADMINISTRATION', 20],
    ]);
    expect(weights('PHONE_CONSULTANT')).toEqual([
      ['PHONE_TO_SALE_ACHIEVEMENT', 25],
      ['PHONE_TO_OUTPATIENT_RATE', 20],
      ['COMPLAINT_RATE', 20],
      ['BOOKING_DEAL_RATE', 15],
      ['CONDUCT', 20],
    ]);
    expect(weights('MEMBER_SPECIALIST')).toEqual([
      ['MEMBER_SPEND_COMPLETION', 30],
      ['SATISFACTION', 20],
      ['DATABASE_COMPLETENESS', 15],
      ['FOLLOW_UP_RATE', 15],
      ['FEEDBACK', 10],
      ['CONDUCT', 10],
    ]);
    expect(weights('ONSITE_SUPERVISOR')).toEqual([
      ['REVENUE_COMPLETION', 25],
      ['SATISFACTION', 25],
      ['ONSITE_DEAL_RATE', 30],
      ['OLD_CUSTOMER_REPURCHASE_RATE', 15],
      ['ADMINISTRATION', 20],
    ]);
    expect(weights('ONSITE_CONSULTANT')).toEqual([
      ['REVENUE_COMPLETION', 20],
      ['COMPLAINT_RATE', 20],
      ['ONSITE_DEAL_RATE', 25],
      ['BOOKING_DEAL_RATE', 25],
      ['CONDUCT', 10],
    ]);

    const supervisor = byPosition.ONSITE_SUPERVISOR!;
    expect(supervisor).toMatchObject({ weightTotal: 115, normalised: true });
    // 25/115, 25/115, 30/115, 15/115, 20/115 of 100
    expect(supervisor.items.map((i) => i.normalisedWeight)).toEqual([21.7391, 21.7391, 26.087, 13.0435, 17.3913]);
    expect(supervisor.items.reduce((sum, i) => sum + i.normalisedWeight, 0)).toBeCloseTo(100, 3);
    for (const code of ['OPS_DIRECTOR', 'OPS_MANAGER', 'CS_MANAGER', 'PHONE_CONSULTANT', 'MEMBER_SPECIALIST', 'ONSITE_CONSULTANT']) {
      expect(byPosition[code]).toMatchObject({ weightTotal: 100, normalised: false });
      expect(byPosition[code]!.items.map((i) => i.normalisedWeight)).toEqual(byPosition[code]!.items.map((i) => i.weight));
    }
    // the kinds: measured items name a registry KPI and a scope, judged ones neither
    expect(byPosition.ONSITE_CONSULTANT!.items.find((i) => i.code === 'COMPLAINT_RATE')).toMatchObject({
      kind: 'MEASURED',
      kpiCode: 'COMPLAINT_RATE',
      scope: 'STAFF',
      variant: 'ONSITE',
    });
    expect(byPosition.ONSITE_SUPERVISOR!.items.find((i) => i.code === 'SATISFACTION')).toMatchObject({
      figure: 'SHARE',
      scope: 'DEPARTMENT',
      target: 0.95,
    });
    expect(byPosition.OPS_DIRECTOR!.items.find((i) => i.code === 'ADMINISTRATION')).toMatchObject({
      kind: 'JUDGED',
      kpiCode: null,
      scope: null,
    });
    // the unit targets are written in: SATISFACTION's share is a rate, front-desk productivity money; the complaint rate is lower-is-better
    expect(byPosition.OPS_DIRECTOR!.items.map((i) => [i.code, (i as { unit?: string | null }).unit])).toEqual([
      ['REVENUE_COMPLETION', 'PERCENT'],
      ['BUSINESS_ANALYSIS_ON_TIME', null],
      ['SATISFACTION', 'PERCENT'],
      ['FRONT_DESK_PRODUCTIVITY', 'FEN'],
      ['ADMINISTRATION', null],
      // 人才培养数量 is a count (people trained), held against its target
      ['TALENT_DEVELOPMENT', 'COUNT'],
    ]);
    expect(byPosition.PHONE_CONSULTANT!.items.find((i) => i.code === 'COMPLAINT_RATE')).toMatchObject({ direction: 'LOWER_IS_BETTER' });
  });

  it('lets only the director edit a template, validated against the registry, and audits the change', async () => {
    const { scorecardTemplates } = await ok(TEMPLATES, {});
    const phone = (scorecardTemplates as Template[]).find((t) => t.positionCode === 'PHONE_CONSULTANT')!;
    type ItemInput = Omit<Template['items'][number], 'normalisedWeight'>;
    const input = (patch: (items: ItemInput[]) => ItemInput[]) => ({
      positionCode: 'PHONE_CONSULTANT',
      items: patch(
        phone.items.map(({ code, kind, kpiCode, weight, scope, figure, variant, target }) => ({
          code,
          kind,
          kpiCode,
          weight,
          scope,
          figure,
          variant,
          target,
        })),
      ).map((i) => ({
        ...i,
        nameZh: i.code,
        nameEn: i.code,
      })),
    });
    const denied = await ask(UPDATE, { input: input((items) => items) }, consultationAdmin);
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const zeroWeight = await ask(UPDATE, { input: input((items) => items.map((i, n) => (n === 0 ? { ...i, weight: 0 } : i))) });
    expect(zeroWeight.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'items[0].weight',
      reason: 'WEIGHT_INVALID',
    });
    const staffProductivity = await ask(UPDATE, {
      input: input((items) => items.map((i, n) => (n === 1 ? { ...i, kpiCode: 'FRONT_DESK_PRODUCTIVITY', scope: 'STAFF' } : i))),
    });
    expect(staffProductivity.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'items[1].scope',
      reason: 'SCOPE_UNSUPPORTED',
    });
    const unknownKpi = await ask(UPDATE, {
      input: input((items) => items.map((i, n) => (n === 1 ? { ...i, kpiCode: 'NO_SUCH_KPI' } : i))),
    });
    expect(unknownKpi.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items[1].kpiCode', reason: 'KPI_UNKNOWN' });

    // the director sets the rate targets the registry has none for (shares)
    const targets: Record<string, number> = { PHONE_TO_OUTPATIENT_RATE: 0.25, COMPLAINT_RATE: 0.01, BOOKING_DEAL_RATE: 0.5 };
    const { updateScorecardTemplate } = await ok(UPDATE, {
      input: input((items) => items.map((i) => ({ ...i, target: targets[i.code] ?? i.target }))),
    });
    expect(updateScorecardTemplate).toMatchObject({ positionCode: 'PHONE_CONSULTANT', weightTotal: 100, normalised: false });
    expect(updateScorecardTemplate.items.map((i: { code: string; effectiveTarget: number | null }) => [i.code, i.effectiveTarget])).toEqual(
      [
        ['PHONE_TO_SALE_ACHIEVEMENT', 1],
        ['PHONE_TO_OUTPATIENT_RATE', 0.25],
        ['COMPLAINT_RATE', 0.01],
        ['BOOKING_DEAL_RATE', 0.5],
        ['CONDUCT', null],
      ],
    );
    const entries = await eventually(async () => {
      const found = (await audit.entriesOf(director.id!)).filter((e) => e.operation === 'mutation updateScorecardTemplate');
      return found.length > 0 && found;
    });
    expect(entries).toEqual([
      expect.objectContaining({ outcome: 'SUCCESS', targetType: 'ScorecardTemplate', targetIds: ['PHONE_CONSULTANT'], fields: ['items'] }),
    ]);

    // the supervisor's rate targets, weights untouched: still 115, still normalised
    const { scorecardTemplates: again } = await ok(TEMPLATES, {});
    const supervisor = (again as Template[]).find((t) => t.positionCode === 'ONSITE_SUPERVISOR')!;
    const supervisorTargets: Record<string, number> = { ONSITE_DEAL_RATE: 0.5, OLD_CUSTOMER_REPURCHASE_RATE: 0.3 };
    const updated = await ok(UPDATE, {
      input: {
        positionCode: 'ONSITE_SUPERVISOR',
        items: supervisor.items.map(({ code, kind, kpiCode, weight, scope, figure, variant, target }) => ({
          code,
          kind,
          kpiCode,
          weight,
          scope,
          figure,
          variant,
          target: supervisorTargets[code] ?? target,
          nameZh: code,
          nameEn: code,
        })),
      },
    });
    expect(updated.updateScorecardTemplate).toMatchObject({ weightTotal: 115, normalised: true });
  });

  it('validates judged entries: 101 is BAD_USER_INPUT, another department FORBIDDEN, a measured item is not judged', async () => {
    const tooHigh = await judge(a, '甲', 'CONSULTATION', [{ itemCode: 'CONDUCT', score: 101 }], consultationAdmin);
    expect(tooHigh.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scores[0].score',
      reason: 'SCORE_OUT_OF_RANGE',
    });
    const negative = await judge(a, '甲', 'CONSULTATION', [{ itemCode: 'CONDUCT', score: -1 }], consultationAdmin);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores[0].score' });
    const measured = await judge(a, '甲', 'CONSULTATION', [{ itemCode: 'COMPLAINT_RATE', score: 90 }], consultationAdmin);
    expect(measured.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scores[0].itemCode',
      reason: 'ITEM_NOT_JUDGED',
    });
    const badMonth = await judge(
      a,
      '甲',
      'CONSULTATION',
      [{ itemCode: 'CONDUCT', score: 90 }],
      consultationAdmin,
      'PHONE_CONSULTANT',
      '2026-13',
    );
    expect(badMonth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });

    const otherDepartment = await judge(a, '甲', 'CONSULTATION', [{ itemCode: 'CONDUCT', score: 90 }], csAdmin);
    expect(otherDepartment.data?.setJudgedScore ?? null).toBeNull();
    expect(otherDepartment.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    const denials = await eventually(async () => {
      const found = await audit.entriesOf(csAdmin.id!);
      return found.length > 0 && found;
    });
    expect(denials[0]).toMatchObject({ operation: 'mutation setJudgedScore', outcome: 'DENIED', targetType: 'ScorecardEntry' });

    // nothing was written by the refused attempts
    const { scorecards } = await ok(SCORECARDS, { month: '2026-11', position: 'PHONE_CONSULTANT' });
    expect(scorecards.rows).toEqual([]);
  });

  it('scores a worked example: weighted items, LOWER_IS_BETTER complaint rate, the 1.2 cap, ties sharing a rank', async () => {
    // the department admin enters their own consultants, the director the one in 客服部 (no judged score yet)
    const entered = await judge(a, '甲', 'CONSULTATION', [{ itemCode: 'CONDUCT', score: 90 }], consultationAdmin);
    expect(entered.errors).toBeUndefined();
    expect(entered.data.setJudgedScore).toEqual({
      month: '2026-11',
      staffId: a,
      staffName: '甲',
      positionCode: 'PHONE_CONSULTANT',
      departmentCode: 'CONSULTATION',
      judged: [{ itemCode: 'CONDUCT', score: 90, updatedBy: consultationAdmin.id }],
    });
    expect((await judge(b, '乙', 'CONSULTATION', [{ itemCode: 'CONDUCT', score: 70 }], consultationAdmin)).errors).toBeUndefined();
    expect((await judge(c, '丙', 'CONSULTATION', [{ itemCode: 'CONDUCT', score: 90 }], consultationAdmin)).errors).toBeUndefined();
    expect((await judge(d, '丁', 'CUSTOMER_SERVICE', [])).errors).toBeUndefined();
    const audited = await eventually(async () => {
      const found = (await audit.entriesOf(consultationAdmin.id!)).filter((e) => e.outcome === 'SUCCESS');
      return found.length === 3 && found;
    });
    expect(audited[0]).toMatchObject({
      operation: 'mutation setJudgedScore',
      targetType: 'ScorecardEntry',
      targetIds: [`2026-11/${a}`],
      fields: ['departmentCode', 'judged.CONDUCT', 'positionCode', 'staffName'],
    });

    const { scorecards } = await ok(SCORECARDS, { month: '2026-11', position: 'PHONE_CONSULTANT' });
    const rows = scorecards.rows as Row[];
    // A: 电转销售 0.9/1 → 90 ×25 %; 电转门诊 0.3/0.25 = 1.2 → 120 ×20 %; 投诉率 0.02 vs 0.01 (lower is better) → 0.01/0.02 → 50 ×20 %;
    //    预约成交 0.4/0.5 → 80 ×15 %; 日常行为 90 ×20 %: 22.5 + 24 + 10 + 12 + 18 = 86.5
    // B: 1.5 capped at 1.2 → 120; 0.2/0.25 → 80; no complaints → 120; 0.5/0.5 → 100; 70: 30 + 16 + 24 + 15 + 14 = 99
    // C: A's figures: 86.5, the same rank as A; D: nothing measured, conduct not entered: 0
    expect(rows.map((r) => [r.staffName, r.total, r.rank, r.judgedComplete])).toEqual([
      ['乙', 99, 1, true],
      ['丙', 86.5, 2, true],
      ['甲', 86.5, 2, true],
      ['丁', 0, 4, false],
    ]);
    const rowA = rows.find((r) => r.staffId === a)!;
    expect(rowA.items.map((i) => [i.code, i.value, i.target, i.score, i.weightedScore, i.status])).toEqual([
      ['PHONE_TO_SALE_ACHIEVEMENT', 0.9, 1, 90, 22.5, 'OK'],
      ['PHONE_TO_OUTPATIENT_RATE', 0.3, 0.25, 120, 24, 'OK'],
      ['COMPLAINT_RATE', 0.02, 0.01, 50, 10, 'OK'],
      ['BOOKING_DEAL_RATE', 0.4, 0.5, 80, 12, 'OK'],
      ['CONDUCT', 90, null, 90, 18, 'OK'],
    ]);
    expect(rows.find((r) => r.staffId === b)!.items.find((i) => i.code === 'COMPLAINT_RATE')).toMatchObject({ value: 0, score: 120 });
    expect(rows.find((r) => r.staffId === d)!.items.map((i) => i.status)).toEqual([
      'NO_DATA',
      'NO_DATA',
      'NO_DATA',
      'NO_DATA',
      'NOT_ENTERED',
    ]);

    // a department: ranked among its own staff
    const consultation = await ok(SCORECARDS, { month: '2026-11', position: 'PHONE_CONSULTANT', department: 'CONSULTATION' });
    expect(consultation.scorecards.rows.map((r: Row) => [r.staffName, r.rank])).toEqual([
      ['乙', 1],
      ['丙', 2],
      ['甲', 2],
    ]);

    // the next month without entries: the November entries carry over (position and department), judged items not entered
    const december = await ok(SCORECARDS, { month: '2026-12', position: 'PHONE_CONSULTANT' });
    expect(december.scorecards.rows).toHaveLength(4);
    expect(december.scorecards.rows.every((r: Row) => r.assignedMonth === '2026-11' && !r.judgedComplete)).toBe(true);
  });

  it('scores the 115 % template with the weights normalised to 100', async () => {
    expect(
      (await judge(s1, '主管', 'ONSITE', [{ itemCode: 'ADMINISTRATION', score: 80 }], director, 'ONSITE_SUPERVISOR')).errors,
    ).toBeUndefined();
    const { scorecards } = await ok(SCORECARDS, { month: '2026-11', position: 'ONSITE_SUPERVISOR' });
    expect(scorecards.template).toEqual({ positionCode: 'ONSITE_SUPERVISOR', weightTotal: 115, normalised: true });
    const [row] = scorecards.rows as Row[];
    // department figures: completion 1 → 100; satisfaction share 0.95/0.95 → 100; deal rate 0.6/0.5 → 120; repurchase 0.15/0.3 → 50; administration 80
    // (100×25 + 100×25 + 120×30 + 50×15 + 80×20) / 115 = 10950 / 115 = 95.22
    expect(row!.items.map((i) => [i.code, i.score])).toEqual([
      ['REVENUE_COMPLETION', 100],
      ['SATISFACTION', 100],
      ['ONSITE_DEAL_RATE', 120],
      ['OLD_CUSTOMER_REPURCHASE_RATE', 50],
      ['ADMINISTRATION', 80],
    ]);
    expect(row!.total).toBe(95.22);
    expect(row!.rank).toBe(1);
  });

  it('limits a department admin to their own department', async () => {
    const other = await ask(SCORECARDS, { month: '2026-11', position: 'PHONE_CONSULTANT', department: 'CONSULTATION' }, csAdmin);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    const own = await ok(SCORECARDS, { month: '2026-11', position: 'PHONE_CONSULTANT' }, csAdmin);
    expect(own.scorecards.departmentCode).toBe('CUSTOMER_SERVICE');
    expect(own.scorecards.rows.map((r: Row) => [r.staffName, r.rank])).toEqual([['丁', 1]]);
    // nor take over an entry of another department for the month
    const takeOver = await judge(a, '甲', 'CUSTOMER_SERVICE', [{ itemCode: 'CONDUCT', score: 100 }], csAdmin);
    expect(takeOver.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    const staffMember = await ask(SCORECARDS, { month: '2026-11', position: 'PHONE_CONSULTANT' }, staff('STAFF', 'CONSULTATION'));
    expect(staffMember.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
