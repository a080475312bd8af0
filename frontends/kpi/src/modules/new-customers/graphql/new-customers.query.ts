import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` document.

/** Analytics' `NewCustomersGroupBy`. */
export type NewCustomersGroupBy = 'CHANNEL' | 'DAY';

/** Analytics' `PeriodInput`: inclusive hospital-local dates, `YYYY-MM-DD`, at most 366 days. */
export interface PeriodInput {
  from: string;
  to: string;
}

export interface NewCustomersQueryVariables {
  period: PeriodInput;
  groupBy: NewCustomersGroupBy;
}

export interface NewCustomersRow {
  /** `YYYY-MM-DD` by day; by channel a channel code (PHONE, WECHAT, …, or UNKNOWN). */
  key: string;
  newCustomers: number;
  newMembers: number;
}

export interface NewCustomersReport {
  groupBy: NewCustomersGroupBy;
  totalNewCustomers: number;
  totalNewMembers: number;
  /** by day: every day of the period in order, zeros included; by channel: most new customers first */
  rows: NewCustomersRow[];
}

export interface NewCustomersQuery {
  /** null when the analytics subgraph failed (the gateway then also returns an error) */
  newCustomers: NewCustomersReport | null;
}

export const NewCustomersDocument: TypedDocumentNode<NewCustomersQuery, NewCustomersQueryVariables> = gql`
  query NewCustomers($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {
    newCustomers(period: $period, groupBy: $groupBy) {
      groupBy
      totalNewCustomers
      totalNewMembers
      rows {
        key
        newCustomers
        newMembers
      }
    }
  }
`;
