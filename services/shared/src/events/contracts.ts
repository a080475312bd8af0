/**
 * The published language between services: event names and payloads. Services share these
 * shapes, never each other's classes or tables. Money is integer fen; times are ISO strings.
 */
export const Events = {
  CustomerRegistered: 'CustomerRegistered',
  MemberEnrolled: 'MemberEnrolled',
} as const;

export type SourceChannelCode = 'PHONE' | 'WECHAT' | 'WEB' | 'WALK_IN' | 'REFERRAL' | 'PARTNER' | 'CAMPAIGN';

export interface CustomerRegisteredData {
  customerId: string;
  channel: SourceChannelCode;
  region: string | null;
  registeredAt: string;
}

export interface MemberEnrolledData {
  membershipId: string;
  customerId: string;
  cardNumber: string;
  tier: string;
  joinedAt: string;
}
