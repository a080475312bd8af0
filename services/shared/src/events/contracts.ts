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
  /**
   * the key account (partner organisation) the person belongs to, or null; events published
   * before key accounts existed lack it, so consumers read a missing value as null
   */
  keyAccountId: string | null;
}

export interface MemberEnrolledData {
  membershipId: string;
  customerId: string;
  cardNumber: string;
  tier: string;
  joinedAt: string;
}

export const AuditEvents = { AuditRecorded: 'AuditRecorded' } as const;

export type AuditOutcome = 'SUCCESS' | 'DENIED' | 'FAILED';

/** One audit entry; identity keeps them (append-only) and answers auditLog. */
export interface AuditRecordedData {
  service: string;
  at: string;
  actorKind: 'staff' | 'partner' | 'system' | 'anonymous';
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  department: string | null;
  partnerId: string | null;
  /** e.g. `query customers`, `mutation createCustomer`, `query _entities` */
  operation: string;
  targetType: string | null;
  targetIds: string[];
  fields: string[];
  /** customer ids the entry concerns, for the auditor's "who looked at this customer" filter */
  customerIds: string[];
  requestId: string | null;
  clientIp: string | null;
  outcome: AuditOutcome;
  reason: string | null;
}
