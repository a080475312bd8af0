/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type JudgedScoreInput = {
  itemCode: string;
  /** 0–100 */
  score: number;
};

/** The KPIs of the registry (docs/domain.md §6), each defined once in analytics’ kpi-registry */
export type KpiCode =
  /** 预约咨询成交率 Booking deal rate */
  | 'BOOKING_DEAL_RATE'
  /** 顾客投诉率 Complaint rate */
  | 'COMPLAINT_RATE'
  /** 来院达到率 Consult-to-visit rate */
  | 'CONSULT_TO_VISIT_RATE'
  /** 数据库完整性 Database completeness */
  | 'DATABASE_COMPLETENESS'
  /** 回访率 Follow-up rate */
  | 'FOLLOW_UP_RATE'
  /** 前台人均销售额 Front-desk productivity */
  | 'FRONT_DESK_PRODUCTIVITY'
  /** 会员再次开发率 Member redevelopment rate */
  | 'MEMBER_REDEVELOPMENT_RATE'
  /** 会员消费额完成率 Member spend completion */
  | 'MEMBER_SPEND_COMPLETION'
  /** 老顾客再次消费率 Old-customer repurchase rate */
  | 'OLD_CUSTOMER_REPURCHASE_RATE'
  /** 现场成交率 On-site deal rate */
  | 'ONSITE_DEAL_RATE'
  /** 超时投诉数 Overdue complaints */
  | 'OVERDUE_COMPLAINTS'
  /** 电话咨询来院量 Phone-converted visits */
  | 'PHONE_CONVERTED_VISITS'
  /** 电转门诊率 Phone-to-outpatient rate */
  | 'PHONE_TO_OUTPATIENT_RATE'
  /** 电转销售目标达成率 Phone-to-sale achievement */
  | 'PHONE_TO_SALE_ACHIEVEMENT'
  /** 老带新成交率 Referral conversion rate */
  | 'REFERRAL_CONVERSION_RATE'
  /** 营业收入完成率 Revenue completion */
  | 'REVENUE_COMPLETION'
  /** 满意度 Satisfaction */
  | 'SATISFACTION';

/** What a KPI can be broken down by; each KPI lists those its data carries (KpiDefinition.dimensions) */
export type KpiDimension =
  | 'CHANNEL'
  | 'CUSTOMER_CLASS'
  | 'DEPARTMENT'
  | 'REGION'
  | 'STAFF'
  | 'TIER';

export type KpiDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** A KPI period in the hospital time zone: the day, ISO week or month of `date`, or CUSTOM from `date` to `to` */
export type KpiPeriodInput = {
  /** any day of the period (CUSTOM: the first day) */
  date: string;
  kind: PeriodKind;
  /** CUSTOM only: the last day (at most 366 days in all); ignored for the other kinds */
  to?: string | null | undefined;
};

export type KpiUnit =
  /** a whole number */
  | 'COUNT'
  /** money, fen */
  | 'FEN'
  /** a share 0..1 */
  | 'PERCENT'
  /** a mean score (satisfaction 1–5) */
  | 'SCORE';

export type NewCustomersGroupBy =
  /** one row per source channel with data, most new customers first */
  | 'CHANNEL'
  /** one row per day of the period, in order, days without data as zeros */
  | 'DAY';

/** A period of whole days in the hospital time zone, both ends included */
export type PeriodInput = {
  /** first day */
  from: string;
  /** last day; at most 366 days after-and-including from */
  to: string;
};

export type PeriodKind =
  /** from date to `to`, both included, at most 366 days */
  | 'CUSTOM'
  /** one hospital-local day */
  | 'DAY'
  /** the calendar month of the date */
  | 'MONTH'
  /** the ISO week (Monday–Sunday) of the date */
  | 'WEEK';

/** VALUE: the KPI’s value; SHARE: SATISFACTION’s share of scores ≥ 4 */
export type ScorecardFigure =
  | 'SHARE'
  | 'VALUE';

export type ScorecardItemKind =
  /** entered 0–100 by the manager */
  | 'JUDGED'
  /** a registry KPI, measured over the month */
  | 'MEASURED';

export type ScorecardItemStatus =
  /** a judged item the manager has not entered yet (scored 0) */
  | 'NOT_ENTERED'
  /** nothing to measure this month (scored 0) */
  | 'NO_DATA'
  /** no target in the template or the registry (scored 0) */
  | 'NO_TARGET'
  /** scored */
  | 'OK';

/** whose figure a measured item reads: the staff member’s, their department’s or the hospital’s */
export type ScorecardScope =
  | 'DEPARTMENT'
  | 'HOSPITAL'
  | 'STAFF';

export type ScorecardTemplateItemInput = {
  code: string;
  /** default VALUE */
  figure?: ScorecardFigure | null | undefined;
  kind: ScorecardItemKind;
  kpiCode?: string | null | undefined;
  nameEn: string;
  nameZh: string;
  /** measured items; default STAFF */
  scope?: ScorecardScope | null | undefined;
  target?: number | null | undefined;
  variant?: string | null | undefined;
  weight: number;
};

/** Judged scores of one staff member for a month, with who they are: identity publishes no staff events, so the entry names the staff member’s position and department */
export type SetJudgedScoreInput = {
  departmentCode: string;
  month: string;
  positionCode: string;
  scores: Array<JudgedScoreInput>;
  staffId: string;
  staffName?: string | null | undefined;
};

export type SetMonthlyTargetInput = {
  /** 0 or more */
  amountFen: number;
  /** '' for the hospital's own target */
  departmentCode: string;
  metric: TargetMetric;
  month: string;
  /** a staff member’s target; null or absent for the department’s (or hospital’s) */
  staffId?: string | null | undefined;
};

export type TargetMetric =
  /** 会员消费额目标 (MEMBER_SPEND_COMPLETION) */
  | 'MEMBER_SPEND'
  /** 电转销售目标 (PHONE_TO_SALE_ACHIEVEMENT) */
  | 'PHONE_TO_SALE'
  /** 营业收入目标 (REVENUE_COMPLETION) */
  | 'REVENUE';

/** Replaces a position template’s items (or creates the template, names then required) */
export type UpdateScorecardTemplateInput = {
  items: Array<ScorecardTemplateItemInput>;
  nameEn?: string | null | undefined;
  nameZh?: string | null | undefined;
  positionCode: string;
};

export type KpiDefinitionFieldsFragment = { code: KpiCode, nameZh: string, nameEn: string, numerator: string, denominator: string | null, unit: KpiUnit, direction: KpiDirection, dimensions: Array<KpiDimension>, defaultTarget: number | null, defaultTargetText: string };

export type KpiValueFieldsFragment = { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null };

export type KpiPeriodFieldsFragment = { kind: PeriodKind, from: string, to: string, label: string };

export type KpiSummaryFieldsFragment = { code: KpiCode, change: number | null, definition: { code: KpiCode, nameZh: string, nameEn: string, numerator: string, denominator: string | null, unit: KpiUnit, direction: KpiDirection, dimensions: Array<KpiDimension>, defaultTarget: number | null, defaultTargetText: string }, period: { kind: PeriodKind, from: string, to: string, label: string }, previousPeriod: { kind: PeriodKind, from: string, to: string, label: string }, current: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null }, previous: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null } };

export type KpiTrendPointFieldsFragment = { from: string, to: string, label: string, value: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null } };

export type KpiBreakdownRowFieldsFragment = { key: string, label: string, value: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null } };

export type KpisQueryVariables = Exact<{
  period: KpiPeriodInput;
  departmentCode?: string | null | undefined;
  staffId?: string | null | undefined;
}>;


export type KpisQuery = { kpis: Array<{ code: KpiCode, change: number | null, definition: { code: KpiCode, nameZh: string, nameEn: string, numerator: string, denominator: string | null, unit: KpiUnit, direction: KpiDirection, dimensions: Array<KpiDimension>, defaultTarget: number | null, defaultTargetText: string }, period: { kind: PeriodKind, from: string, to: string, label: string }, previousPeriod: { kind: PeriodKind, from: string, to: string, label: string }, current: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null }, previous: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null } }> | null };

export type KpiDetailQueryVariables = Exact<{
  code: KpiCode;
  period: KpiPeriodInput;
  departmentCode?: string | null | undefined;
  staffId?: string | null | undefined;
  dimension: KpiDimension;
  points: number;
}>;


export type KpiDetailQuery = { kpi: { code: KpiCode, change: number | null, trend: Array<{ from: string, to: string, label: string, value: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null } }>, breakdown: Array<{ key: string, label: string, value: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null } }>, definition: { code: KpiCode, nameZh: string, nameEn: string, numerator: string, denominator: string | null, unit: KpiUnit, direction: KpiDirection, dimensions: Array<KpiDimension>, defaultTarget: number | null, defaultTargetText: string }, period: { kind: PeriodKind, from: string, to: string, label: string }, previousPeriod: { kind: PeriodKind, from: string, to: string, label: string }, current: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null }, previous: { numerator: number, denominator: number | null, value: number | null, target: number | null, share: number | null } } };

export type FunnelQueryVariables = Exact<{
  period: KpiPeriodInput;
  departmentCode?: string | null | undefined;
}>;


export type FunnelQuery = { funnel: { consultations: number, bookings: number, arrivals: number, deals: number, period: { kind: PeriodKind, from: string, to: string, label: string } } };

export type DepartmentFieldsFragment = { code: string, name: string, nameEn: string };

export type KpiDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiDepartmentsQuery = { departments: Array<{ code: string, name: string, nameEn: string }> | null };

export type KpiMemberRfmQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type KpiMemberRfmQuery = { memberRfm: Array<{ segment: string, labelZh: string, labelEn: string, members: number, share: number | null, spendFen: number, averageRecencyDays: number | null, averageFrequency: number | null, averageSpendFen: number | null }> | null };

export type KpiCohortRetentionQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
  months?: number | null | undefined;
}>;


export type KpiCohortRetentionQuery = { cohortRetention: Array<{ cohort: string, members: number, months: Array<{ monthOffset: number, month: string, activeMembers: number, rate: number | null }> }> | null };

export type NewCustomersRowFieldsFragment = { key: string, newCustomers: number, newMembers: number };

export type NewCustomersQueryVariables = Exact<{
  period: PeriodInput;
  groupBy: NewCustomersGroupBy;
}>;


export type NewCustomersQuery = { newCustomers: { groupBy: NewCustomersGroupBy, totalNewCustomers: number, totalNewMembers: number, rows: Array<{ key: string, newCustomers: number, newMembers: number }> } | null };

export type ScorecardTemplateFieldsFragment = { positionCode: string, nameZh: string, nameEn: string, weightTotal: number, normalised: boolean, items: Array<{ code: string, kind: ScorecardItemKind, kpiCode: string | null, nameZh: string, nameEn: string, weight: number, normalisedWeight: number, scope: ScorecardScope | null, figure: ScorecardFigure | null, variant: string | null, target: number | null, effectiveTarget: number | null, unit: string | null, direction: string | null }> };

export type ScorecardRowItemFieldsFragment = { code: string, kind: ScorecardItemKind, kpiCode: string | null, nameZh: string, nameEn: string, weight: number, normalisedWeight: number, unit: string | null, direction: string | null, value: number | null, target: number | null, targetIsDefault: boolean, score: number, weightedScore: number, status: ScorecardItemStatus };

export type ScorecardRowFieldsFragment = { staffId: string, staffName: string | null, positionCode: string, departmentCode: string, assignedMonth: string, total: number, rank: number, judgedComplete: boolean, items: Array<{ code: string, kind: ScorecardItemKind, kpiCode: string | null, nameZh: string, nameEn: string, weight: number, normalisedWeight: number, unit: string | null, direction: string | null, value: number | null, target: number | null, targetIsDefault: boolean, score: number, weightedScore: number, status: ScorecardItemStatus }> };

export type ScorecardTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScorecardTemplatesQuery = { scorecardTemplates: Array<{ positionCode: string, nameZh: string, nameEn: string, weightTotal: number, normalised: boolean, items: Array<{ code: string, kind: ScorecardItemKind, kpiCode: string | null, nameZh: string, nameEn: string, weight: number, normalisedWeight: number, scope: ScorecardScope | null, figure: ScorecardFigure | null, variant: string | null, target: number | null, effectiveTarget: number | null, unit: string | null, direction: string | null }> }> | null };

export type ScorecardsQueryVariables = Exact<{
  month: string;
  positionCode: string;
  departmentCode?: string | null | undefined;
}>;


export type ScorecardsQuery = { scorecards: { month: string, departmentCode: string | null, template: { positionCode: string, nameZh: string, nameEn: string, weightTotal: number, normalised: boolean, items: Array<{ code: string, kind: ScorecardItemKind, kpiCode: string | null, nameZh: string, nameEn: string, weight: number, normalisedWeight: number, scope: ScorecardScope | null, figure: ScorecardFigure | null, variant: string | null, target: number | null, effectiveTarget: number | null, unit: string | null, direction: string | null }> }, rows: Array<{ staffId: string, staffName: string | null, positionCode: string, departmentCode: string, assignedMonth: string, total: number, rank: number, judgedComplete: boolean, items: Array<{ code: string, kind: ScorecardItemKind, kpiCode: string | null, nameZh: string, nameEn: string, weight: number, normalisedWeight: number, unit: string | null, direction: string | null, value: number | null, target: number | null, targetIsDefault: boolean, score: number, weightedScore: number, status: ScorecardItemStatus }> }> } };

export type UpdateScorecardTemplateMutationVariables = Exact<{
  input: UpdateScorecardTemplateInput;
}>;


export type UpdateScorecardTemplateMutation = { updateScorecardTemplate: { positionCode: string, nameZh: string, nameEn: string, weightTotal: number, normalised: boolean, items: Array<{ code: string, kind: ScorecardItemKind, kpiCode: string | null, nameZh: string, nameEn: string, weight: number, normalisedWeight: number, scope: ScorecardScope | null, figure: ScorecardFigure | null, variant: string | null, target: number | null, effectiveTarget: number | null, unit: string | null, direction: string | null }> } };

export type SetJudgedScoreMutationVariables = Exact<{
  input: SetJudgedScoreInput;
}>;


export type SetJudgedScoreMutation = { setJudgedScore: { month: string, staffId: string, judged: Array<{ itemCode: string, score: number }> } };

export type ExportMonthlyAnalysisQueryVariables = Exact<{
  month: string;
}>;


export type ExportMonthlyAnalysisQuery = { exportMonthlyAnalysis: { month: string, filename: string, contentBase64: string } };

export type ScorecardStaffQueryVariables = Exact<{
  departmentCode: string;
}>;


export type ScorecardStaffQuery = { staffMembers: { nodes: Array<{ id: string, name: string, departmentCode: string, position: string }> } | null };

export type MonthlyTargetFieldsFragment = { month: string, metric: TargetMetric, departmentCode: string, staffId: string | null, amountFen: number, updatedAt: string, updatedBy: string | null };

export type MonthlyTargetsQueryVariables = Exact<{
  month: string;
  departmentCode?: string | null | undefined;
}>;


export type MonthlyTargetsQuery = { monthlyTargets: Array<{ month: string, metric: TargetMetric, departmentCode: string, staffId: string | null, amountFen: number, updatedAt: string, updatedBy: string | null }> | null };

export type SetMonthlyTargetMutationVariables = Exact<{
  input: SetMonthlyTargetInput;
}>;


export type SetMonthlyTargetMutation = { setMonthlyTarget: { month: string, metric: TargetMetric, departmentCode: string, staffId: string | null, amountFen: number, updatedAt: string, updatedBy: string | null } };

export type TargetStaffQueryVariables = Exact<{
  departmentCode: string;
}>;


export type TargetStaffQuery = { staffMembers: { nodes: Array<{ id: string, name: string, departmentCode: string }> } | null };

export type TargetStaffNameQueryVariables = Exact<{
  id: string;
}>;


export type TargetStaffNameQuery = { staff: { id: string, name: string, departmentCode: string } | null };

export const KpiDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTarget"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTargetText"}}]}}]} as unknown as DocumentNode<KpiDefinitionFieldsFragment, unknown>;
export const KpiPeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<KpiPeriodFieldsFragment, unknown>;
export const KpiValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<KpiValueFieldsFragment, unknown>;
export const KpiSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTarget"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTargetText"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<KpiSummaryFieldsFragment, unknown>;
export const KpiTrendPointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiTrendPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiTrendPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<KpiTrendPointFieldsFragment, unknown>;
export const KpiBreakdownRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiBreakdownRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiBreakdownRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<KpiBreakdownRowFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<DepartmentFieldsFragment, unknown>;
export const NewCustomersRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewCustomersRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewCustomersRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"newMembers"}}]}}]} as unknown as DocumentNode<NewCustomersRowFieldsFragment, unknown>;
export const ScorecardTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weightTotal"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<ScorecardTemplateFieldsFragment, unknown>;
export const ScorecardRowItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardRowItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardRowItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ScorecardRowItemFieldsFragment, unknown>;
export const ScorecardRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"positionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"judgedComplete"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardRowItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardRowItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardRowItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ScorecardRowFieldsFragment, unknown>;
export const MonthlyTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<MonthlyTargetFieldsFragment, unknown>;
export const KpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTarget"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTargetText"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<KpisQuery, KpisQueryVariables>;
export const KpiDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"points"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"points"},"value":{"kind":"Variable","name":{"kind":"Name","value":"points"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiTrendPointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiBreakdownRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTarget"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTargetText"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiTrendPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiTrendPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiBreakdownRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiBreakdownRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}}]}}]} as unknown as DocumentNode<KpiDetailQuery, KpiDetailQueryVariables>;
export const FunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Funnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"arrivals"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiPeriodFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<FunnelQuery, FunnelQueryVariables>;
export const KpiDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<KpiDepartmentsQuery, KpiDepartmentsQueryVariables>;
export const KpiMemberRfmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiMemberRfm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRfm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"spendFen"}},{"kind":"Field","name":{"kind":"Name","value":"averageRecencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"averageFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpendFen"}}]}}]}}]} as unknown as DocumentNode<KpiMemberRfmQuery, KpiMemberRfmQueryVariables>;
export const KpiCohortRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiCohortRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortRetention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthOffset"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<KpiCohortRetentionQuery, KpiCohortRetentionQueryVariables>;
export const NewCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewCustomersGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"totalNewCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"totalNewMembers"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewCustomersRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewCustomersRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewCustomersRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"newMembers"}}]}}]} as unknown as DocumentNode<NewCustomersQuery, NewCustomersQueryVariables>;
export const ScorecardTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weightTotal"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<ScorecardTemplatesQuery, ScorecardTemplatesQueryVariables>;
export const ScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scorecards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"positionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardTemplateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardRowItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardRowItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weightTotal"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"positionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"judgedComplete"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardRowItemFields"}}]}}]}}]} as unknown as DocumentNode<ScorecardsQuery, ScorecardsQueryVariables>;
export const UpdateScorecardTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScorecardTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScorecardTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScorecardTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weightTotal"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"normalisedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<UpdateScorecardTemplateMutation, UpdateScorecardTemplateMutationVariables>;
export const SetJudgedScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetJudgedScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetJudgedScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setJudgedScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"judged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<SetJudgedScoreMutation, SetJudgedScoreMutationVariables>;
export const ExportMonthlyAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportMonthlyAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMonthlyAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportMonthlyAnalysisQuery, ExportMonthlyAnalysisQueryVariables>;
export const ScorecardStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<ScorecardStaffQuery, ScorecardStaffQueryVariables>;
export const MonthlyTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyTargetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<MonthlyTargetsQuery, MonthlyTargetsQueryVariables>;
export const SetMonthlyTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMonthlyTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMonthlyTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMonthlyTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyTargetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SetMonthlyTargetMutation, SetMonthlyTargetMutationVariables>;
export const TargetStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}}]}}]}}]}}]} as unknown as DocumentNode<TargetStaffQuery, TargetStaffQueryVariables>;
export const TargetStaffNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetStaffName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}}]}}]}}]} as unknown as DocumentNode<TargetStaffNameQuery, TargetStaffNameQueryVariables>;