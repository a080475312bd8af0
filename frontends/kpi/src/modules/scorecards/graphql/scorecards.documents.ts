import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// they follow analytics' scorecards resolver (services/analytics/src/modules/scorecards).

export type ScorecardItemKind = 'MEASURED' | 'JUDGED';
export type ScorecardItemStatus = 'OK' | 'NO_DATA' | 'NO_TARGET' | 'NOT_ENTERED';

export interface ScorecardTemplateItem {
  code: string;
  kind: ScorecardItemKind;
  kpiCode: string | null;
  nameZh: string;
  nameEn: string;
  weight: number;
  normalisedWeight: number;
  scope: 'STAFF' | 'DEPARTMENT' | 'HOSPITAL' | null;
  figure: 'VALUE' | 'SHARE' | null;
  variant: string | null;
  target: number | null;
  effectiveTarget: number | null;
  /** the unit targets are written in (PERCENT: a share 0..1; FEN: fen); null for judged items */
  unit: 'PERCENT' | 'COUNT' | 'FEN' | 'SCORE' | null;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | null;
}

export interface ScorecardTemplate {
  positionCode: string;
  nameZh: string;
  nameEn: string;
  weightTotal: number;
  normalised: boolean;
  items: ScorecardTemplateItem[];
}

export interface ScorecardRowItem {
  code: string;
  kind: ScorecardItemKind;
  kpiCode: string | null;
  nameZh: string;
  nameEn: string;
  weight: number;
  normalisedWeight: number;
  unit: 'PERCENT' | 'COUNT' | 'FEN' | 'SCORE' | null;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | null;
  value: number | null;
  target: number | null;
  score: number;
  weightedScore: number;
  status: ScorecardItemStatus;
}

export interface ScorecardRow {
  staffId: string;
  staffName: string | null;
  positionCode: string;
  departmentCode: string;
  assignedMonth: string;
  total: number;
  rank: number;
  judgedComplete: boolean;
  items: ScorecardRowItem[];
}

export interface ScorecardReport {
  month: string;
  departmentCode: string | null;
  template: ScorecardTemplate;
  rows: ScorecardRow[];
}

const templateFields = `positionCode nameZh nameEn weightTotal normalised
  items { code kind kpiCode nameZh nameEn weight normalisedWeight scope figure variant target effectiveTarget unit direction }`;

export const ScorecardTemplatesDocument: TypedDocumentNode<{ scorecardTemplates: ScorecardTemplate[] }, Record<string, never>> = gql`
  query ScorecardTemplates {
    scorecardTemplates { ${templateFields} }
  }
`;

export const ScorecardsDocument: TypedDocumentNode<
  { scorecards: ScorecardReport },
  { month: string; positionCode: string; departmentCode?: string | null }
> = gql`
  query Scorecards($month: String!, $positionCode: String!, $departmentCode: String) {
    scorecards(month: $month, positionCode: $positionCode, departmentCode: $departmentCode) {
      month departmentCode
      template { ${templateFields} }
      rows {
        staffId staffName positionCode departmentCode assignedMonth total rank judgedComplete
        items { code kind kpiCode nameZh nameEn weight normalisedWeight unit direction value target score weightedScore status }
      }
    }
  }
`;

export interface ScorecardTemplateItemInput {
  code: string;
  kind: ScorecardItemKind;
  kpiCode: string | null;
  nameZh: string;
  nameEn: string;
  weight: number;
  scope: ScorecardTemplateItem['scope'];
  figure: ScorecardTemplateItem['figure'];
  variant: string | null;
  target: number | null;
}

/** The director replaces a template's items (weights and targets); analytics validates and audits it. */
export const UpdateScorecardTemplateDocument: TypedDocumentNode<
  { updateScorecardTemplate: ScorecardTemplate },
  { input: { positionCode: string; items: ScorecardTemplateItemInput[] } }
> = gql`
  mutation UpdateScorecardTemplate($input: UpdateScorecardTemplateInput!) {
    updateScorecardTemplate(input: $input) { ${templateFields} }
  }
`;

export interface SetJudgedScoreInput {
  month: string;
  staffId: string;
  staffName?: string | null;
  positionCode: string;
  departmentCode: string;
  scores: { itemCode: string; score: number }[];
}

export const SetJudgedScoreDocument: TypedDocumentNode<
  { setJudgedScore: { month: string; staffId: string; judged: { itemCode: string; score: number }[] } },
  { input: SetJudgedScoreInput }
> = gql`
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
`;

export const ExportMonthlyAnalysisDocument: TypedDocumentNode<
  { exportMonthlyAnalysis: { month: string; filename: string; contentBase64: string } },
  { month: string }
> = gql`
  query ExportMonthlyAnalysis($month: String!) {
    exportMonthlyAnalysis(month: $month) {
      month
      filename
      contentBase64
    }
  }
`;

export interface ScorecardStaff {
  id: string;
  name: string;
  departmentCode: string;
  position: string;
}

/** identity's staff of one department (with their position), for the judged-score entry. */
export const ScorecardStaffDocument: TypedDocumentNode<{ staffMembers: { nodes: ScorecardStaff[] } }, { departmentCode: string }> = gql`
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
`;
