import { CareMetric, type CareMetricCode } from '../care/care-metrics.js';

/**
 * THE registry of the KPIs of docs/domain.md §6: every KPI exactly once, with its definition as the
 * hospital's documents write it (numerator / denominator over the base measures of kpi_daily, the
 * membership rollups or a monthly target). Everything else — KpiService, the GraphQL types, the
 * scorecards, the monthly export — reads these entries and never restates a definition.
 */
export const KpiCode = {
  REVENUE_COMPLETION: 'REVENUE_COMPLETION',
  PHONE_CONVERTED_VISITS: 'PHONE_CONVERTED_VISITS',
  PHONE_TO_OUTPATIENT_RATE: 'PHONE_TO_OUTPATIENT_RATE',
  PHONE_TO_SALE_ACHIEVEMENT: 'PHONE_TO_SALE_ACHIEVEMENT',
  BOOKING_DEAL_RATE: 'BOOKING_DEAL_RATE',
  ONSITE_DEAL_RATE: 'ONSITE_DEAL_RATE',
  CONSULT_TO_VISIT_RATE: 'CONSULT_TO_VISIT_RATE',
  COMPLAINT_RATE: 'COMPLAINT_RATE',
  MEMBER_REDEVELOPMENT_RATE: 'MEMBER_REDEVELOPMENT_RATE',
  OLD_CUSTOMER_REPURCHASE_RATE: 'OLD_CUSTOMER_REPURCHASE_RATE',
  FOLLOW_UP_RATE: 'FOLLOW_UP_RATE',
  SATISFACTION: 'SATISFACTION',
  FRONT_DESK_PRODUCTIVITY: 'FRONT_DESK_PRODUCTIVITY',
  MEMBER_SPEND_COMPLETION: 'MEMBER_SPEND_COMPLETION',
  DATABASE_COMPLETENESS: 'DATABASE_COMPLETENESS',
} as const;
export type KpiCode = (typeof KpiCode)[keyof typeof KpiCode];

/** PERCENT: a share 0..1 (shown as %); COUNT: a whole number; FEN: money in fen; SCORE: a mean score. */
export const KpiUnit = { PERCENT: 'PERCENT', COUNT: 'COUNT', FEN: 'FEN', SCORE: 'SCORE' } as const;
export type KpiUnit = (typeof KpiUnit)[keyof typeof KpiUnit];

export const KpiDirection = { HIGHER_IS_BETTER: 'HIGHER_IS_BETTER', LOWER_IS_BETTER: 'LOWER_IS_BETTER' } as const;
export type KpiDirection = (typeof KpiDirection)[keyof typeof KpiDirection];

/** What a KPI may be broken down by (docs/domain.md §6); each KPI lists only those its data carries. */
export const KpiDimension = {
  DEPARTMENT: 'DEPARTMENT',
  STAFF: 'STAFF',
  CHANNEL: 'CHANNEL',
  REGION: 'REGION',
  CUSTOMER_CLASS: 'CUSTOMER_CLASS',
  TIER: 'TIER',
} as const;
export type KpiDimension = (typeof KpiDimension)[keyof typeof KpiDimension];

/** What a monthly target is set for (analytics.monthly_target.metric). */
export const TargetMetric = { REVENUE: 'REVENUE', MEMBER_SPEND: 'MEMBER_SPEND', PHONE_TO_SALE: 'PHONE_TO_SALE' } as const;
export type TargetMetric = (typeof TargetMetric)[keyof typeof TargetMetric];

/** A signed base measure of kpi_daily: SALES_FEN − REFUNDED_FEN is [{SALES_FEN, +1}, {REFUNDED_FEN, −1}]. */
export interface MetricTerm {
  metric: CareMetricCode;
  sign: 1 | -1;
}

/** Where a figure comes from. */
export type KpiSource =
  /** a signed sum of kpi_daily measures */
  | { kind: 'METRICS'; terms: readonly MetricTerm[] }
  /** the members-analytics rollups (MembersAnalyticsService.memberSpend / memberRedevelopment) */
  | { kind: 'MEMBER_SPEND' }
  | { kind: 'MEMBERS_CONSUMED' }
  | { kind: 'MEMBERS' }
  /** a monthly target, pro-rated by the period's days in each month */
  | { kind: 'TARGET'; target: TargetMetric }
  /** the front-desk head count: staff who registered visits (FRONT_DESK_VISITS > 0) in the period */
  | { kind: 'FRONT_DESK_HEADCOUNT' };

export interface KpiDefinitionEntry {
  code: KpiCode;
  nameZh: string;
  nameEn: string;
  /** what is counted, as people read it, then the measures */
  numeratorText: string;
  numerator: KpiSource;
  /** null: the KPI is the numerator itself (a count) */
  denominatorText: string | null;
  denominator: KpiSource | null;
  /** COMPLAINT_RATE on-site: complaints / outpatient visits (customers received) */
  onsiteDenominator?: { text: string; source: KpiSource };
  /**
   * value = numerator / denominator (completion KPIs: numerator / pro-rated target). SCORE: the mean.
   * SATISFACTION also gives `share` = SATISFACTION_GE4 / SATISFACTION_COUNT.
   */
  unit: KpiUnit;
  direction: KpiDirection;
  dimensions: readonly KpiDimension[];
  /**
   * The target the value is held against when no monthly target applies (a share for rates; 1 =
   * 100 % for completion KPIs; SATISFACTION: the share of scores ≥ 4, docs/domain.md §6: ≥ 95 %). null: none.
   */
  defaultTarget: number | null;
  /**
   * Scopes the data cannot split by: the figure is then the wider one. DATABASE_COMPLETENESS:
   * customers are registered for the hospital (department ''), never by a staff member;
   * FRONT_DESK_PRODUCTIVITY is a team figure (sales per guide of the department or hospital).
   */
  ignoresScope?: readonly ('DEPARTMENT' | 'STAFF')[];
  /** the second figure SATISFACTION gives (share of scores ≥ 4) */
  share?: { text: string; numerator: MetricTerm[]; denominator: MetricTerm[] };
}

const plus = (metric: CareMetricCode): MetricTerm => ({ metric, sign: 1 });
const minus = (metric: CareMetricCode): MetricTerm => ({ metric, sign: -1 });
const metrics = (...terms: MetricTerm[]): KpiSource => ({ kind: 'METRICS', terms });
const target = (metric: TargetMetric): KpiSource => ({ kind: 'TARGET', target: metric });

const { DEPARTMENT, STAFF, CHANNEL, REGION } = KpiDimension;
/** measures of consultations, bookings, visits, deals and complaints carry staff, channel and region rows */
const ALL_CARE_DIMENSIONS = [DEPARTMENT, STAFF, CHANNEL, REGION] as const;
/** targets are set per hospital, department and staff member: completion is measured along those */
const TARGET_DIMENSIONS = [DEPARTMENT, STAFF] as const;
/**
 * member spend is credited to staff (ma_customer_staff_daily); a department's share goes through
 * analytics.staff_dim, which stays empty while identity publishes no staff events — so the member
 * KPIs are broken down by staff only (a department scope still reads the staff_dim route)
 */
const MEMBER_DIMENSIONS = [STAFF] as const;

const NET_SALES = [plus(CareMetric.SALES_FEN), minus(CareMetric.REFUNDED_FEN)];

export const KPI_REGISTRY: readonly KpiDefinitionEntry[] = [
  {
    code: KpiCode.REVENUE_COMPLETION,
    nameZh: '营业收入完成率',
    nameEn: 'Revenue completion',
    numeratorText: '营业收入 revenue: deal amounts − refunds (SALES_FEN − REFUNDED_FEN), fen',
    numerator: metrics(...NET_SALES),
    denominatorText: '营业收入目标 the monthly REVENUE target, pro-rated by the period’s days',
    denominator: target(TargetMetric.REVENUE),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: TARGET_DIMENSIONS,
    defaultTarget: 1,
  },
  {
    code: KpiCode.PHONE_CONVERTED_VISITS,
    nameZh: '电话咨询来院量',
    nameEn: 'Phone-converted visits',
    numeratorText: '电转来院 visits that came from phone-converted bookings (PHONE_CONVERTED_VISITS)',
    numerator: metrics(plus(CareMetric.PHONE_CONVERTED_VISITS)),
    denominatorText: null,
    denominator: null,
    unit: KpiUnit.COUNT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.PHONE_TO_OUTPATIENT_RATE,
    nameZh: '电转门诊率',
    nameEn: 'Phone-to-outpatient rate',
    numeratorText: '电转来院 phone-converted arrivals (PHONE_CONVERTED_VISITS)',
    numerator: metrics(plus(CareMetric.PHONE_CONVERTED_VISITS)),
    denominatorText: '门诊量 all outpatient visits (OUTPATIENT_VISITS)',
    denominator: metrics(plus(CareMetric.OUTPATIENT_VISITS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.PHONE_TO_SALE_ACHIEVEMENT,
    nameZh: '电转销售目标达成率',
    nameEn: 'Phone-to-sale achievement',
    numeratorText: '电转销售额 on-site spend of phone-converted visits (PHONE_CONVERTED_SALES_FEN), fen',
    numerator: metrics(plus(CareMetric.PHONE_CONVERTED_SALES_FEN)),
    denominatorText: '电转销售目标 the monthly PHONE_TO_SALE target, pro-rated by the period’s days',
    denominator: target(TargetMetric.PHONE_TO_SALE),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: TARGET_DIMENSIONS,
    defaultTarget: 1,
  },
  {
    code: KpiCode.BOOKING_DEAL_RATE,
    nameZh: '预约咨询成交率',
    nameEn: 'Booking deal rate',
    numeratorText: '预约成交 bookings whose visit ended in a deal (BOOKINGS_DEALT)',
    numerator: metrics(plus(CareMetric.BOOKINGS_DEALT)),
    denominatorText: '预约 all bookings (BOOKINGS)',
    denominator: metrics(plus(CareMetric.BOOKINGS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.ONSITE_DEAL_RATE,
    nameZh: '现场成交率',
    nameEn: 'On-site deal rate',
    numeratorText: '成交 visits that ended in a deal (DEALT_VISITS)',
    numerator: metrics(plus(CareMetric.DEALT_VISITS)),
    denominatorText: '门诊量 outpatient visits (OUTPATIENT_VISITS)',
    denominator: metrics(plus(CareMetric.OUTPATIENT_VISITS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.CONSULT_TO_VISIT_RATE,
    nameZh: '来院达到率',
    nameEn: 'Consult-to-visit rate',
    numeratorText: '咨询后来院 consultations followed by a visit (CONSULTATIONS_VISITED)',
    numerator: metrics(plus(CareMetric.CONSULTATIONS_VISITED)),
    denominatorText: '咨询量 consultations (CONSULTATIONS)',
    denominator: metrics(plus(CareMetric.CONSULTATIONS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.COMPLAINT_RATE,
    nameZh: '顾客投诉率',
    nameEn: 'Complaint rate',
    numeratorText: '投诉 complaints received, suggestions excluded (COMPLAINTS)',
    numerator: metrics(plus(CareMetric.COMPLAINTS)),
    denominatorText: '咨询量 consultations (CONSULTATIONS); on-site scorecards: outpatient visits (OUTPATIENT_VISITS)',
    denominator: metrics(plus(CareMetric.CONSULTATIONS)),
    onsiteDenominator: {
      text: '接诊量 customers received on site (OUTPATIENT_VISITS)',
      source: metrics(plus(CareMetric.OUTPATIENT_VISITS)),
    },
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.LOWER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.MEMBER_REDEVELOPMENT_RATE,
    nameZh: '会员再次开发率',
    nameEn: 'Member redevelopment rate',
    numeratorText: '再次消费会员 members (on the last day) who consumed as members in the period (credited to the scope’s staff)',
    numerator: { kind: 'MEMBERS_CONSUMED' },
    denominatorText: '会员总数 all members on the period’s last day',
    denominator: { kind: 'MEMBERS' },
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: MEMBER_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.OLD_CUSTOMER_REPURCHASE_RATE,
    nameZh: '老顾客再次消费率',
    nameEn: 'Old-customer repurchase rate',
    numeratorText: '老顾客成交 deals of customers who had dealt at an earlier visit (RETURNING_DEALT_VISITS)',
    numerator: metrics(plus(CareMetric.RETURNING_DEALT_VISITS)),
    denominatorText: '成交 all deals (DEALT_VISITS)',
    denominator: metrics(plus(CareMetric.DEALT_VISITS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: null,
  },
  {
    code: KpiCode.FOLLOW_UP_RATE,
    nameZh: '回访率',
    nameEn: 'Follow-up rate',
    numeratorText: '按时回访 follow-ups done on or before their due day (FOLLOW_UPS_ON_TIME)',
    numerator: metrics(plus(CareMetric.FOLLOW_UPS_ON_TIME)),
    denominatorText: '应回访 follow-ups due in the period (FOLLOW_UPS_DUE)',
    denominator: metrics(plus(CareMetric.FOLLOW_UPS_DUE)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [DEPARTMENT, STAFF],
    defaultTarget: null,
  },
  {
    code: KpiCode.SATISFACTION,
    nameZh: '满意度',
    nameEn: 'Satisfaction',
    numeratorText: '评分合计 the sum of follow-up satisfaction scores, 1–5 (SATISFACTION_SUM)',
    numerator: metrics(plus(CareMetric.SATISFACTION_SUM)),
    denominatorText: '评分数 scores given (SATISFACTION_COUNT); share ≥ 4 = SATISFACTION_GE4 / SATISFACTION_COUNT',
    denominator: metrics(plus(CareMetric.SATISFACTION_COUNT)),
    share: {
      text: '4 分及以上占比 share of scores ≥ 4 (SATISFACTION_GE4 / SATISFACTION_COUNT)',
      numerator: [plus(CareMetric.SATISFACTION_GE4)],
      denominator: [plus(CareMetric.SATISFACTION_COUNT)],
    },
    unit: KpiUnit.SCORE,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [DEPARTMENT, STAFF],
    defaultTarget: 0.95,
  },
  {
    code: KpiCode.FRONT_DESK_PRODUCTIVITY,
    nameZh: '前台人均销售额',
    nameEn: 'Front-desk productivity',
    numeratorText: '销售额 deal amounts − refunds (SALES_FEN − REFUNDED_FEN), fen',
    numerator: metrics(...NET_SALES),
    denominatorText: '前台人数 guides who registered visits in the period (distinct staff of FRONT_DESK_VISITS)',
    denominator: { kind: 'FRONT_DESK_HEADCOUNT' },
    unit: KpiUnit.FEN,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [DEPARTMENT],
    defaultTarget: null,
    ignoresScope: ['STAFF'],
  },
  {
    code: KpiCode.MEMBER_SPEND_COMPLETION,
    nameZh: '会员消费额完成率',
    nameEn: 'Member spend completion',
    numeratorText: '会员消费额 member spend, refunded receipts excluded (members rollups), fen',
    numerator: { kind: 'MEMBER_SPEND' },
    denominatorText: '会员消费目标 the monthly MEMBER_SPEND target, pro-rated by the period’s days',
    denominator: target(TargetMetric.MEMBER_SPEND),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: MEMBER_DIMENSIONS,
    defaultTarget: 1,
  },
  {
    code: KpiCode.DATABASE_COMPLETENESS,
    nameZh: '数据库完整性',
    nameEn: 'Database completeness',
    numeratorText: '完整档案 customer records registered with the required fields (CUSTOMERS_COMPLETE)',
    numerator: metrics(plus(CareMetric.CUSTOMERS_COMPLETE)),
    denominatorText: '新建档案 customer records registered (CUSTOMERS_REGISTERED)',
    denominator: metrics(plus(CareMetric.CUSTOMERS_REGISTERED)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [CHANNEL, REGION],
    defaultTarget: null,
    ignoresScope: ['DEPARTMENT', 'STAFF'],
  },
];

const BY_CODE = new Map(KPI_REGISTRY.map((entry) => [entry.code, entry]));

/** The registry entry of `code` (every KpiCode has one; the registry test checks it). */
export function kpiDefinition(code: KpiCode): KpiDefinitionEntry {
  const entry = BY_CODE.get(code);
  if (!entry) throw new Error(`KPI ${code} is not in the registry`);
  return entry;
}

/** The kpi_daily measures a source reads (the head count reads FRONT_DESK_VISITS on its own). */
export function sourceMetrics(source: KpiSource | null | undefined): CareMetricCode[] {
  return source?.kind === 'METRICS' ? source.terms.map((t) => t.metric) : [];
}

/** Every kpi_daily measure a KPI reads (numerator, denominator, on-site variant, share). */
export function kpiMetrics(entry: KpiDefinitionEntry): CareMetricCode[] {
  return [
    ...new Set([
      ...sourceMetrics(entry.numerator),
      ...sourceMetrics(entry.denominator),
      ...sourceMetrics(entry.onsiteDenominator?.source),
      ...(entry.share ? [...entry.share.numerator, ...entry.share.denominator].map((t) => t.metric) : []),
    ]),
  ];
}

/** Which monthly target a completion KPI is measured against, or null. */
export function kpiTarget(entry: KpiDefinitionEntry): TargetMetric | null {
  return entry.denominator?.kind === 'TARGET' ? entry.denominator.target : null;
}
