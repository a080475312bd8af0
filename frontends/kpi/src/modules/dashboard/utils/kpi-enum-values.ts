import type { KpiDimension, KpiUnit, PeriodKind } from '../../../gql/graphql';

/** analytics' `PeriodKind`s, in the order the period picker offers them. */
export const periodKinds = ['DAY', 'WEEK', 'MONTH', 'CUSTOM'] as const satisfies readonly PeriodKind[];

/** analytics' `KpiDimension`s, to read a dimension from the URL (a KPI's own come with its definition). */
export const kpiDimensions = [
  'DEPARTMENT',
  'STAFF',
  'CHANNEL',
  'REGION',
  'CUSTOMER_CLASS',
  'TIER',
] as const satisfies readonly KpiDimension[];

const kpiUnits: Record<KpiUnit, true> = { PERCENT: true, COUNT: true, FEN: true, SCORE: true };

/** Whether a unit given as text (a scorecard item's `unit` is a String in the schema) is a `KpiUnit`. */
export function isKpiUnit(unit: string | null | undefined): unit is KpiUnit {
  return unit != null && Object.hasOwn(kpiUnits, unit);
}
