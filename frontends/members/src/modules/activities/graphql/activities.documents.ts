import { graphql } from '../../../gql';
import type { ActivityKind } from '../../../gql/graphql';

/** members' `ActivityKind`s, for the form: lecture, promotion, gala, free check-up. */
export const activityKinds = ['LECTURE', 'PROMOTION', 'GALA', 'CHECKUP'] as const satisfies readonly ActivityKind[];

/** members' `Activity` (会员活动). */
export const ActivityFieldsFragmentDoc = graphql(`
  fragment ActivityFields on Activity {
    id
    title
    description
    kind
    startsAt
    endsAt
    targetTiers
    capacity
    budgetFen
    registeredCount
    attendedCount
    createdAt
  }
`);

export const ActivitiesDocument = graphql(`
  query Activities($upcoming: Boolean, $first: Int!, $after: String) {
    activities(upcoming: $upcoming, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ActivityFields
      }
    }
  }
`);

/** members' `ActivityRegistration` (报名), with the member. */
export const ActivityRegistrationFieldsFragmentDoc = graphql(`
  fragment ActivityRegistrationFields on ActivityRegistration {
    id
    registeredAt
    attendedAt
    membership {
      id
      cardNumber
      tier
      customer {
        id
        name
        phone
      }
    }
  }
`);

export const ActivityRegistrationsDocument = graphql(`
  query ActivityRegistrations($id: ID!, $first: Int!, $after: String) {
    activity(id: $id) {
      ...ActivityFields
      registrations(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...ActivityRegistrationFields
        }
      }
    }
  }
`);

/** members' `ActivityEffect` (活动效果): attendance and the attendees' spend up to 30 days after. */
export const ActivityEffectDocument = graphql(`
  query ActivityEffect($id: ID!) {
    activityEffect(id: $id) {
      activityId
      registered
      attended
      spendWithin30DaysFen
      spendFrom
      spendUntil
      spendFinal
    }
  }
`);

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const RegisterForActivityDocument = graphql(`
  mutation RegisterForActivity($activityId: ID!, $membershipId: ID!) {
    registerForActivity(activityId: $activityId, membershipId: $membershipId) {
      ...ActivityRegistrationFields
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($activityId: ID!, $membershipId: ID!) {
    recordAttendance(activityId: $activityId, membershipId: $membershipId) {
      ...ActivityRegistrationFields
    }
  }
`);

/** A member's registrations (会员360 活动): the activity, when they registered, whether they came. */
export const MemberActivityRegistrationsDocument = graphql(`
  query MemberActivityRegistrations($id: ID!, $first: Int!, $after: String) {
    membership(id: $id) {
      id
      activityRegistrations(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          registeredAt
          attended
          attendedAt
          activity {
            id
            title
            kind
            startsAt
            endsAt
          }
        }
      }
    }
  }
`);
