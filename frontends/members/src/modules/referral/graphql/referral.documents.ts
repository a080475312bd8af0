import { graphql } from '../../../gql';
import type { ReferralCapPeriod, ReferralDeclineReason, ReferralStatus } from '../../../gql/graphql';

/** 老带新奖励规则 (members' `ReferralRule`). */
export const ReferralRuleFieldsFragmentDoc = graphql(`
  fragment ReferralRuleFields on ReferralRule {
    enabled
    pointsPerReferral
    capPerPeriod
    capPeriod
    updatedAt
  }
`);

export const ReferralRuleDocument = graphql(`
  query ReferralRule {
    referralRule {
      ...ReferralRuleFields
    }
  }
`);

export const UpdateReferralRuleDocument = graphql(`
  mutation UpdateReferralRule($input: ReferralRuleInput!) {
    updateReferralRule(input: $input) {
      ...ReferralRuleFields
    }
  }
`);

/** 会员360's 老带新 tab: who referred the member, and whom the member referred (names from crm). */
export const CustomerReferralsDocument = graphql(`
  query CustomerReferrals($customerId: ID!) {
    customer(id: $customerId) {
      id
      referral {
        status
        declineReason
        points
        pointsReversed
        referredAt
        rewardedAt
        referrer {
          id
          name
        }
      }
      referralsMade {
        status
        declineReason
        points
        pointsReversed
        referredAt
        rewardedAt
        reversedAt
        referred {
          id
          name
        }
      }
    }
  }
`);

export const referralCapPeriods = ['MONTH', 'QUARTER', 'YEAR'] as const satisfies readonly ReferralCapPeriod[];
export const referralStatuses = ['PENDING', 'REWARDED', 'REVERSED', 'DECLINED'] as const satisfies readonly ReferralStatus[];
export const referralDeclineReasons = [
  'SELF_REFERRAL',
  'DUPLICATE',
  'CAP_REACHED',
  'RULE_DISABLED',
  'REFERRER_NOT_MEMBER',
  'EXISTING_CUSTOMER',
  'DEAL_REFUNDED',
] as const satisfies readonly ReferralDeclineReason[];
