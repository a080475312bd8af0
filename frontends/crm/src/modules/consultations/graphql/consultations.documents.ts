import { graphql } from '../../../gql';
import type { ConsultationConcern, ConsultationOutcome } from '../../../gql/graphql';

export const consultationOutcomes = ['BOOKED', 'FOLLOW_UP_LATER', 'NO_INTENTION'] satisfies readonly ConsultationOutcome[];
/** crm's `ConsultationConcern` (关心内容). */
export const consultationConcerns = ['HEALTH_QUESTION', 'PRICE_COMPARISON', 'CONSUMPTION_HABIT'] satisfies readonly ConsultationConcern[];

/** 咨询登记 from any channel; linked to the customer with this phone, now or once registered. */
export const RegisterConsultationDocument = graphql(`
  mutation CrmRegisterConsultation($input: RegisterConsultationInput!) {
    registerConsultation(input: $input) {
      id
      customerId
      phone
      name
      outcome
      consultedAt
    }
  }
`);

/** Who already has this phone: the caller's name and class, shown while typing. */
export const CustomerByPhoneDocument = graphql(`
  query CrmCustomerByPhone($search: String!) {
    customers(search: $search, first: 3) {
      nodes {
        id
        name
        phone
        customerClass
        stage
      }
      totalCount
    }
  }
`);
