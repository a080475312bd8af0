import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` documents.

/** Analytics' `KpiCode`: one per KPI of the registry (DOMAIN.md §6). */
export type KpiCode =
  | 'REVENUE_COMPLETION'
  | 'PHONE_CONVERTED_VISITS'
  | 'PHONE_TO_OUTPATIENT_RATE'
  | 'PHONE_TO_SALE_ACHIEVEMENT'
  | 'BOOKING_DEAL_RATE'
  | 'ONSITE_DEAL_RATE'
  | 'CONSULT_TO_VISIT_RATE'
  | 'COMPLAINT_RATE'
  | 'MEMBER_REDEVELOPMENT_RATE'
  | 'OLD_CUSTOMER_REPURCHASE_RATE'
  | 'FOLLOW_UP_RATE'
  | 'SATISFACTION'
  | 'FRONT_DESK_PRODUCTIVITY'
  | 'MEMBER_SPEND_COMPLETION'
  | 'DATABASE_COMPLETENESS';

export type KpiUnit = 'PERCENT' | 'COUNT' | 'FEN' | 'SCORE';
export type KpiDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export const kpiDimensions = ['DEPARTMENT', 'STAFF', 'CHANNEL', 'REGION', 'CUSTOMER_CLASS', 'TIER'] as const;
export type KpiDimension = (typeof kpiDimensions)[number];
export const periodKinds = ['DAY', 'WEEK', 'MONTH', 'CUSTOM'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** Analytics' KPI period: any day of the period (`date`), and for CUSTOM its last day (`to`). */
export interface KpiPeriodInput {
  kind: PeriodKind;
  /** YYYY-MM-DD, a hospital-local day in the period (CUSTOM: the first day) */
  date: string;
  /** CUSTOM only: the last day, YYYY-MM-DD */
  to?: string | null;
}

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
  label: string;
}

export interface KpiDefinition {
  code: KpiCode;
  nameZh: string;
  nameEn: string;
  numerator: string;
  denominator: string | null;
  unit: KpiUnit;
  direction: KpiDirection;
  dimensions: KpiDimension[];
  defaultTarget: number | null;
}

export interface KpiValue {
  numerator: number;
  denominator: number | null;
  /** null when the denominator is 0 */
  value: number | null;
  target: number | null;
  /** SATISFACTION: the share of scores ≥ 4 (what its default target is set against); null for the other KPIs */
  share?: number | null;
}

export interface KpiBreakdownRow {
  key: string;
  label: string;
  value: KpiValue;
}

export interface KpiTrendPoint {
  from: string;
  to: string;
  label: string;
  value: KpiValue;
}

export interface KpiSummary {
  code: KpiCode;
  definition: KpiDefinition;
  period: Period;
  previousPeriod: Period;
  current: KpiValue;
  previous: KpiValue;
  /** current.value − previous.value; null when either is null */
  change: number | null;
}

export interface KpiDetail extends KpiSummary {
  breakdown: KpiBreakdownRow[];
  trend: KpiTrendPoint[];
}

export interface Funnel {
  consultations: number;
  bookings: number;
  arrivals: number;
  deals: number;
  period: Period;
}

const definitionFields = `
  code
  nameZh
  nameEn
  numerator
  denominator
  unit
  direction
  dimensions
  defaultTarget
`;
const valueFields = `numerator denominator value target share`;
const periodFields = `kind from to label`;
const summaryFields = `
  code
  definition { ${definitionFields} }
  period { ${periodFields} }
  previousPeriod { ${periodFields} }
  current { ${valueFields} }
  previous { ${valueFields} }
  change
`;

export const KpiDefinitionsDocument: TypedDocumentNode<{ kpiDefinitions: KpiDefinition[] }, Record<string, never>> = gql`
  query KpiDefinitions {
    kpiDefinitions { ${definitionFields} }
  }
`;

export interface KpisVariables {
  period: KpiPeriodInput;
  departmentCode?: string | null;
  staffId?: string | null;
}

/** Every KPI of the registry for the period (the cards). */
export const KpisDocument: TypedDocumentNode<{ kpis: KpiSummary[] }, KpisVariables> = gql`
  query Kpis($period: KpiPeriodInput!, $departmentCode: String, $staffId: ID) {
    kpis(period: $period, departmentCode: $departmentCode, staffId: $staffId) { ${summaryFields} }
  }
`;

export interface KpiDetailVariables extends KpisVariables {
  code: KpiCode;
  dimension: KpiDimension;
  points: number;
}

/** One KPI with its trend over the periods before and its breakdown along one dimension. */
export const KpiDetailDocument: TypedDocumentNode<{ kpi: KpiDetail }, KpiDetailVariables> = gql`
  query KpiDetail(
    $code: KpiCode!
    $period: KpiPeriodInput!
    $departmentCode: String
    $staffId: ID
    $dimension: KpiDimension!
    $points: Int!
  ) {
    kpi(code: $code, period: $period, departmentCode: $departmentCode, staffId: $staffId) {
      ${summaryFields}
      trend(points: $points) { from to label value { ${valueFields} } }
      breakdown(dimension: $dimension) { key label value { ${valueFields} } }
    }
  }
`;

export const FunnelDocument: TypedDocumentNode<{ funnel: Funnel }, { period: KpiPeriodInput; departmentCode?: string | null }> = gql`
  query Funnel($period: KpiPeriodInput!, $departmentCode: String) {
    funnel(period: $period, departmentCode: $departmentCode) {
      consultations
      bookings
      arrivals
      deals
      period { ${periodFields} }
    }
  }
`;

/** identity's departments, for the director's department switch and the labels of department codes. */
export interface Department {
  code: string;
  name: string;
  nameEn: string;
}

export const KpiDepartmentsDocument: TypedDocumentNode<{ departments: Department[] }, Record<string, never>> = gql`
  query KpiDepartments {
    departments {
      code
      name
      nameEn
    }
  }
`;
