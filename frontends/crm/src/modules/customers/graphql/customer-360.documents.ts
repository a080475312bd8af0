import { graphql } from '../../../gql';

/**
 * crm's `Customer` as 客户360 shows it; personal fields come masked or null as the server decides
 * (`membership` is members' field, resolved through the gateway).
 */
export const Customer360Fragment = graphql(`
  fragment Customer360 on Customer {
    id
    viewerActions
    name
    phone
    gender
    channel
    region
    birthDate
    wechatId
    address
    tags
    marketingConsent
    stage
    dealCount
    customerClass
    hiddenNeeds
    consultantId
    createdAt
    updatedAt
    keyAccount {
      id
      name
      kind
    }
    referrer {
      id
      name
    }
    classHistory {
      id
      fromClass
      toClass
      reason
      changedByName
      changedAt
    }
    membership {
      id
      cardNumber
      tier
      status
      pointsBalance
    }
  }
`);

export const Customer360Document = graphql(`
  query CrmCustomer360($id: ID!) {
    customer(id: $id) {
      ...Customer360
    }
  }
`);

/** crm's `Consultation`, as the customer's timeline shows it. */
export const CustomerConsultationItemFragment = graphql(`
  fragment CustomerConsultationItem on Consultation {
    id
    channel
    consultedAt
    outcome
    noIntentionReason
    visitIntention
    concern
    departmentCode
    notes
  }
`);

/** The consultations of one customer, newest first. */
export const CustomerConsultationsDocument = graphql(`
  query CrmCustomerConsultations($customerId: ID, $first: Int!, $after: String) {
    consultations(customerId: $customerId, first: $first, after: $after) {
      nodes {
        ...CustomerConsultationItem
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** crm's `Visit` (到院), as the customer's timeline shows it. */
export const CustomerVisitItemFragment = graphql(`
  fragment CustomerVisitItem on Visit {
    id
    type
    departmentCode
    walkIn
    arrivedAt
    dealt
    items
    dealAmountFen
  }
`);

/** The visits of one customer, newest first. */
export const CustomerVisitsDocument = graphql(`
  query CrmCustomerVisits($customerId: ID, $first: Int!, $after: String) {
    visits(customerId: $customerId, first: $first, after: $after) {
      nodes {
        ...CustomerVisitItem
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** One page of crm's part of the customer's timeline (docs/customer-timeline.md). */
export const CustomerTimelineDocument = graphql(`
  query CrmCustomerTimeline($id: ID!, $first: Int!, $after: String, $kinds: [CustomerTimelineKind!]) {
    customer(id: $id) {
      id
      timeline(first: $first, after: $after, kinds: $kinds) {
        totalCount
        visibleKinds
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          recordId
          at
          code
          status
          departmentCode
          amountFen
          visitId
          staff {
            id
            name
          }
        }
      }
    }
  }
`);

/** One page of members' part of the customer's timeline: consumptions and points entries. */
export const CustomerMemberTimelineDocument = graphql(`
  query CrmCustomerMemberTimeline($id: ID!, $first: Int!, $after: String, $kinds: [MemberTimelineKind!]) {
    customer(id: $id) {
      id
      memberTimeline(first: $first, after: $after, kinds: $kinds) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          recordId
          membershipId
          at
          code
          status
          amountFen
          points
          balanceAfter
        }
      }
    }
  }
`);
