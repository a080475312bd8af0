/**
 * The published language between services: event names and payloads. Services share these
 * shapes, never each other's classes or tables. Money is integer fen; times are ISO strings.
 */
export const Events = {
  CustomerRegistered: 'CustomerRegistered',
  /** crm: a customer's birth date was set, changed or removed after registration; members' birthday list follows */
  CustomerBirthDateChanged: 'CustomerBirthDateChanged',
  MemberEnrolled: 'MemberEnrolled',
  /** crm: a visit ended in a deal; members records the consumption and earns points */
  DealClosed: 'DealClosed',
  /** crm / billing: a paid receipt was refunded; members reverses the points it earned */
  ConsumptionRefunded: 'ConsumptionRefunded',
  /** crm: a complaint's remedy was approved; members carries it out */
  RemedyApproved: 'RemedyApproved',
  /** members: one entry was appended to a member's points ledger */
  PointsChanged: 'PointsChanged',
  /** crm: two records of one person were merged; members moves the merged one's membership to the survivor */
  CustomersMerged: 'CustomersMerged',
  /** crm: a customer was registered as referred by another (老带新); members may reward the referrer with points */
  CustomerReferred: 'CustomerReferred',
  /** crm: a key account's risk level worsened (risk warning) */
  KeyAccountRiskRaised: 'KeyAccountRiskRaised',
  /** members: a member's birthday greeting is due; crm sends the birthday template (consent permitting) */
  BirthdayGreetingDue: 'BirthdayGreetingDue',
  /** crm: an open follow-up task ran past its due day (marked once by the overdue job); identity tells its owner */
  FollowUpOverdue: 'FollowUpOverdue',
  /** members: a points adjustment waits for a second person's approval; identity tells the approvers */
  PointsAdjustmentRequested: 'PointsAdjustmentRequested',
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

/**
 * A birth date changed after registration. It carries the registration facts too, so a consumer that
 * has not yet seen CustomerRegistered (order is not guaranteed) can still record the customer.
 */
export interface CustomerBirthDateChangedData extends CustomerRegisteredData {
  /** YYYY-MM-DD, or null when removed */
  birthDate: string | null;
  changedAt: string;
}

export interface MemberEnrolledData {
  membershipId: string;
  customerId: string;
  cardNumber: string;
  tier: string;
  joinedAt: string;
  /**
   * 开发人: the member specialist who develops the member (DOMAIN §6 credits member spend to them), or
   * null; events published before it existed lack it, and consumers read a missing value as null
   */
  developerId?: string | null;
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

export interface ConsumptionRefundedData {
  /** the receipt given back whole; members reverses the points it earned, once per receipt */
  receiptNumber: string;
  refundedAt: string;
  reason: string;
  /** crm: the complaint whose approved and finance-confirmed refund this is */
  complaintId?: string | null;
  customerId?: string | null;
  /** the amount refunded (the receipt's whole amount) */
  amountFen?: number | null;
}

export type RemedyKind = 'CREDIT_POINTS' | 'RETRO_ENROL' | 'CANCEL_GIFT';

export interface RemedyApprovedData {
  /** unique: one remedy is carried out once, however often the event arrives */
  remedyId: string;
  complaintId: string;
  kind: RemedyKind;
  customerId: string;
  /** CREDIT_POINTS: points to credit outright (besides any receipts) */
  points?: number | null;
  /** CREDIT_POINTS: receipts that should have earned points; RETRO_ENROL earns every receipt since joinedAt anyway */
  receiptNumbers?: string[] | null;
  /** CANCEL_GIFT: the gift redemption to cancel */
  redemptionId?: string | null;
  /** RETRO_ENROL: when the customer should have been enrolled */
  joinedAt?: string | null;
  /** staff id of the director who approved the remedy */
  approvedBy: string;
  /** finance's approver and the member centre's checker (docs/domain.md §3); absent in events sent before the three steps */
  financeApprovedBy?: string | null;
  recordCheckedBy?: string | null;
}

export type PointsEntryKindCode = 'EARN' | 'REDEEM' | 'ADJUST' | 'EXPIRE' | 'REVERSE';

export interface PointsChangedData {
  membershipId: string;
  customerId: string;
  /** signed: positive for earn and credits, negative for redeem and expiry */
  delta: number;
  /** the balance after this entry */
  balance: number;
  kind: PointsEntryKindCode;
  entryId: string;
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
  /** the account's manager (客户经理), told of the warning with the director; absent from events before issue 20 */
  accountManagerId?: string | null;
}

export interface FollowUpOverdueData {
  taskId: string;
  customerId: string | null;
  type: string;
  dueDate: string;
  departmentCode: string;
  /** the owner (staff id); null when it waits in the department queue (its admins are told) */
  assigneeId: string | null;
  markedAt: string;
}

export interface PointsAdjustmentRequestedData {
  adjustmentId: string;
  membershipId: string;
  customerId: string;
  points: number;
  /** who asked for it: never asked to approve it */
  requestedBy: string;
  requestedAt: string;
}

export interface BirthdayGreetingDueData {
  membershipId: string;
  customerId: string;
  /** YYYY-MM-DD */
  birthday: string;
  tier: string;
}

export const AuditEvents = { AuditRecorded: 'AuditRecorded' } as const;
/** the consumer that keeps AuditRecorded events (identity's audit log) */
export const AUDIT_STORE = 'identity';

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
  /**
   * the root fields the operation ran under, by their schema names (never the caller's aliases),
   * with their arguments: `customer(id: "…")`; string values that may be free text are left out
   */
  rootFields?: string[];
  /** sha256 (hex) of the operation document as the subgraph received it, normalised */
  operationHash?: string | null;
  targetType: string | null;
  targetIds: string[];
  fields: string[];
  /** customer ids the entry concerns, for the auditor's "who looked at this customer" filter */
  customerIds: string[];
  requestId: string | null;
  clientIp: string | null;
  outcome: AuditOutcome;
  reason: string | null;
  /** 补录: when the change happened, for a record entered late (`at` is when it was entered) */
  occurredAt?: string | null;
}

/**
 * Membership lifecycle and tiers (members, issue 5). BirthdayGreetingDue and CustomersMerged,
 * which members publishes and consumes too, are in `Events`.
 */
export const MembershipEvents = {
  /** members: a membership's status changed (card reported lost, replaced, frozen, unfrozen, cancelled, merged) */
  MembershipStatusChanged: 'MembershipStatusChanged',
  /** members: the tier evaluation (or a merge) moved a member up or down */
  TierChanged: 'TierChanged',
  /** members: a member's developing specialist (开发人) was set, changed or cleared by the member admin */
  MemberDeveloperChanged: 'MemberDeveloperChanged',
} as const;

export type MembershipStatusCode = 'ACTIVE' | 'FROZEN' | 'LOST' | 'CANCELLED';

export interface MembershipStatusChangedData {
  membershipId: string;
  customerId: string;
  from: MembershipStatusCode;
  to: MembershipStatusCode;
  /** what happened: CARD_REPORTED_LOST, CARD_REPLACED, FROZEN, UNFROZEN, CANCELLED */
  kind: string;
  at: string;
}

/** A member's developing specialist changed (MembershipEvents.MemberDeveloperChanged). */
export interface MemberDeveloperChangedData {
  membershipId: string;
  customerId: string;
  /** staff id of the new developer, or null when cleared */
  developerId: string | null;
  /** the developer before, or null */
  previousDeveloperId: string | null;
  /** when it changed; a consumer keeps the latest (redelivered or out-of-order events do not undo it) */
  changedAt: string;
}

export interface TierChangedData {
  membershipId: string;
  customerId: string;
  from: string;
  to: string;
  /** spend in the rolling 12 months that decided it, fen */
  spendFen: number;
  /** by the tiers' rank */
  direction: 'UP' | 'DOWN';
  at: string;
  /** EVALUATION (the daily job or evaluateTiers) or MERGE */
  reason: string;
}

/**
 * crm's front line (issue 4): consultations, appointments, visits, follow-ups and complaints.
 * Published inside the writing transaction; analytics reads them for the §6 KPIs (named beside
 * each field). Times are ISO-8601 instants; the hospital day is derived by the consumer in its time zone.
 * DealClosed (Events) and RemedyApproved (Events) are published by crm as well.
 */
export const CareEvents = {
  /** crm: a consultation was registered (consult-to-visit rate, complaint rate per consultation, channel mix) */
  ConsultationRegistered: 'ConsultationRegistered',
  /** crm: a consultation registered before its customer was linked to them (consult-to-visit rate) */
  ConsultationLinked: 'ConsultationLinked',
  /** crm: an appointment was booked (booking deal rate, phone-converted bookings) */
  AppointmentBooked: 'AppointmentBooked',
  /**
   * crm: a booked appointment was cancelled, or marked a no-show (爽约); either way it leaves the
   * bookings the booking deal rate and the funnel count (kind says which)
   */
  AppointmentCancelled: 'AppointmentCancelled',
  /** crm: a visitor arrived, booked or walk-in (outpatient visits, phone-to-outpatient rate) */
  VisitRegistered: 'VisitRegistered',
  /** crm: a visit's outcome was recorded, dealt or not (on-site deal rate); a deal also publishes DealClosed */
  VisitOutcomeRecorded: 'VisitOutcomeRecorded',
  /** crm: a follow-up task was created by a rule or by hand (follow-up rate: the due ones) */
  FollowUpScheduled: 'FollowUpScheduled',
  /** crm: a follow-up task was done (follow-up rate, satisfaction) */
  FollowUpCompleted: 'FollowUpCompleted',
  /** crm: an open follow-up task changed owner (the follow-up rate credits its owner) */
  FollowUpReassigned: 'FollowUpReassigned',
  /** crm: a complaint or suggestion was received (complaint rate, categories) */
  ComplaintReceived: 'ComplaintReceived',
  /** crm: a complaint was closed with the customer's satisfaction (resolution time, satisfaction) */
  ComplaintClosed: 'ComplaintClosed',
  /** crm: emergency escalation (the customer disrupts operations): notify the vice-director and the departments */
  ComplaintEmergency: 'ComplaintEmergency',
  /**
   * crm: a complaint's stage ran past its time limit and was escalated to the next owner (the
   * time-limit job; once per stage a complaint enters). Overdue complaints in the KPIs and the weekly report.
   */
  ComplaintOverdue: 'ComplaintOverdue',
  /** crm: a complaint's responsibility decision was recorded with 通报全院 (announced): every staff member is told */
  ComplaintResponsibilityAnnounced: 'ComplaintResponsibilityAnnounced',
  /** crm: a step now waits for an approver (a refund or compensation for the director, then finance; a remedy) */
  ApprovalRequested: 'ApprovalRequested',
} as const;

export type ConsultationOutcomeCode = 'BOOKED' | 'FOLLOW_UP_LATER' | 'NO_INTENTION';
export type AppointmentTypeCode = 'EXPERT' | 'EXAMINATION' | 'PHYSICAL_EXAM' | 'TREATMENT' | 'HOME_CARE' | 'REVISIT';

export interface ConsultationRegisteredData {
  consultationId: string;
  /** null when no customer with the phone exists yet (crm links it when one is registered) */
  customerId: string | null;
  channel: SourceChannelCode;
  consultantId: string;
  /** the consultant's department */
  departmentCode: string | null;
  region: string | null;
  concern: 'HEALTH_QUESTION' | 'PRICE_COMPARISON' | 'CONSUMPTION_HABIT' | null;
  outcome: ConsultationOutcomeCode;
  consultedAt: string;
  /** 病种 (key-account disease distribution); optional: events published before it existed lack it (read as null) */
  diseaseType?: string | null;
}

export interface ConsultationLinkedData {
  consultationId: string;
  customerId: string;
  linkedAt: string;
}

export interface AppointmentBookedData {
  appointmentId: string;
  customerId: string | null;
  consultationId: string | null;
  type: AppointmentTypeCode;
  departmentCode: string;
  doctorId: string;
  slotStart: string;
  /** 电转预约: booked from a phone consultation (phone-converted visits and spend) */
  phoneConverted: boolean;
  /** the on-site consultant the booking was handed to by rotation */
  onsiteConsultantId: string | null;
  bookedBy: string | null;
  bookedAt: string;
}

export type AppointmentCancelKindCode = 'CANCELLED' | 'NO_SHOW';

export interface AppointmentCancelledData {
  appointmentId: string;
  customerId: string | null;
  /** CANCELLED: called off (the slot is freed); NO_SHOW: 爽约, the customer did not come */
  kind: AppointmentCancelKindCode;
  departmentCode: string;
  /** the booked slot (the booking counted on its day) */
  slotStart: string;
  /** staff who cancelled it or marked the no-show */
  cancelledBy: string | null;
  cancelledAt: string;
}

export interface VisitRegisteredData {
  visitId: string;
  customerId: string;
  appointmentId: string | null;
  walkIn: boolean;
  phoneConverted: boolean;
  type: AppointmentTypeCode;
  departmentCode: string;
  doctorId: string | null;
  designatedDoctor: boolean;
  onsiteConsultantId: string | null;
  arrivedAt: string;
  /** the guide */
  registeredBy: string | null;
}

export interface VisitOutcomeRecordedData {
  visitId: string;
  customerId: string;
  appointmentId: string | null;
  phoneConverted: boolean;
  dealt: boolean;
  /** 0 when not dealt */
  amountFen: number;
  receiptNumber: string | null;
  departmentCode: string;
  onsiteConsultantId: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface FollowUpScheduledData {
  taskId: string;
  customerId: string | null;
  type: string;
  /** YYYY-MM-DD, hospital calendar */
  dueDate: string;
  departmentCode: string;
  assigneeId: string | null;
  /** null for a hand-made task */
  ruleId: string | null;
}

export interface FollowUpCompletedData {
  taskId: string;
  customerId: string | null;
  type: string;
  channel: string;
  dueDate: string;
  completedAt: string;
  /** done on or before its due day (hospital calendar) */
  onTime: boolean;
  /** 1–5, null when not asked */
  satisfaction: number | null;
  newNeedFound: boolean;
  departmentCode: string;
  assigneeId: string | null;
  completedBy: string;
}

export interface FollowUpReassignedData {
  taskId: string;
  customerId: string | null;
  type: string;
  dueDate: string;
  departmentCode: string;
  /** the owner before; null when it waited in the department queue */
  previousAssigneeId: string | null;
  /** the owner now (staff id) */
  assigneeId: string;
  reassignedBy: string;
  reassignedAt: string;
}

export interface ComplaintReceivedData {
  complaintId: string;
  /** COMPLAINT or SUGGESTION */
  kind: string;
  customerId: string | null;
  channel: SourceChannelCode;
  category: string;
  severity: string;
  /** the department and staff concerned */
  departmentCode: string | null;
  staffId: string | null;
  receivedBy: string | null;
  receivedAt: string;
}

export interface ComplaintClosedData {
  complaintId: string;
  kind: string;
  customerId: string | null;
  category: string;
  severity: string;
  departmentCode: string | null;
  receivedAt: string;
  closedAt: string;
  /** 1–5 */
  satisfaction: number | null;
  /** EXPLANATION, REFUND, COMPENSATION or null when resolved on site without one */
  resolutionKind: string | null;
  amountFen: number | null;
  onsiteAttempts: number;
  emergency: boolean;
  closedBy: string | null;
}

export interface ComplaintEmergencyData {
  complaintId: string;
  customerId: string | null;
  departmentCode: string | null;
  severity: string;
  /** departments to notify (the vice-director in charge is always notified) */
  notifyDepartments: string[];
  raisedBy: string | null;
  note: string | null;
  at: string;
}

export interface ComplaintResponsibilityAnnouncedData {
  complaintId: string;
  category: string;
  responsibleDepartment: string;
  announcedBy: string | null;
  at: string;
}

/** what waits: a complaint's money resolution, its refund confirmation, or a complaint-linked remedy */
export type ApprovalSubjectCode = 'COMPLAINT_RESOLUTION' | 'COMPLAINT_REFUND' | 'REMEDY';

export interface ApprovalRequestedData {
  subject: ApprovalSubjectCode;
  /** the complaint's id, or the remedy's */
  subjectId: string;
  complaintId: string;
  /** whose approval it waits for (MEMBER_CENTRE: the member centre's admins check a remedy's member record) */
  awaiting: 'DIRECTOR' | 'FINANCE' | 'MEMBER_CENTRE';
  requestedBy: string | null;
  at: string;
}

export interface ComplaintOverdueData {
  complaintId: string;
  kind: string;
  customerId: string | null;
  category: string;
  severity: string;
  /** the department and staff concerned */
  departmentCode: string | null;
  staffId: string | null;
  receivedAt: string;
  /** the status that ran over, and the status after the escalation (ESCALATED for the on-site stages) */
  stage: string;
  toStatus: string;
  stageEnteredAt: string;
  limitMinutes: number;
  dueAt: string;
  overdueAt: string;
  /** the first time any stage of this complaint ran over (the KPI counts the complaint on that day) */
  firstOverdueAt: string;
  /** the stage's owner and whom it was escalated to (ONSITE, CUSTOMER_SERVICE, CS_MANAGER, DIRECTOR, FINANCE) */
  owner: string;
  escalatedTo: string;
}

/**
 * Membership facts analytics counts (issue 6): members publishes them inside the writing
 * transaction, crm publishes CustomerKeyAccountChanged. Money is integer fen; times ISO instants.
 */
export const MemberFactEvents = {
  /** members: a consumption (receipt) was recorded, by hand or from DealClosed; once per receipt */
  ConsumptionRecorded: 'ConsumptionRecorded',
  /** members: a recorded consumption was refunded (by hand or from ConsumptionRefunded); once per receipt */
  ConsumptionRefundRecorded: 'ConsumptionRefundRecorded',
  /** members: a gift was handed over for points */
  GiftRedeemed: 'GiftRedeemed',
  /** members: a redemption was cancelled (points and stock given back) */
  GiftRedemptionCancelled: 'GiftRedemptionCancelled',
  /** members: a member registered for a member activity */
  ActivityRegistered: 'ActivityRegistered',
  /** members: a registered member attended (签到) */
  ActivityAttended: 'ActivityAttended',
  /** crm: a customer was linked to a key account, moved to another, or unlinked */
  CustomerKeyAccountChanged: 'CustomerKeyAccountChanged',
} as const;

export interface ConsumptionRecordedData {
  consumptionId: string;
  receiptNumber: string;
  customerId: string;
  /** null when the customer was not a member when it was recorded */
  membershipId: string | null;
  amountFen: number;
  occurredAt: string;
  /** DEAL (from DealClosed), MANUAL (recorded by a member specialist), … */
  source: string;
  visitId: string | null;
  departmentCode: string | null;
  /** who closed the deal (DealClosed) */
  staffId: string | null;
  /** the member specialist who recorded it by hand; optional (read a missing value as null) */
  recordedBy?: string | null;
}

export interface ConsumptionRefundRecordedData {
  consumptionId: string;
  receiptNumber: string;
  customerId: string;
  membershipId: string | null;
  amountFen: number;
  occurredAt: string;
  refundedAt: string;
}

export interface GiftRedeemedData {
  redemptionId: string;
  membershipId: string;
  customerId: string;
  giftId: string;
  giftName: string;
  quantity: number;
  points: number;
  /** finance's unit cost when handed over; null when not costed yet */
  unitCostFen: number | null;
  redeemedAt: string;
}

export interface GiftRedemptionCancelledData {
  redemptionId: string;
  membershipId: string;
  customerId: string;
  giftId: string;
  quantity: number;
  points: number;
  unitCostFen: number | null;
  redeemedAt: string;
  cancelledAt: string;
}

export interface ActivityRegisteredData {
  registrationId: string;
  activityId: string;
  /** the activity's kind code (lecture, promotion, …) */
  activityKind: string;
  membershipId: string;
  customerId: string;
  startsAt: string;
  registeredAt: string;
}

export interface ActivityAttendedData {
  registrationId: string;
  activityId: string;
  membershipId: string;
  customerId: string;
  attendedAt: string;
}

export interface CustomerKeyAccountChangedData {
  customerId: string;
  /** null when unlinked */
  keyAccountId: string | null;
  previousKeyAccountId: string | null;
  changedAt: string;
}

/**
 * The person's rights (PIPL Art. 47, issue 14): crm publishes it when two people (a proposer and a
 * different approver) have agreed to erase a customer. crm has already pseudonymised what it holds in
 * the approving transaction; every other service replaces the personal data it holds on the customer
 * (names, phones, birth dates, free text) and keeps every id, so ledgers, consumption, audit rows and
 * analytics figures stay whole under the pseudonym. Applied once per event id (consumeOnce); applying
 * it twice would change nothing either.
 */
export const PrivacyEvents = {
  CustomerPseudonymised: 'CustomerPseudonymised',
} as const;

export interface CustomerPseudonymisedData {
  customerId: string;
  /** the erasure request (crm) that two people approved */
  requestId: string;
  /** what now stands where the person's name stood, e.g. `匿名客户 1A2B3C4D` */
  pseudonym: string;
  proposedBy: string;
  approvedBy: string;
  pseudonymisedAt: string;
}
