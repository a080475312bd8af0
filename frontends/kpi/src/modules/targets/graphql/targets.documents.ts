import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` documents.

/** Analytics' `TargetMetric`: what a monthly target is set for. */
export const targetMetrics = ['REVENUE', 'MEMBER_SPEND', 'PHONE_TO_SALE'] as const;
export type TargetMetric = (typeof targetMetrics)[number];

export interface MonthlyTarget {
  /** YYYY-MM */
  month: string;
  metric: TargetMetric;
  departmentCode: string;
  staffId: string | null;
  amountFen: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface SetMonthlyTargetInput {
  month: string;
  metric: TargetMetric;
  departmentCode: string;
  staffId?: string | null;
  amountFen: number;
}

const targetFields = `month metric departmentCode staffId amountFen updatedAt updatedBy`;

export const MonthlyTargetsDocument: TypedDocumentNode<
  { monthlyTargets: MonthlyTarget[] },
  { month: string; departmentCode?: string | null }
> = gql`
  query MonthlyTargets($month: String!, $departmentCode: String) {
    monthlyTargets(month: $month, departmentCode: $departmentCode) { ${targetFields} }
  }
`;

export const SetMonthlyTargetDocument: TypedDocumentNode<{ setMonthlyTarget: MonthlyTarget }, { input: SetMonthlyTargetInput }> = gql`
  mutation SetMonthlyTarget($input: SetMonthlyTargetInput!) {
    setMonthlyTarget(input: $input) { ${targetFields} }
  }
`;

export interface TargetStaff {
  id: string;
  name: string;
  departmentCode: string;
}

/** identity's staff of one department, for the staff a target may be set for (at most 100 a department). */
export const TargetStaffDocument: TypedDocumentNode<{ staffMembers: { nodes: TargetStaff[] } }, { departmentCode: string }> = gql`
  query TargetStaff($departmentCode: String!) {
    staffMembers(departmentCode: $departmentCode, first: 100) {
      nodes {
        id
        name
        departmentCode
      }
    }
  }
`;

export const TargetStaffNameDocument: TypedDocumentNode<{ staff: TargetStaff | null }, { id: string }> = gql`
  query TargetStaffName($id: ID!) {
    staff(id: $id) {
      id
      name
      departmentCode
    }
  }
`;
