import { graphql } from '../../../gql';

/** crm's `Visit` (到院): an arrival, booked or walk-in, and its deal outcome once recorded (`dealt` null until then). */
export const VisitFragment = graphql(`
  fragment CrmVisit on Visit {
    id
    customerId
    appointmentId
    walkIn
    phoneConverted
    type
    departmentCode
    doctorId
    doctor {
      id
      name
    }
    designatedDoctor
    onsiteConsultantId
    onsiteConsultant {
      id
      name
    }
    arrivedAt
    registeredBy
    registeredByStaff {
      id
      name
    }
    dealt
    dealAmountFen
    receiptNumber
    items
    dealRecordedBy
    dealRecordedByStaff {
      id
      name
    }
    dealRecordedAt
  }
`);

/** Visits, newest first (crm offers no day filter: the desk reads back until the day before). */
export const VisitsDocument = graphql(`
  query CrmVisits($first: Int!, $after: String) {
    visits(first: $first, after: $after) {
      nodes {
        ...CrmVisit
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/**
 * 到院登记: a booked arrival names its appointment, a walk-in its customer, type and department.
 * CONFLICT ALREADY_ARRIVED when the appointment has arrived already.
 */
export const RegisterVisitDocument = graphql(`
  mutation CrmRegisterVisit($input: RegisterVisitInput!) {
    registerVisit(input: $input) {
      ...CrmVisit
    }
  }
`);

/** 成交结果, recorded once (CONFLICT OUTCOME_ALREADY_RECORDED / RECEIPT_TAKEN). */
export const RecordVisitOutcomeDocument = graphql(`
  mutation CrmRecordVisitOutcome($input: RecordVisitOutcomeInput!) {
    recordVisitOutcome(input: $input) {
      ...CrmVisit
    }
  }
`);

/** Whether a visiting customer is a member (members' `Customer.membership`, null when not). */
export const VisitCustomerMembershipDocument = graphql(`
  query CrmVisitCustomerMembership($customerId: ID!) {
    customer(id: $customerId) {
      id
      membership {
        id
      }
    }
  }
`);
