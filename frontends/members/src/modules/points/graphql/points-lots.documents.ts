import { graphql } from '../../../gql';

/** 积分批次: a member's lots, newest first, with what is left of each and when it expires. */
export const MemberPointsLotsDocument = graphql(`
  query MemberPointsLots($id: ID!, $openOnly: Boolean, $first: Int!, $after: String) {
    membership(id: $id) {
      id
      pointsLots(openOnly: $openOnly, first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          points
          remaining
          creditedAt
          expiresAt
        }
      }
    }
  }
`);
