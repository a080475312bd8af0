import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CustomerClass, Gender, SourceChannel } from './customers.documents.js';

// Hand-written from services/crm/schema.graphql: registering, editing and reclassifying a customer.

/** crm's `CreateCustomerInput` (every field the registration form offers). */
export interface CreateCustomerInput {
  name: string;
  phone: string;
  channel: SourceChannel;
  gender?: Gender | null;
  region?: string | null;
  keyAccountId?: string | null;
  birthDate?: string | null;
  wechatId?: string | null;
  address?: string | null;
  referrerId?: string | null;
  tags?: string[] | null;
  marketingConsent?: boolean | null;
  customerClass?: CustomerClass | null;
}

/** crm's `UpdateCustomerInput`: omitted fields stay, null clears. */
export type UpdateCustomerInput = Partial<Omit<CreateCustomerInput, 'customerClass'>>;

export interface RegisteredCustomer {
  id: string;
  name: string;
  phone: string;
  channel: SourceChannel;
  customerClass: CustomerClass | null;
  createdAt: string;
}

export const RegisterCustomerDocument: TypedDocumentNode<
  { registerCustomer: { existing: boolean; customer: RegisteredCustomer } },
  { input: CreateCustomerInput }
> = gql`
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
`;

export const UpdateCustomerDocument: TypedDocumentNode<{ updateCustomer: { id: string } }, { id: string; input: UpdateCustomerInput }> =
  gql`
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
  `;

export interface ReclassifyCustomerInput {
  customerId: string;
  customerClass: CustomerClass;
  reason: string;
  hiddenNeeds?: string | null;
}

export const ReclassifyCustomerDocument: TypedDocumentNode<{ reclassifyCustomer: { id: string } }, { input: ReclassifyCustomerInput }> =
  gql`
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
  `;
