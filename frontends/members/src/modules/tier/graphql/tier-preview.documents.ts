import { graphql } from '../../../gql';
import type { TierChangeDirection } from '../../../gql/graphql';

export const tierChangeDirections = ['UP', 'DOWN'] as const satisfies readonly TierChangeDirection[];

/** 等级评定预览: the members whose tier an evaluation now would change (members' tierEvaluationPreview). */
export const TierEvaluationPreviewDocument = graphql(`
  query TierEvaluationPreview($direction: TierChangeDirection, $first: Int!, $after: String) {
    tierEvaluationPreview(direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        from
        to
        spendFen
        direction
        membership {
          id
          cardNumber
          customer {
            id
            name
          }
        }
      }
    }
  }
`);
