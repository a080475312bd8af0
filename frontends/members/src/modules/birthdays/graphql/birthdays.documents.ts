import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import { MembershipRowFragment, type MembershipRow } from '../../membership/graphql/membership.documents.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** One member whose birthday falls in the next days. */
export interface UpcomingBirthday {
  /** the day it is celebrated, YYYY-MM-DD, hospital calendar (a 29 February birthday on the 28th in common years) */
  birthday: string;
  /** 0 = today */
  daysUntil: number;
  membership: MembershipRow;
}

export const UpcomingBirthdaysDocument: TypedDocumentNode<
  { upcomingBirthdays: { nodes: UpcomingBirthday[]; pageInfo: PageInfo; totalCount: number } },
  { days: number; first: number; after?: string | null }
> = gql`
  query UpcomingBirthdays($days: Int!, $first: Int!, $after: String) {
    upcomingBirthdays(days: $days, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        birthday
        daysUntil
        membership {
          ...MembershipRow
        }
      }
    }
  }
  ${MembershipRowFragment}
`;
