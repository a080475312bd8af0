import { graphql } from '../../../gql';

/** A customer's name and phone (masked as the server decides), for lists that carry only a customer id. */
export const CustomerNameDocument = graphql(`
  query CrmCustomerName($id: ID!) {
    customer(id: $id) {
      id
      name
      phone
    }
  }
`);
