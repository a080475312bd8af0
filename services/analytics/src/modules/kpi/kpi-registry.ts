import { CareMetric, type CareMetricCode } from '../care/care-metrics.js';

/**
 * THE registry of the KPIs of docs/domain.md §6 (and the overdue complaints of the §3 time limits and the referral measure of issue 19): every KPI exactly once, with its definition as the
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
  OVERDUE_COMPLAINTS: 'OVERDUE_COMPLAINTS',
  MEMBER_REDEVELOPMENT_RATE: 'MEMBER_REDEVELOPMENT_RATE',
  OLD_CUSTOMER_REPURCHASE_RATE: 'OLD_CUSTOMER_REPURCHASE_RATE',
  FOLLOW_UP_RATE: 'FOLLOW_UP_RATE',
  SATISFACTION: 'SATISFACTION',
  FRONT_DESK_PRODUCTIVITY: 'FRONT_DESK_PRODUCTIVITY',
  MEMBER_SPEND_COMPLETION: 'MEMBER_SPEND_COMPLETION',
  DATABASE_COMPLETENESS: 'DATABASE_COMPLETENESS',
  REFERRAL_CONVERSION_RATE: 'REFERRAL_CONVERSION_RATE',
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

/**
 * Whose work a KPI's STAFF figure credits (docs/domain.md §6: "Measured KPIs … credit the person whose
 * work they measure (the phone consultant who booked, the on-site consultant who closed, the
 * specialist who develops the member, the follow-up's owner), in that person's department").
 */
export const KpiCredit = {
  /** the phone consultant who registered the consultation */
  CONSULTANT: 'CONSULTANT',
  /** the phone consultant who booked the appointment the visit came from (AppointmentBooked.bookedBy) */
  BOOKING_PHONE_CONSULTANT: 'BOOKING_PHONE_CONSULTANT',
  /** the phone consultant who booked and the on-site consultant it was handed to, each for their own scorecard */
  BOOKING_AND_ONSITE_CONSULTANT: 'BOOKING_AND_ONSITE_CONSULTANT',
  /** the on-site consultant who received the customer and closed (or did not close) the deal */
  CLOSING_ONSITE_CONSULTANT: 'CLOSING_ONSITE_CONSULTANT',
  /**
   * the member's developing specialist (开发人, members' Membership.developerId); a member without one:
   * the staff member on the receipt
   */
  MEMBER_DEVELOPER: 'MEMBER_DEVELOPER',
  /** the follow-up task's owner (crm's assignee of the task) */
  FOLLOW_UP_OWNER: 'FOLLOW_UP_OWNER',
  /** the staff member the complaint concerns */
  COMPLAINT_STAFF: 'COMPLAINT_STAFF',
  /** a team figure: sales per front-desk guide of the department or hospital */
  FRONT_DESK_TEAM: 'FRONT_DESK_TEAM',
  /** nobody in particular: a hospital figure (customer records, referrals) */
  HOSPITAL: 'HOSPITAL',
} as const;
export type KpiCredit = (typeof KpiCredit)[keyof typeof KpiCredit];

/**
 * Which department a figure belongs to on a scorecard: STAFF_DEPARTMENT — the credited staff
 * member's own department (a department scope sums the figures of its staff, not the visit's
 * clinical department, which stays the DEPARTMENT breakdown of the KPI cards); HOSPITAL — the
 * hospital's figure whatever the scope.
 */
export const KpiDepartmentOf = { STAFF_DEPARTMENT: 'STAFF_DEPARTMENT', HOSPITAL: 'HOSPITAL' } as const;
export type KpiDepartmentOf = (typeof KpiDepartmentOf)[keyof typeof KpiDepartmentOf];

export interface KpiAttribution {
  credits: KpiCredit;
  departmentOf: KpiDepartmentOf;
  /** the position book's words (DOMAIN §6) the attribution follows */
  source: string;
}

export interface KpiDefinitionEntry {
  code: KpiCode;
  /** whose work the figure credits and which department it belongs to */
  attribution: KpiAttribution;
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
  /** why the default target is what it is (docs/analytics-kpis.md quotes it); shown as 默认目标 / default target */
  defaultTargetText: string;
  /**
   * HOSPITAL: the denominator is the hospital's figure whatever the scope (电转门诊率: a phone
   * consultant's phone-converted arrivals over the hospital's outpatient visits)
   */
  denominatorScope?: 'HOSPITAL';
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
 * member spend is credited to the member's developer, else the receipt's staff (ma_member_credit_daily); a department's figure is its staff's
 * (analytics.staff_dim, or on a scorecard the staff placed in the department: the team scope)
 */
const MEMBER_DIMENSIONS = [DEPARTMENT, STAFF] as const;

const NET_SALES = [plus(CareMetric.SALES_FEN), minus(CareMetric.REFUNDED_FEN)];

export const KPI_REGISTRY: readonly KpiDefinitionEntry[] = [
  {
    code: KpiCode.REVENUE_COMPLETION,
    attribution: {
      credits: KpiCredit.CLOSING_ONSITE_CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '营业收入完成率 revenue / revenue target (hospital, department, staff); the on-site consultant who closed',
    },
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
    defaultTargetText: '1 = 100 % of the monthly REVENUE target (no monthly target: no value)',
  },
  {
    code: KpiCode.PHONE_CONVERTED_VISITS,
    attribution: {
      credits: KpiCredit.BOOKING_PHONE_CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '电话咨询来院量 visits that came from phone-converted bookings; the phone consultant who booked',
    },
    nameZh: '电话咨询来院量',
    nameEn: 'Phone-converted visits',
    numeratorText: '电转来院 visits that came from phone-converted bookings (PHONE_CONVERTED_VISITS)',
    numerator: metrics(plus(CareMetric.PHONE_CONVERTED_VISITS)),
    denominatorText: null,
    denominator: null,
    unit: KpiUnit.COUNT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: 30,
    defaultTargetText: '30 phone-converted visits a month (a count)',
  },
  {
    code: KpiCode.PHONE_TO_OUTPATIENT_RATE,
    attribution: {
      credits: KpiCredit.BOOKING_PHONE_CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source:
        '电转门诊率 phone-converted arrivals / all outpatient visits; the phone consultant who booked, over the hospital’s outpatient visits',
    },
    nameZh: '电转门诊率',
    nameEn: 'Phone-to-outpatient rate',
    numeratorText: '电转来院 phone-converted arrivals (PHONE_CONVERTED_VISITS)',
    numerator: metrics(plus(CareMetric.PHONE_CONVERTED_VISITS)),
    denominatorText: '门诊量 all outpatient visits of the hospital, whatever the scope (OUTPATIENT_VISITS)',
    denominator: metrics(plus(CareMetric.OUTPATIENT_VISITS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    denominatorScope: 'HOSPITAL',
    defaultTarget: 0.25,
    defaultTargetText: '25 % of the hospital’s outpatient visits',
  },
  {
    code: KpiCode.PHONE_TO_SALE_ACHIEVEMENT,
    attribution: {
      credits: KpiCredit.BOOKING_PHONE_CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '电转销售目标达成率 on-site spend of phone-converted customers / its target; the phone consultant who booked',
    },
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
    defaultTargetText: '1 = 100 % of the monthly PHONE_TO_SALE target (no monthly target: no value)',
  },
  {
    code: KpiCode.BOOKING_DEAL_RATE,
    attribution: {
      credits: KpiCredit.BOOKING_AND_ONSITE_CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source:
        '预约咨询成交率 booked customers who dealt / all booked customers; the phone consultant who booked and the on-site consultant who received',
    },
    nameZh: '预约咨询成交率',
    nameEn: 'Booking deal rate',
    numeratorText: '预约成交 bookings whose visit ended in a deal (BOOKINGS_DEALT)',
    numerator: metrics(plus(CareMetric.BOOKINGS_DEALT)),
    denominatorText: '预约 bookings, cancelled and no-show ones excluded (BOOKINGS)',
    denominator: metrics(plus(CareMetric.BOOKINGS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: 0.5,
    defaultTargetText: '50 % of bookings end in a deal',
  },
  {
    code: KpiCode.ONSITE_DEAL_RATE,
    attribution: {
      credits: KpiCredit.CLOSING_ONSITE_CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '现场成交率 dealt visits / outpatient visits; the on-site consultant who closed',
    },
    nameZh: '现场成交率',
    nameEn: 'On-site deal rate',
    numeratorText: '成交 visits that ended in a deal (DEALT_VISITS)',
    numerator: metrics(plus(CareMetric.DEALT_VISITS)),
    denominatorText: '门诊量 outpatient visits (OUTPATIENT_VISITS)',
    denominator: metrics(plus(CareMetric.OUTPATIENT_VISITS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: 0.5,
    defaultTargetText: '50 % of outpatient visits end in a deal',
  },
  {
    code: KpiCode.CONSULT_TO_VISIT_RATE,
    attribution: {
      credits: KpiCredit.CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '来院达到率 consultations followed by a visit / consultations; the consultant who took the consultation',
    },
    nameZh: '来院达到率',
    nameEn: 'Consult-to-visit rate',
    numeratorText: '咨询后来院 consultations followed by a visit (CONSULTATIONS_VISITED)',
    numerator: metrics(plus(CareMetric.CONSULTATIONS_VISITED)),
    denominatorText: '咨询量 consultations (CONSULTATIONS)',
    denominator: metrics(plus(CareMetric.CONSULTATIONS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: 0.3,
    defaultTargetText: '30 % of consultations lead to a visit',
  },
  {
    code: KpiCode.COMPLAINT_RATE,
    attribution: {
      credits: KpiCredit.COMPLAINT_STAFF,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '顾客投诉率 complaints / consultations (consultants) or / customers received (on-site); the staff member concerned',
    },
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
    defaultTarget: 0.01,
    defaultTargetText: 'at most 1 % (lower is better)',
  },
  {
    // issue 19: not one of the documents' 15; the complaint time limits (docs/domain.md §3) make it measurable
    code: KpiCode.OVERDUE_COMPLAINTS,
    attribution: {
      credits: KpiCredit.COMPLAINT_STAFF,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '超时投诉数 (issue 19, not in the position book); the staff member concerned',
    },
    nameZh: '超时投诉数',
    nameEn: 'Overdue complaints',
    numeratorText:
      '超时投诉 complaints that ran past a stage’s time limit and were escalated, suggestions excluded, on the day of their first overrun (COMPLAINTS_OVERDUE)',
    numerator: metrics(plus(CareMetric.COMPLAINTS_OVERDUE)),
    denominatorText: null,
    denominator: null,
    unit: KpiUnit.COUNT,
    direction: KpiDirection.LOWER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: 1,
    defaultTargetText: 'at most 1 overdue complaint a month (lower is better; none scores 120)',
  },
  {
    code: KpiCode.MEMBER_REDEVELOPMENT_RATE,
    attribution: {
      credits: KpiCredit.MEMBER_DEVELOPER,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '会员再次开发率 members who consumed again in the period / all members; the specialist who develops the member',
    },
    nameZh: '会员再次开发率',
    nameEn: 'Member redevelopment rate',
    numeratorText: '再次消费会员 members (on the last day) who consumed as members in the period (credited to the scope’s staff)',
    numerator: { kind: 'MEMBERS_CONSUMED' },
    denominatorText: '会员总数 all members on the period’s last day',
    denominator: { kind: 'MEMBERS' },
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: MEMBER_DIMENSIONS,
    defaultTarget: 0.3,
    defaultTargetText: '30 % of members consume again in the month',
  },
  {
    code: KpiCode.OLD_CUSTOMER_REPURCHASE_RATE,
    attribution: {
      credits: KpiCredit.CLOSING_ONSITE_CONSULTANT,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '老顾客再次消费率 returning customers who dealt / all customers who dealt; the on-site consultant who closed',
    },
    nameZh: '老顾客再次消费率',
    nameEn: 'Old-customer repurchase rate',
    numeratorText: '老顾客成交 deals of customers who had dealt at an earlier visit (RETURNING_DEALT_VISITS)',
    numerator: metrics(plus(CareMetric.RETURNING_DEALT_VISITS)),
    denominatorText: '成交 all deals (DEALT_VISITS)',
    denominator: metrics(plus(CareMetric.DEALT_VISITS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: ALL_CARE_DIMENSIONS,
    defaultTarget: 0.3,
    defaultTargetText: '30 % of deals are returning customers’',
  },
  {
    code: KpiCode.FOLLOW_UP_RATE,
    attribution: {
      credits: KpiCredit.FOLLOW_UP_OWNER,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '回访率 follow-ups done on time / follow-ups due; the follow-up’s owner',
    },
    nameZh: '回访率',
    nameEn: 'Follow-up rate',
    numeratorText: '按时回访 follow-ups done on or before their due day (FOLLOW_UPS_ON_TIME)',
    numerator: metrics(plus(CareMetric.FOLLOW_UPS_ON_TIME)),
    denominatorText: '应回访 follow-ups due in the period (FOLLOW_UPS_DUE)',
    denominator: metrics(plus(CareMetric.FOLLOW_UPS_DUE)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [DEPARTMENT, STAFF],
    defaultTarget: 0.9,
    defaultTargetText: '90 % of follow-ups done by their due day',
  },
  {
    code: KpiCode.SATISFACTION,
    attribution: {
      credits: KpiCredit.FOLLOW_UP_OWNER,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '满意度 mean score and share of scores ≥ 4 (target ≥ 95 %); the follow-up’s owner who took the score',
    },
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
    defaultTargetText: 'the position book’s ≥ 95 % scores of 4 or 5',
  },
  {
    code: KpiCode.FRONT_DESK_PRODUCTIVITY,
    attribution: {
      credits: KpiCredit.FRONT_DESK_TEAM,
      departmentOf: KpiDepartmentOf.HOSPITAL,
      source: '前台人均销售额 sales / front-desk staff count (a team figure)',
    },
    nameZh: '前台人均销售额',
    nameEn: 'Front-desk productivity',
    numeratorText: '销售额 deal amounts − refunds (SALES_FEN − REFUNDED_FEN), fen',
    numerator: metrics(...NET_SALES),
    denominatorText: '前台人数 guides who registered visits in the period (distinct staff of FRONT_DESK_VISITS)',
    denominator: { kind: 'FRONT_DESK_HEADCOUNT' },
    unit: KpiUnit.FEN,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [DEPARTMENT],
    defaultTarget: 10000000,
    defaultTargetText: '¥100,000 of sales a month per front-desk guide',
    ignoresScope: ['STAFF'],
  },
  {
    code: KpiCode.MEMBER_SPEND_COMPLETION,
    attribution: {
      credits: KpiCredit.MEMBER_DEVELOPER,
      departmentOf: KpiDepartmentOf.STAFF_DEPARTMENT,
      source: '会员消费额完成率 member spend / member spend target; the specialist who develops the member',
    },
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
    defaultTargetText: '1 = 100 % of the monthly MEMBER_SPEND target (no monthly target: no value)',
  },
  {
    code: KpiCode.DATABASE_COMPLETENESS,
    attribution: {
      credits: KpiCredit.HOSPITAL,
      departmentOf: KpiDepartmentOf.HOSPITAL,
      source: '数据库完整性 share of customer records with the required fields (customer records are the hospital’s)',
    },
    nameZh: '数据库完整性',
    nameEn: 'Database completeness',
    numeratorText: '完整档案 customer records registered with the required fields (CUSTOMERS_COMPLETE)',
    numerator: metrics(plus(CareMetric.CUSTOMERS_COMPLETE)),
    denominatorText: '新建档案 customer records registered (CUSTOMERS_REGISTERED)',
    denominator: metrics(plus(CareMetric.CUSTOMERS_REGISTERED)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [CHANNEL, REGION],
    defaultTarget: 0.95,
    defaultTargetText: '95 % of new records complete',
    ignoresScope: ['DEPARTMENT', 'STAFF'],
  },
  {
    code: KpiCode.REFERRAL_CONVERSION_RATE,
    attribution: {
      credits: KpiCredit.HOSPITAL,
      departmentOf: KpiDepartmentOf.HOSPITAL,
      source: '老带新成交率 (issue 19, not in the position book): a referral belongs to the hospital',
    },
    nameZh: '老带新成交率',
    nameEn: 'Referral conversion rate',
    numeratorText: '老带新成交 referred customers with a deal at or after the referral, on the referral’s day (REFERRALS_DEALT)',
    numerator: metrics(plus(CareMetric.REFERRALS_DEALT)),
    denominatorText: '老带新 customers registered as referred by another customer (REFERRALS)',
    denominator: metrics(plus(CareMetric.REFERRALS)),
    unit: KpiUnit.PERCENT,
    direction: KpiDirection.HIGHER_IS_BETTER,
    dimensions: [CHANNEL, REGION],
    defaultTarget: 0.3,
    defaultTargetText: '30 % of referred customers deal',
    // a referral belongs to the hospital (department ''), like a customer record
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
