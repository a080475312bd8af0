import type { MemberCustomer, MembershipRow } from '../graphql/membership.documents.js';

/** One line of a member list: a person and their membership, or null when they are not a member. */
export interface MemberRow {
  key: string;
  customer: MemberCustomer;
  membership: MembershipRow | null;
}
