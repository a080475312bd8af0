import type { MembershipRowFragment } from '../../../gql/graphql';

/** crm's `Customer`, as the member screens show it (the phone is masked for roles that do not need it). */
export type MemberCustomer = MembershipRowFragment['customer'];

/** One line of a member list: a person and their membership, or null when they are not a member. */
export interface MemberRow {
  key: string;
  customer: MemberCustomer;
  membership: MembershipRowFragment | null;
}
