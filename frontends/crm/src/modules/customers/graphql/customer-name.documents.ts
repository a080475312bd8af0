import { gql, type TypedDocumentNode } from '@apollo/client';

/** A customer's name and phone (masked as the server decides), for lists that carry only a customer id. */
export const CustomerNameDocument: TypedDocumentNode<{ customer: { id: string; name: string; phone: string } | null }, { id: string }> =
  gql`
    query CrmCustomerName($id: ID!) {
      customer(id: $id) {
        id
        name
        phone
      }
    }
  `;
