import { graphql } from '../../../gql';
import type { CustomerClass, CustomerStage, Gender, SourceChannel } from '../../../gql/graphql';

export const genders = ['FEMALE', 'MALE', 'UNKNOWN'] satisfies readonly Gender[];

/** crm's `SourceChannel` (来院渠道), in the order the forms offer them. */
export const sourceChannels = ['PHONE', 'WECHAT', 'WEB', 'WALK_IN', 'REFERRAL', 'PARTNER', 'CAMPAIGN'] satisfies readonly SourceChannel[];
export const customerStages = ['POTENTIAL', 'ACTUAL', 'LOYAL'] satisfies readonly CustomerStage[];
/** crm's `CustomerClass` (A / B / C). */
export const customerClasses = ['A', 'B', 'C'] satisfies readonly CustomerClass[];

/** crm's `Customer`, as a search row shows it (the phone as the server returns it, masked for some roles). */
export const CustomerRowFragment = graphql(`
  fragment CustomerRow on Customer {
    id
    name
    phone
    gender
    channel
    stage
    customerClass
    tags
    dealCount
    keyAccount {
      id
      name
    }
    createdAt
  }
`);

/** 客户查询: newest first, by name / pinyin / initials / phone digits, narrowed by the filter. */
export const CustomersDocument = graphql(`
  query CrmCustomers($search: String, $filter: CustomerFilter, $first: Int!, $after: String) {
    customers(search: $search, filter: $filter, first: $first, after: $after) {
      nodes {
        ...CustomerRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);
