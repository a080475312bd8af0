/**
 * The KPI front end's operations, written out exactly as frontends/kpi/src/modules/dashboard/graphql/kpi.documents.ts
 * and targets/graphql/targets.documents.ts send them (their field lists expanded), so the tests
 * prove the subgraph answers what the dashboard asks.
 */
const definitionFields = `code nameZh nameEn numerator denominator unit direction dimensions defaultTarget`;
const valueFields = `numerator denominator value target`;
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

export const KPI_DEFINITIONS = `query KpiDefinitions { kpiDefinitions { ${definitionFields} } }`;

export const KPIS = `query Kpis($period: KpiPeriodInput!, $departmentCode: String, $staffId: ID) {
  kpis(period: $period, departmentCode: $departmentCode, staffId: $staffId) { ${summaryFields} }
}`;

export const KPI_DETAIL = `query KpiDetail(
  $code: KpiCode!
  $period: KpiPeriodInput!
  $departmentCode: String
  $staffId: ID
  $dimension: KpiDimension!
  $points: Int!
) {
  kpi(code: $code, period: $period, departmentCode: $departmentCode, staffId: $staffId) {
    ${summaryFields}
    trend(points: $points) { from to value { ${valueFields} } }
    breakdown(dimension: $dimension) { key label value { ${valueFields} } }
  }
}`;

export const FUNNEL = `query Funnel($period: KpiPeriodInput!, $departmentCode: String) {
  funnel(period: $period, departmentCode: $departmentCode) {
    consultations
    bookings
    arrivals
    deals
    period { ${periodFields} }
  }
}`;

const targetFields = `month metric departmentCode staffId amountFen updatedAt updatedBy`;

export const MONTHLY_TARGETS = `query MonthlyTargets($month: YearMonth!, $departmentCode: String) {
  monthlyTargets(month: $month, departmentCode: $departmentCode) { ${targetFields} }
}`;

export const SET_MONTHLY_TARGET = `mutation SetMonthlyTarget($input: SetMonthlyTargetInput!) {
  setMonthlyTarget(input: $input) { ${targetFields} }
}`;
