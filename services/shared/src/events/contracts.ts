/**
 * The published language between services: event names and payloads. Services share these
 * shapes, never each other's classes or tables. Money is integer fen; times are ISO strings.
 */
export const Events = {
  CustomerRegistered: 'CustomerRegistered',
  MemberEnrolled: 'MemberEnrolled',
  /** crm: a visit ended in a deal; members records the consumption and earns points */
  DealClosed: 'DealClosed',
  /** crm: two records of one person were merged; members moves the merged one's membership to the survivor */
  CustomersMerged: 'CustomersMerged',
  /** crm: a customer was registered as referred by another (老带新); members may reward the referrer with points */
  CustomerReferred: 'CustomerReferred',
  /** crm: a key account's risk level worsened (risk warning) */
  KeyAccountRiskRaised: 'KeyAccountRiskRaised',
  /** members: a member's birthday greeting is due; crm sends the birthday template (consent permitting) */
  BirthdayGreetingDue: 'BirthdayGreetingDue',
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
  /**
   * YYYY-MM-DD, for birthday-month points and greetings; optional: events published before it
   * existed lack it, and consumers read a missing value as null
   */
  birthDate?: string | null;
}

export interface MemberEnrolledData {
  membershipId: string;
  customerId: string;
  cardNumber: string;
  tier: string;
  joinedAt: string;
}

export interface DealClosedData {
  visitId: string;
  customerId: string;
  /** unique per consumption: the receipt earns points once, whichever path records it first */
  receiptNumber: string;
  amountFen: number;
  occurredAt: string;
  departmentCode: string | null;
  /** the consultant who closed the deal */
  staffId: string | null;
}

export interface CustomersMergedData {
  /** the record that remains */
  survivorId: string;
  /** the record merged into the survivor; it no longer exists in crm */
  mergedId: string;
  mergedAt: string;
}

export interface CustomerReferredData {
  /** the existing customer who brought the new one */
  referrerId: string;
  customerId: string;
}

export type RiskLevelCode = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface KeyAccountRiskRaisedData {
  keyAccountId: string;
  /** null for the first assessment */
  previousLevel: RiskLevelCode | null;
  level: RiskLevelCode;
  score: number;
  assessedAt: string;
}

export interface BirthdayGreetingDueData {
  membershipId: string;
  customerId: string;
  /** YYYY-MM-DD */
  birthday: string;
  tier: string;
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
