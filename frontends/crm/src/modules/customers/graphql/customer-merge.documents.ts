import { graphql } from '../../../gql';

// 合并重复客户: the two records side by side, then the merge with the fields taken from the duplicate.

/** What the merge screen compares (personal fields masked or withheld as the server decides). */
export const CustomerMergeSideFragment = graphql(`
  fragment CustomerMergeSide on Customer {
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
    customerClass
    hiddenNeeds
    stage
    dealCount
    createdAt
  }
`);

export const CustomerMergeSideDocument = graphql(`
  query CrmCustomerMergeSide($id: ID!) {
    customer(id: $id) {
      ...CustomerMergeSide
    }
  }
`);

export const MergeCustomersDocument = graphql(`
  mutation CrmMergeCustomers($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      id
      survivorId
      mergedId
    }
  }
`);
