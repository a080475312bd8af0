import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';

// Hand-written from services/crm/schema.graphql and gateway/supergraph.graphql until GraphQL Code
// Generator (client preset) runs against the composed supergraph.

/** crm's `Gender`. */
export type Gender = 'FEMALE' | 'MALE' | 'UNKNOWN';
/** crm's `SourceChannel` (来院渠道). */
export type SourceChannel = 'PHONE' | 'WECHAT' | 'WEB' | 'WALK_IN' | 'REFERRAL' | 'PARTNER' | 'CAMPAIGN';
export const sourceChannels: readonly SourceChannel[] = ['PHONE', 'WECHAT', 'WEB', 'WALK_IN', 'REFERRAL', 'PARTNER', 'CAMPAIGN'];
/** crm's `CustomerStage`. */
export type CustomerStage = 'POTENTIAL' | 'ACTUAL' | 'LOYAL';
export const customerStages: readonly CustomerStage[] = ['POTENTIAL', 'ACTUAL', 'LOYAL'];
/** crm's `CustomerClass` (A / B / C). */
export type CustomerClass = 'A' | 'B' | 'C';
export const customerClasses: readonly CustomerClass[] = ['A', 'B', 'C'];
/** members' `MembershipStatus`. */
export type MembershipStatus = 'ACTIVE' | 'FROZEN' | 'LOST' | 'CANCELLED';

/** crm's `CustomerFilter`: every field narrows the set. */
export interface CustomerFilter {
  phoneTail?: string | null;
  customerClass?: CustomerClass | null;
  stage?: CustomerStage | null;
  channel?: SourceChannel | null;
  tag?: string | null;
}

/** crm's `Customer`, as a search row shows it (the phone as the server returns it, masked for some roles). */
export interface CustomerRow {
  id: string;
  name: string;
  phone: string;
  gender: Gender;
  channel: SourceChannel;
  stage: CustomerStage;
  customerClass: CustomerClass | null;
  tags: string[];
  dealCount: number;
  keyAccount: { id: string; name: string } | null;
  createdAt: string;
}

export const CustomerRowFragment = gql`
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
`;

export interface CustomersData {
  customers: { nodes: CustomerRow[]; pageInfo: PageInfo; totalCount: number };
}
export interface CustomersVariables {
  search: string | null;
  filter: CustomerFilter | null;
  first: number;
  after: string | null;
}

/** 客户查询: newest first, by name / pinyin / initials / phone digits, narrowed by the filter. */
export const CustomersDocument: TypedDocumentNode<CustomersData, CustomersVariables> = gql`
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
  ${CustomerRowFragment}
`;
