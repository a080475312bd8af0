import { graphql } from '../../../gql';

// Registering, editing and reclassifying a customer.

export const RegisterCustomerDocument = graphql(`
  mutation CrmRegisterCustomer($input: CreateCustomerInput!) {
    registerCustomer(input: $input) {
      existing
      customer {
        id
        name
        phone
        channel
        customerClass
        createdAt
      }
    }
  }
`);

/** `UpdateCustomerInput`: omitted fields stay, null clears. */
export const UpdateCustomerDocument = graphql(`
  mutation CrmUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      id
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
    }
  }
`);

export const ReclassifyCustomerDocument = graphql(`
  mutation CrmReclassifyCustomer($input: ReclassifyCustomerInput!) {
    reclassifyCustomer(input: $input) {
      id
      customerClass
      hiddenNeeds
      updatedAt
      classHistory {
        id
        fromClass
        toClass
        reason
        changedByName
        changedAt
      }
    }
  }
`);
