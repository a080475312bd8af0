import type { TargetMetric } from '../../../gql/graphql';

/** analytics' `TargetMetric`s, in the order the target form offers them. */
export const targetMetrics = ['REVENUE', 'MEMBER_SPEND', 'PHONE_TO_SALE'] as const satisfies readonly TargetMetric[];
