/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment KpiDefinitionFields on KpiDefinition {\n    code\n    nameZh\n    nameEn\n    numerator\n    denominator\n    unit\n    direction\n    dimensions\n    defaultTarget\n    defaultTargetText\n  }\n": typeof types.KpiDefinitionFieldsFragmentDoc,
    "\n  fragment KpiValueFields on KpiValue {\n    numerator\n    denominator\n    value\n    target\n    share\n  }\n": typeof types.KpiValueFieldsFragmentDoc,
    "\n  fragment KpiPeriodFields on KpiPeriod {\n    kind\n    from\n    to\n    label\n  }\n": typeof types.KpiPeriodFieldsFragmentDoc,
    "\n  fragment KpiSummaryFields on KpiSummary {\n    code\n    definition {\n      ...KpiDefinitionFields\n    }\n    period {\n      ...KpiPeriodFields\n    }\n    previousPeriod {\n      ...KpiPeriodFields\n    }\n    current {\n      ...KpiValueFields\n    }\n    previous {\n      ...KpiValueFields\n    }\n    change\n  }\n": typeof types.KpiSummaryFieldsFragmentDoc,
    "\n  fragment KpiTrendPointFields on KpiTrendPoint {\n    from\n    to\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n": typeof types.KpiTrendPointFieldsFragmentDoc,
    "\n  fragment KpiBreakdownRowFields on KpiBreakdownRow {\n    key\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n": typeof types.KpiBreakdownRowFieldsFragmentDoc,
    "\n  query Kpis($period: KpiPeriodInput!, $departmentCode: String, $staffId: ID) {\n    kpis(period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n    }\n  }\n": typeof types.KpisDocument,
    "\n  query KpiDetail(\n    $code: KpiCode!\n    $period: KpiPeriodInput!\n    $departmentCode: String\n    $staffId: ID\n    $dimension: KpiDimension!\n    $points: Int!\n  ) {\n    kpi(code: $code, period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n      trend(points: $points) {\n        ...KpiTrendPointFields\n      }\n      breakdown(dimension: $dimension) {\n        ...KpiBreakdownRowFields\n      }\n    }\n  }\n": typeof types.KpiDetailDocument,
    "\n  query Funnel($period: KpiPeriodInput!, $departmentCode: String) {\n    funnel(period: $period, departmentCode: $departmentCode) {\n      consultations\n      bookings\n      arrivals\n      deals\n      period {\n        ...KpiPeriodFields\n      }\n    }\n  }\n": typeof types.FunnelDocument,
    "\n  fragment DepartmentFields on Department {\n    code\n    name\n    nameEn\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query KpiDepartments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n": typeof types.KpiDepartmentsDocument,
    "\n  query KpiMemberRfm($asOf: LocalDate) {\n    memberRfm(asOf: $asOf) {\n      segment\n      labelZh\n      labelEn\n      members\n      share\n      spendFen\n      averageRecencyDays\n      averageFrequency\n      averageSpendFen\n    }\n  }\n": typeof types.KpiMemberRfmDocument,
    "\n  query KpiCohortRetention($fromMonth: YearMonth!, $toMonth: YearMonth!, $months: Int) {\n    cohortRetention(fromMonth: $fromMonth, toMonth: $toMonth, months: $months) {\n      cohort\n      members\n      months {\n        monthOffset\n        month\n        activeMembers\n        rate\n      }\n    }\n  }\n": typeof types.KpiCohortRetentionDocument,
    "\n  fragment NewCustomersRowFields on NewCustomersRow {\n    key\n    newCustomers\n    newMembers\n  }\n": typeof types.NewCustomersRowFieldsFragmentDoc,
    "\n  query NewCustomers($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {\n    newCustomers(period: $period, groupBy: $groupBy) {\n      groupBy\n      totalNewCustomers\n      totalNewMembers\n      rows {\n        ...NewCustomersRowFields\n      }\n    }\n  }\n": typeof types.NewCustomersDocument,
    "\n  fragment ScorecardTemplateFields on ScorecardTemplate {\n    positionCode\n    nameZh\n    nameEn\n    weightTotal\n    normalised\n    items {\n      code\n      kind\n      kpiCode\n      nameZh\n      nameEn\n      weight\n      normalisedWeight\n      scope\n      figure\n      variant\n      target\n      effectiveTarget\n      unit\n      direction\n    }\n  }\n": typeof types.ScorecardTemplateFieldsFragmentDoc,
    "\n  fragment ScorecardRowItemFields on ScorecardRowItem {\n    code\n    kind\n    kpiCode\n    nameZh\n    nameEn\n    weight\n    normalisedWeight\n    unit\n    direction\n    value\n    target\n    targetIsDefault\n    score\n    weightedScore\n    status\n  }\n": typeof types.ScorecardRowItemFieldsFragmentDoc,
    "\n  fragment ScorecardRowFields on ScorecardRow {\n    staffId\n    staffName\n    positionCode\n    departmentCode\n    assignedMonth\n    total\n    rank\n    judgedComplete\n    items {\n      ...ScorecardRowItemFields\n    }\n  }\n": typeof types.ScorecardRowFieldsFragmentDoc,
    "\n  query ScorecardTemplates {\n    scorecardTemplates {\n      ...ScorecardTemplateFields\n    }\n  }\n": typeof types.ScorecardTemplatesDocument,
    "\n  query Scorecards($month: YearMonth!, $positionCode: String!, $departmentCode: String) {\n    scorecards(month: $month, positionCode: $positionCode, departmentCode: $departmentCode) {\n      month\n      departmentCode\n      template {\n        ...ScorecardTemplateFields\n      }\n      rows {\n        ...ScorecardRowFields\n      }\n    }\n  }\n": typeof types.ScorecardsDocument,
    "\n  mutation UpdateScorecardTemplate($input: UpdateScorecardTemplateInput!) {\n    updateScorecardTemplate(input: $input) {\n      ...ScorecardTemplateFields\n    }\n  }\n": typeof types.UpdateScorecardTemplateDocument,
    "\n  mutation SetJudgedScore($input: SetJudgedScoreInput!) {\n    setJudgedScore(input: $input) {\n      month\n      staffId\n      judged {\n        itemCode\n        score\n      }\n    }\n  }\n": typeof types.SetJudgedScoreDocument,
    "\n  query ExportMonthlyAnalysis($month: YearMonth!) {\n    exportMonthlyAnalysis(month: $month) {\n      month\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ExportMonthlyAnalysisDocument,
    "\n  query ScorecardStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n        position\n      }\n    }\n  }\n": typeof types.ScorecardStaffDocument,
    "\n  fragment MonthlyTargetFields on MonthlyTarget {\n    month\n    metric\n    departmentCode\n    staffId\n    amountFen\n    updatedAt\n    updatedBy\n  }\n": typeof types.MonthlyTargetFieldsFragmentDoc,
    "\n  query MonthlyTargets($month: YearMonth!, $departmentCode: String) {\n    monthlyTargets(month: $month, departmentCode: $departmentCode) {\n      ...MonthlyTargetFields\n    }\n  }\n": typeof types.MonthlyTargetsDocument,
    "\n  mutation SetMonthlyTarget($input: SetMonthlyTargetInput!) {\n    setMonthlyTarget(input: $input) {\n      ...MonthlyTargetFields\n    }\n  }\n": typeof types.SetMonthlyTargetDocument,
    "\n  query TargetStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n": typeof types.TargetStaffDocument,
    "\n  query TargetStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n": typeof types.TargetStaffNameDocument,
};
const documents: Documents = {
    "\n  fragment KpiDefinitionFields on KpiDefinition {\n    code\n    nameZh\n    nameEn\n    numerator\n    denominator\n    unit\n    direction\n    dimensions\n    defaultTarget\n    defaultTargetText\n  }\n": types.KpiDefinitionFieldsFragmentDoc,
    "\n  fragment KpiValueFields on KpiValue {\n    numerator\n    denominator\n    value\n    target\n    share\n  }\n": types.KpiValueFieldsFragmentDoc,
    "\n  fragment KpiPeriodFields on KpiPeriod {\n    kind\n    from\n    to\n    label\n  }\n": types.KpiPeriodFieldsFragmentDoc,
    "\n  fragment KpiSummaryFields on KpiSummary {\n    code\n    definition {\n      ...KpiDefinitionFields\n    }\n    period {\n      ...KpiPeriodFields\n    }\n    previousPeriod {\n      ...KpiPeriodFields\n    }\n    current {\n      ...KpiValueFields\n    }\n    previous {\n      ...KpiValueFields\n    }\n    change\n  }\n": types.KpiSummaryFieldsFragmentDoc,
    "\n  fragment KpiTrendPointFields on KpiTrendPoint {\n    from\n    to\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n": types.KpiTrendPointFieldsFragmentDoc,
    "\n  fragment KpiBreakdownRowFields on KpiBreakdownRow {\n    key\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n": types.KpiBreakdownRowFieldsFragmentDoc,
    "\n  query Kpis($period: KpiPeriodInput!, $departmentCode: String, $staffId: ID) {\n    kpis(period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n    }\n  }\n": types.KpisDocument,
    "\n  query KpiDetail(\n    $code: KpiCode!\n    $period: KpiPeriodInput!\n    $departmentCode: String\n    $staffId: ID\n    $dimension: KpiDimension!\n    $points: Int!\n  ) {\n    kpi(code: $code, period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n      trend(points: $points) {\n        ...KpiTrendPointFields\n      }\n      breakdown(dimension: $dimension) {\n        ...KpiBreakdownRowFields\n      }\n    }\n  }\n": types.KpiDetailDocument,
    "\n  query Funnel($period: KpiPeriodInput!, $departmentCode: String) {\n    funnel(period: $period, departmentCode: $departmentCode) {\n      consultations\n      bookings\n      arrivals\n      deals\n      period {\n        ...KpiPeriodFields\n      }\n    }\n  }\n": types.FunnelDocument,
    "\n  fragment DepartmentFields on Department {\n    code\n    name\n    nameEn\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query KpiDepartments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n": types.KpiDepartmentsDocument,
    "\n  query KpiMemberRfm($asOf: LocalDate) {\n    memberRfm(asOf: $asOf) {\n      segment\n      labelZh\n      labelEn\n      members\n      share\n      spendFen\n      averageRecencyDays\n      averageFrequency\n      averageSpendFen\n    }\n  }\n": types.KpiMemberRfmDocument,
    "\n  query KpiCohortRetention($fromMonth: YearMonth!, $toMonth: YearMonth!, $months: Int) {\n    cohortRetention(fromMonth: $fromMonth, toMonth: $toMonth, months: $months) {\n      cohort\n      members\n      months {\n        monthOffset\n        month\n        activeMembers\n        rate\n      }\n    }\n  }\n": types.KpiCohortRetentionDocument,
    "\n  fragment NewCustomersRowFields on NewCustomersRow {\n    key\n    newCustomers\n    newMembers\n  }\n": types.NewCustomersRowFieldsFragmentDoc,
    "\n  query NewCustomers($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {\n    newCustomers(period: $period, groupBy: $groupBy) {\n      groupBy\n      totalNewCustomers\n      totalNewMembers\n      rows {\n        ...NewCustomersRowFields\n      }\n    }\n  }\n": types.NewCustomersDocument,
    "\n  fragment ScorecardTemplateFields on ScorecardTemplate {\n    positionCode\n    nameZh\n    nameEn\n    weightTotal\n    normalised\n    items {\n      code\n      kind\n      kpiCode\n      nameZh\n      nameEn\n      weight\n      normalisedWeight\n      scope\n      figure\n      variant\n      target\n      effectiveTarget\n      unit\n      direction\n    }\n  }\n": types.ScorecardTemplateFieldsFragmentDoc,
    "\n  fragment ScorecardRowItemFields on ScorecardRowItem {\n    code\n    kind\n    kpiCode\n    nameZh\n    nameEn\n    weight\n    normalisedWeight\n    unit\n    direction\n    value\n    target\n    targetIsDefault\n    score\n    weightedScore\n    status\n  }\n": types.ScorecardRowItemFieldsFragmentDoc,
    "\n  fragment ScorecardRowFields on ScorecardRow {\n    staffId\n    staffName\n    positionCode\n    departmentCode\n    assignedMonth\n    total\n    rank\n    judgedComplete\n    items {\n      ...ScorecardRowItemFields\n    }\n  }\n": types.ScorecardRowFieldsFragmentDoc,
    "\n  query ScorecardTemplates {\n    scorecardTemplates {\n      ...ScorecardTemplateFields\n    }\n  }\n": types.ScorecardTemplatesDocument,
    "\n  query Scorecards($month: YearMonth!, $positionCode: String!, $departmentCode: String) {\n    scorecards(month: $month, positionCode: $positionCode, departmentCode: $departmentCode) {\n      month\n      departmentCode\n      template {\n        ...ScorecardTemplateFields\n      }\n      rows {\n        ...ScorecardRowFields\n      }\n    }\n  }\n": types.ScorecardsDocument,
    "\n  mutation UpdateScorecardTemplate($input: UpdateScorecardTemplateInput!) {\n    updateScorecardTemplate(input: $input) {\n      ...ScorecardTemplateFields\n    }\n  }\n": types.UpdateScorecardTemplateDocument,
    "\n  mutation SetJudgedScore($input: SetJudgedScoreInput!) {\n    setJudgedScore(input: $input) {\n      month\n      staffId\n      judged {\n        itemCode\n        score\n      }\n    }\n  }\n": types.SetJudgedScoreDocument,
    "\n  query ExportMonthlyAnalysis($month: YearMonth!) {\n    exportMonthlyAnalysis(month: $month) {\n      month\n      filename\n      contentBase64\n    }\n  }\n": types.ExportMonthlyAnalysisDocument,
    "\n  query ScorecardStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n        position\n      }\n    }\n  }\n": types.ScorecardStaffDocument,
    "\n  fragment MonthlyTargetFields on MonthlyTarget {\n    month\n    metric\n    departmentCode\n    staffId\n    amountFen\n    updatedAt\n    updatedBy\n  }\n": types.MonthlyTargetFieldsFragmentDoc,
    "\n  query MonthlyTargets($month: YearMonth!, $departmentCode: String) {\n    monthlyTargets(month: $month, departmentCode: $departmentCode) {\n      ...MonthlyTargetFields\n    }\n  }\n": types.MonthlyTargetsDocument,
    "\n  mutation SetMonthlyTarget($input: SetMonthlyTargetInput!) {\n    setMonthlyTarget(input: $input) {\n      ...MonthlyTargetFields\n    }\n  }\n": types.SetMonthlyTargetDocument,
    "\n  query TargetStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n": types.TargetStaffDocument,
    "\n  query TargetStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n": types.TargetStaffNameDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiDefinitionFields on KpiDefinition {\n    code\n    nameZh\n    nameEn\n    numerator\n    denominator\n    unit\n    direction\n    dimensions\n    defaultTarget\n    defaultTargetText\n  }\n"): (typeof documents)["\n  fragment KpiDefinitionFields on KpiDefinition {\n    code\n    nameZh\n    nameEn\n    numerator\n    denominator\n    unit\n    direction\n    dimensions\n    defaultTarget\n    defaultTargetText\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiValueFields on KpiValue {\n    numerator\n    denominator\n    value\n    target\n    share\n  }\n"): (typeof documents)["\n  fragment KpiValueFields on KpiValue {\n    numerator\n    denominator\n    value\n    target\n    share\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiPeriodFields on KpiPeriod {\n    kind\n    from\n    to\n    label\n  }\n"): (typeof documents)["\n  fragment KpiPeriodFields on KpiPeriod {\n    kind\n    from\n    to\n    label\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiSummaryFields on KpiSummary {\n    code\n    definition {\n      ...KpiDefinitionFields\n    }\n    period {\n      ...KpiPeriodFields\n    }\n    previousPeriod {\n      ...KpiPeriodFields\n    }\n    current {\n      ...KpiValueFields\n    }\n    previous {\n      ...KpiValueFields\n    }\n    change\n  }\n"): (typeof documents)["\n  fragment KpiSummaryFields on KpiSummary {\n    code\n    definition {\n      ...KpiDefinitionFields\n    }\n    period {\n      ...KpiPeriodFields\n    }\n    previousPeriod {\n      ...KpiPeriodFields\n    }\n    current {\n      ...KpiValueFields\n    }\n    previous {\n      ...KpiValueFields\n    }\n    change\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiTrendPointFields on KpiTrendPoint {\n    from\n    to\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n"): (typeof documents)["\n  fragment KpiTrendPointFields on KpiTrendPoint {\n    from\n    to\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiBreakdownRowFields on KpiBreakdownRow {\n    key\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n"): (typeof documents)["\n  fragment KpiBreakdownRowFields on KpiBreakdownRow {\n    key\n    label\n    value {\n      ...KpiValueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kpis($period: KpiPeriodInput!, $departmentCode: String, $staffId: ID) {\n    kpis(period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query Kpis($period: KpiPeriodInput!, $departmentCode: String, $staffId: ID) {\n    kpis(period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiDetail(\n    $code: KpiCode!\n    $period: KpiPeriodInput!\n    $departmentCode: String\n    $staffId: ID\n    $dimension: KpiDimension!\n    $points: Int!\n  ) {\n    kpi(code: $code, period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n      trend(points: $points) {\n        ...KpiTrendPointFields\n      }\n      breakdown(dimension: $dimension) {\n        ...KpiBreakdownRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiDetail(\n    $code: KpiCode!\n    $period: KpiPeriodInput!\n    $departmentCode: String\n    $staffId: ID\n    $dimension: KpiDimension!\n    $points: Int!\n  ) {\n    kpi(code: $code, period: $period, departmentCode: $departmentCode, staffId: $staffId) {\n      ...KpiSummaryFields\n      trend(points: $points) {\n        ...KpiTrendPointFields\n      }\n      breakdown(dimension: $dimension) {\n        ...KpiBreakdownRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Funnel($period: KpiPeriodInput!, $departmentCode: String) {\n    funnel(period: $period, departmentCode: $departmentCode) {\n      consultations\n      bookings\n      arrivals\n      deals\n      period {\n        ...KpiPeriodFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Funnel($period: KpiPeriodInput!, $departmentCode: String) {\n    funnel(period: $period, departmentCode: $departmentCode) {\n      consultations\n      bookings\n      arrivals\n      deals\n      period {\n        ...KpiPeriodFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    code\n    name\n    nameEn\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    code\n    name\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiDepartments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  query KpiDepartments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiMemberRfm($asOf: LocalDate) {\n    memberRfm(asOf: $asOf) {\n      segment\n      labelZh\n      labelEn\n      members\n      share\n      spendFen\n      averageRecencyDays\n      averageFrequency\n      averageSpendFen\n    }\n  }\n"): (typeof documents)["\n  query KpiMemberRfm($asOf: LocalDate) {\n    memberRfm(asOf: $asOf) {\n      segment\n      labelZh\n      labelEn\n      members\n      share\n      spendFen\n      averageRecencyDays\n      averageFrequency\n      averageSpendFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiCohortRetention($fromMonth: YearMonth!, $toMonth: YearMonth!, $months: Int) {\n    cohortRetention(fromMonth: $fromMonth, toMonth: $toMonth, months: $months) {\n      cohort\n      members\n      months {\n        monthOffset\n        month\n        activeMembers\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiCohortRetention($fromMonth: YearMonth!, $toMonth: YearMonth!, $months: Int) {\n    cohortRetention(fromMonth: $fromMonth, toMonth: $toMonth, months: $months) {\n      cohort\n      members\n      months {\n        monthOffset\n        month\n        activeMembers\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewCustomersRowFields on NewCustomersRow {\n    key\n    newCustomers\n    newMembers\n  }\n"): (typeof documents)["\n  fragment NewCustomersRowFields on NewCustomersRow {\n    key\n    newCustomers\n    newMembers\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewCustomers($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {\n    newCustomers(period: $period, groupBy: $groupBy) {\n      groupBy\n      totalNewCustomers\n      totalNewMembers\n      rows {\n        ...NewCustomersRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewCustomers($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {\n    newCustomers(period: $period, groupBy: $groupBy) {\n      groupBy\n      totalNewCustomers\n      totalNewMembers\n      rows {\n        ...NewCustomersRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardTemplateFields on ScorecardTemplate {\n    positionCode\n    nameZh\n    nameEn\n    weightTotal\n    normalised\n    items {\n      code\n      kind\n      kpiCode\n      nameZh\n      nameEn\n      weight\n      normalisedWeight\n      scope\n      figure\n      variant\n      target\n      effectiveTarget\n      unit\n      direction\n    }\n  }\n"): (typeof documents)["\n  fragment ScorecardTemplateFields on ScorecardTemplate {\n    positionCode\n    nameZh\n    nameEn\n    weightTotal\n    normalised\n    items {\n      code\n      kind\n      kpiCode\n      nameZh\n      nameEn\n      weight\n      normalisedWeight\n      scope\n      figure\n      variant\n      target\n      effectiveTarget\n      unit\n      direction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardRowItemFields on ScorecardRowItem {\n    code\n    kind\n    kpiCode\n    nameZh\n    nameEn\n    weight\n    normalisedWeight\n    unit\n    direction\n    value\n    target\n    targetIsDefault\n    score\n    weightedScore\n    status\n  }\n"): (typeof documents)["\n  fragment ScorecardRowItemFields on ScorecardRowItem {\n    code\n    kind\n    kpiCode\n    nameZh\n    nameEn\n    weight\n    normalisedWeight\n    unit\n    direction\n    value\n    target\n    targetIsDefault\n    score\n    weightedScore\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardRowFields on ScorecardRow {\n    staffId\n    staffName\n    positionCode\n    departmentCode\n    assignedMonth\n    total\n    rank\n    judgedComplete\n    items {\n      ...ScorecardRowItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment ScorecardRowFields on ScorecardRow {\n    staffId\n    staffName\n    positionCode\n    departmentCode\n    assignedMonth\n    total\n    rank\n    judgedComplete\n    items {\n      ...ScorecardRowItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardTemplates {\n    scorecardTemplates {\n      ...ScorecardTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query ScorecardTemplates {\n    scorecardTemplates {\n      ...ScorecardTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecards($month: YearMonth!, $positionCode: String!, $departmentCode: String) {\n    scorecards(month: $month, positionCode: $positionCode, departmentCode: $departmentCode) {\n      month\n      departmentCode\n      template {\n        ...ScorecardTemplateFields\n      }\n      rows {\n        ...ScorecardRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Scorecards($month: YearMonth!, $positionCode: String!, $departmentCode: String) {\n    scorecards(month: $month, positionCode: $positionCode, departmentCode: $departmentCode) {\n      month\n      departmentCode\n      template {\n        ...ScorecardTemplateFields\n      }\n      rows {\n        ...ScorecardRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScorecardTemplate($input: UpdateScorecardTemplateInput!) {\n    updateScorecardTemplate(input: $input) {\n      ...ScorecardTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateScorecardTemplate($input: UpdateScorecardTemplateInput!) {\n    updateScorecardTemplate(input: $input) {\n      ...ScorecardTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJudgedScore($input: SetJudgedScoreInput!) {\n    setJudgedScore(input: $input) {\n      month\n      staffId\n      judged {\n        itemCode\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetJudgedScore($input: SetJudgedScoreInput!) {\n    setJudgedScore(input: $input) {\n      month\n      staffId\n      judged {\n        itemCode\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMonthlyAnalysis($month: YearMonth!) {\n    exportMonthlyAnalysis(month: $month) {\n      month\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ExportMonthlyAnalysis($month: YearMonth!) {\n    exportMonthlyAnalysis(month: $month) {\n      month\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyTargetFields on MonthlyTarget {\n    month\n    metric\n    departmentCode\n    staffId\n    amountFen\n    updatedAt\n    updatedBy\n  }\n"): (typeof documents)["\n  fragment MonthlyTargetFields on MonthlyTarget {\n    month\n    metric\n    departmentCode\n    staffId\n    amountFen\n    updatedAt\n    updatedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyTargets($month: YearMonth!, $departmentCode: String) {\n    monthlyTargets(month: $month, departmentCode: $departmentCode) {\n      ...MonthlyTargetFields\n    }\n  }\n"): (typeof documents)["\n  query MonthlyTargets($month: YearMonth!, $departmentCode: String) {\n    monthlyTargets(month: $month, departmentCode: $departmentCode) {\n      ...MonthlyTargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMonthlyTarget($input: SetMonthlyTargetInput!) {\n    setMonthlyTarget(input: $input) {\n      ...MonthlyTargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMonthlyTarget($input: SetMonthlyTargetInput!) {\n    setMonthlyTarget(input: $input) {\n      ...MonthlyTargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetStaff($departmentCode: String!) {\n    staffMembers(departmentCode: $departmentCode, first: 100) {\n      nodes {\n        id\n        name\n        departmentCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n"): (typeof documents)["\n  query TargetStaffName($id: ID!) {\n    staff(id: $id) {\n      id\n      name\n      departmentCode\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;