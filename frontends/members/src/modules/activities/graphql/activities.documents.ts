import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { MembershipRow } from '../../membership/graphql/membership.documents.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** members' `ActivityKind`: lecture, promotion, gala, free check-up. */
export type ActivityKind = 'LECTURE' | 'PROMOTION' | 'GALA' | 'CHECKUP';

export const activityKinds: readonly ActivityKind[] = ['LECTURE', 'PROMOTION', 'GALA', 'CHECKUP'];

/** members' `Activity` (会员活动). */
export interface Activity {
  id: string;
  title: string;
  description: string | null;
  kind: ActivityKind;
  startsAt: string;
  endsAt: string;
  targetTiers: string[];
  capacity: number;
  /** yuan, decimal string */
  budget: string;
  registeredCount: number;
  attendedCount: number;
  createdAt: string;
}

const activityFields = gql`
  fragment ActivityFields on Activity {
    id
    title
    description
    kind
    startsAt
    endsAt
    targetTiers
    capacity
    budget
    registeredCount
    attendedCount
    createdAt
  }
`;

export const ActivitiesDocument: TypedDocumentNode<
  { activities: { nodes: Activity[]; pageInfo: PageInfo; totalCount: number } },
  { upcoming?: boolean | null; first: number; after?: string | null }
> = gql`
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
  ${activityFields}
`;

/** members' `ActivityRegistration` (报名), with the member. */
export interface ActivityRegistration {
  id: string;
  registeredAt: string;
  attendedAt: string | null;
  membership: Pick<MembershipRow, 'id' | 'cardNumber' | 'tier' | 'customer'> | null;
}

const registrationFields = gql`
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
`;

export const ActivityRegistrationsDocument: TypedDocumentNode<
  { activity: (Activity & { registrations: { nodes: ActivityRegistration[]; pageInfo: PageInfo; totalCount: number } }) | null },
  { id: string; first: number; after?: string | null }
> = gql`
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
  ${activityFields}
  ${registrationFields}
`;

/** members' `ActivityEffect` (活动效果): attendance and the attendees' spend up to 30 days after. */
export interface ActivityEffect {
  activityId: string;
  registered: number;
  attended: number;
  spendWithin30Days: string;
  spendFrom: string;
  spendUntil: string;
  spendFinal: boolean;
}

export const ActivityEffectDocument: TypedDocumentNode<{ activityEffect: ActivityEffect }, { id: string }> = gql`
  query ActivityEffect($id: ID!) {
    activityEffect(id: $id) {
      activityId
      registered
      attended
      spendWithin30Days
      spendFrom
      spendUntil
      spendFinal
    }
  }
`;

/** members' `CreateActivityInput`. */
export interface CreateActivityInput {
  title: string;
  description?: string | null;
  kind: ActivityKind;
  startsAt: string;
  endsAt: string;
  targetTiers: string[];
  capacity: number;
  budget: string;
}

export const CreateActivityDocument: TypedDocumentNode<{ createActivity: Activity }, { input: CreateActivityInput }> = gql`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityFields
    }
  }
  ${activityFields}
`;

export const RegisterForActivityDocument: TypedDocumentNode<
  { registerForActivity: ActivityRegistration },
  { activityId: string; membershipId: string }
> = gql`
  mutation RegisterForActivity($activityId: ID!, $membershipId: ID!) {
    registerForActivity(activityId: $activityId, membershipId: $membershipId) {
      ...ActivityRegistrationFields
    }
  }
  ${registrationFields}
`;

export const RecordAttendanceDocument: TypedDocumentNode<
  { recordAttendance: ActivityRegistration },
  { activityId: string; membershipId: string }
> = gql`
  mutation RecordAttendance($activityId: ID!, $membershipId: ID!) {
    recordAttendance(activityId: $activityId, membershipId: $membershipId) {
      ...ActivityRegistrationFields
    }
  }
  ${registrationFields}
`;

/** One of a member's registrations (会员360 活动): the activity, when they registered, whether they came. */
export interface MemberActivityRegistration {
  id: string;
  registeredAt: string;
  attended: boolean;
  attendedAt: string | null;
  activity: Pick<Activity, 'id' | 'title' | 'kind' | 'startsAt' | 'endsAt'>;
}

export const MemberActivityRegistrationsDocument: TypedDocumentNode<
  {
    membership: {
      id: string;
      activityRegistrations: { nodes: MemberActivityRegistration[]; pageInfo: PageInfo; totalCount: number };
    } | null;
  },
  { id: string; first: number; after?: string | null }
> = gql`
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
`;
