import type { KpiInfo, MeasuredValue, MeasureScopeInput } from '../src/modules/scorecards/scorecard-scoring.js';
import type { MonthlyAnalysisDeps } from '../src/modules/scorecards/monthly-analysis.service.js';

const info = (
  code: string,
  nameZh: string,
  unit: string,
  direction: string,
  dimensions: string[],
  defaultTarget: number | null,
  extra: Partial<KpiInfo> = {},
): KpiInfo => ({
  code,
  nameZh,
  nameEn: code,
  unit,
  direction,
  dimensions,
  defaultTarget,
  hasShare: false,
  hasOnsiteVariant: false,
  ...extra,
});
const CARE = ['DEPARTMENT', 'STAFF', 'CHANNEL', 'REGION'];
const TARGETS = ['DEPARTMENT', 'STAFF'];

/**
 * A registry of the shape of kpi-registry.ts (the 15 codes, their units, directions, dimensions
 * and default targets), so the scoring examples do not depend on how KpiService measures.
 */
export const testRegistry: KpiInfo[] = [
  info('REVENUE_COMPLETION', '营业收入完成率', 'PERCENT', 'HIGHER_IS_BETTER', TARGETS, 1),
  info('PHONE_CONVERTED_VISITS', '电话咨询来院量', 'COUNT', 'HIGHER_IS_BETTER', CARE, null),
  info('PHONE_TO_OUTPATIENT_RATE', '电转门诊率', 'PERCENT', 'HIGHER_IS_BETTER', CARE, null),
  info('PHONE_TO_SALE_ACHIEVEMENT', '电转销售目标达成率', 'PERCENT', 'HIGHER_IS_BETTER', TARGETS, 1),
  info('BOOKING_DEAL_RATE', '预约咨询成交率', 'PERCENT', 'HIGHER_IS_BETTER', CARE, null),
  info('ONSITE_DEAL_RATE', '现场成交率', 'PERCENT', 'HIGHER_IS_BETTER', CARE, null),
  info('CONSULT_TO_VISIT_RATE', '来院达到率', 'PERCENT', 'HIGHER_IS_BETTER', CARE, null),
  info('COMPLAINT_RATE', '顾客投诉率', 'PERCENT', 'LOWER_IS_BETTER', CARE, null, { hasOnsiteVariant: true }),
  info('MEMBER_REDEVELOPMENT_RATE', '会员再次开发率', 'PERCENT', 'HIGHER_IS_BETTER', TARGETS, null),
  info('OLD_CUSTOMER_REPURCHASE_RATE', '老顾客再次消费率', 'PERCENT', 'HIGHER_IS_BETTER', CARE, null),
  info('FOLLOW_UP_RATE', '回访率', 'PERCENT', 'HIGHER_IS_BETTER', TARGETS, null),
  info('SATISFACTION', '满意度', 'SCORE', 'HIGHER_IS_BETTER', TARGETS, 0.95, { hasShare: true }),
  info('FRONT_DESK_PRODUCTIVITY', '前台人均销售额', 'FEN', 'HIGHER_IS_BETTER', ['DEPARTMENT'], null),
  info('MEMBER_SPEND_COMPLETION', '会员消费额完成率', 'PERCENT', 'HIGHER_IS_BETTER', TARGETS, 1),
  info('DATABASE_COMPLETENESS', '数据库完整性', 'PERCENT', 'HIGHER_IS_BETTER', ['CHANNEL', 'REGION'], null),
];

/** Whose figure a call asks for: a staff id, a department code or '' (the hospital), plus the variant. */
export const scopeKey = (scope: MeasureScopeInput) =>
  `${scope.staffId ?? scope.departmentCode ?? ''}${scope.variant ? `/${scope.variant}` : ''}`;

/**
 * A measure answering from a table: figures[`${code}|${scopeKey}|${from}~${to}`] (a value, or
 * value + share), anything else null. Every call is recorded.
 */
export function tableMeasure(figures: Record<string, number | null | { value: number | null; share: number | null }>) {
  const calls: string[] = [];
  const measure = async (code: string, period: { from: string; to: string }, scope: MeasureScopeInput): Promise<MeasuredValue> => {
    const key = `${code}|${scopeKey(scope)}|${period.from}~${period.to}`;
    calls.push(key);
    const figure = figures[key];
    const value = figure === undefined || figure === null ? null : typeof figure === 'number' ? figure : figure.value;
    const share = figure !== null && typeof figure === 'object' ? figure.share : undefined;
    return { numerator: value ?? 0, denominator: value === null ? 0 : 1, value, target: null, ...(share !== undefined ? { share } : {}) };
  };
  return { measure, calls };
}

export const testDeps = (measure: MonthlyAnalysisDeps['measure']): MonthlyAnalysisDeps => ({
  registry: testRegistry,
  measure,
  timeZone: 'Asia/Shanghai',
});
