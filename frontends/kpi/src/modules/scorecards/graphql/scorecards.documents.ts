import { graphql } from '../../../gql';

/** analytics' position template (绩效考核): its items, weights and targets. */
export const ScorecardTemplateFieldsFragment = graphql(`
  fragment ScorecardTemplateFields on ScorecardTemplate {
    positionCode
    nameZh
    nameEn
    weightTotal
    normalised
    items {
      code
      kind
      kpiCode
      nameZh
      nameEn
      weight
      normalisedWeight
      scope
      figure
      variant
      target
      effectiveTarget
      unit
      direction
    }
  }
`);

/** One item of a staff member's monthly scorecard. */
export const ScorecardRowItemFieldsFragment = graphql(`
  fragment ScorecardRowItemFields on ScorecardRowItem {
    code
    kind
    kpiCode
    nameZh
    nameEn
    weight
    normalisedWeight
    unit
    direction
    value
    target
    targetIsDefault
    score
    weightedScore
    status
  }
`);

/** A staff member's weighted score for the month, ranked within the position. */
export const ScorecardRowFieldsFragment = graphql(`
  fragment ScorecardRowFields on ScorecardRow {
    staffId
    staffName
    positionCode
    departmentCode
    assignedMonth
    total
    rank
    judgedComplete
    items {
      ...ScorecardRowItemFields
    }
  }
`);

export const ScorecardTemplatesDocument = graphql(`
  query ScorecardTemplates {
    scorecardTemplates {
      ...ScorecardTemplateFields
    }
  }
`);

export const ScorecardsDocument = graphql(`
  query Scorecards($month: YearMonth!, $positionCode: String!, $departmentCode: String) {
    scorecards(month: $month, positionCode: $positionCode, departmentCode: $departmentCode) {
      month
      departmentCode
      template {
        ...ScorecardTemplateFields
      }
      rows {
        ...ScorecardRowFields
      }
    }
  }
`);

/** The director replaces a template's items (weights and targets); analytics validates and audits it. */
export const UpdateScorecardTemplateDocument = graphql(`
  mutation UpdateScorecardTemplate($input: UpdateScorecardTemplateInput!) {
    updateScorecardTemplate(input: $input) {
      ...ScorecardTemplateFields
    }
  }
`);

export const SetJudgedScoreDocument = graphql(`
  mutation SetJudgedScore($input: SetJudgedScoreInput!) {
    setJudgedScore(input: $input) {
      month
      staffId
      judged {
        itemCode
        score
      }
    }
  }
`);

export const ExportMonthlyAnalysisDocument = graphql(`
  query ExportMonthlyAnalysis($month: YearMonth!) {
    exportMonthlyAnalysis(month: $month) {
      month
      filename
      contentBase64
    }
  }
`);

/** identity's staff of one department (with their position), for the judged-score entry. */
export const ScorecardStaffDocument = graphql(`
  query ScorecardStaff($departmentCode: String!) {
    staffMembers(departmentCode: $departmentCode, first: 100) {
      nodes {
        id
        name
        departmentCode
        position
      }
    }
  }
`);
