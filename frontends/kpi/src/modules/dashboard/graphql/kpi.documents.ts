import { graphql } from '../../../gql';

/** One KPI of analytics' registry (docs/domain.md §6): names, formula, unit, direction, dimensions. */
export const KpiDefinitionFieldsFragment = graphql(`
  fragment KpiDefinitionFields on KpiDefinition {
    code
    nameZh
    nameEn
    numerator
    denominator
    unit
    direction
    dimensions
    defaultTarget
    defaultTargetText
  }
`);

/** A KPI figure: numerator, denominator, value (null when the denominator is 0), target, SATISFACTION's share. */
export const KpiValueFieldsFragment = graphql(`
  fragment KpiValueFields on KpiValue {
    numerator
    denominator
    value
    target
    share
  }
`);

export const KpiPeriodFieldsFragment = graphql(`
  fragment KpiPeriodFields on KpiPeriod {
    kind
    from
    to
    label
  }
`);

/** One KPI over the period against the previous period (a card). */
export const KpiSummaryFieldsFragment = graphql(`
  fragment KpiSummaryFields on KpiSummary {
    code
    definition {
      ...KpiDefinitionFields
    }
    period {
      ...KpiPeriodFields
    }
    previousPeriod {
      ...KpiPeriodFields
    }
    current {
      ...KpiValueFields
    }
    previous {
      ...KpiValueFields
    }
    change
  }
`);

export const KpiTrendPointFieldsFragment = graphql(`
  fragment KpiTrendPointFields on KpiTrendPoint {
    from
    to
    label
    value {
      ...KpiValueFields
    }
  }
`);

export const KpiBreakdownRowFieldsFragment = graphql(`
  fragment KpiBreakdownRowFields on KpiBreakdownRow {
    key
    label
    value {
      ...KpiValueFields
    }
  }
`);

/** Every KPI of the registry for the period, in the registry's order (the cards). */
export const KpisDocument = graphql(`
  query Kpis($period: KpiPeriodInput!, $departmentCode: String, $staffId: ID) {
    kpis(period: $period, departmentCode: $departmentCode, staffId: $staffId) {
      ...KpiSummaryFields
    }
  }
`);

/** One KPI with its trend over the periods before and its breakdown along one dimension. */
export const KpiDetailDocument = graphql(`
  query KpiDetail(
    $code: KpiCode!
    $period: KpiPeriodInput!
    $departmentCode: String
    $staffId: ID
    $dimension: KpiDimension!
    $points: Int!
  ) {
    kpi(code: $code, period: $period, departmentCode: $departmentCode, staffId: $staffId) {
      ...KpiSummaryFields
      trend(points: $points) {
        ...KpiTrendPointFields
      }
      breakdown(dimension: $dimension) {
        ...KpiBreakdownRowFields
      }
    }
  }
`);

/** 咨询 → 预约 → 到院 → 成交 over the period. */
export const FunnelDocument = graphql(`
  query Funnel($period: KpiPeriodInput!, $departmentCode: String) {
    funnel(period: $period, departmentCode: $departmentCode) {
      consultations
      bookings
      arrivals
      deals
      period {
        ...KpiPeriodFields
      }
    }
  }
`);

/** identity's `Department`: its code and names. */
export const DepartmentFieldsFragment = graphql(`
  fragment DepartmentFields on Department {
    code
    name
    nameEn
  }
`);

/** identity's departments, for the director's department switch and the labels of department codes. */
export const KpiDepartmentsDocument = graphql(`
  query KpiDepartments {
    departments {
      ...DepartmentFields
    }
  }
`);
