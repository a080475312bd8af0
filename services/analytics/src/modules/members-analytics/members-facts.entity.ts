import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { MaReportCache, MaReportChange } from './report-cache.entity.js';

/*
 * Membership analytics (issue 6): facts keyed by their natural ids, and the daily rollups the
 * reports read. Every applier locks the fact's key, takes the fact's old contribution to the
 * rollups back and adds its new one, so events may arrive in any order, twice, or re-published
 * under a new id, and the rollups always equal a recomputation from the facts.
 * Days are calendar days in the hospital time zone.
 */

/** A membership: enrolment (MemberEnrolled) and the day it stopped counting (cancelled), kept from its timeline. */
@Entity({ tableName: 'ma_member' })
@Index({ name: 'ma_member_customer_idx', properties: ['customerId'] })
// the few cancelled memberships, which 会员再次开发率 takes off the period's consuming customers (redevelopmentCounts)
@Index({
  name: 'ma_member_cancelled_day_idx',
  expression:
    'create index "ma_member_cancelled_day_idx" on "analytics"."ma_member" ("cancelled_day") include ("customer_id") where cancelled_day is not null',
})
export class MaMember {
  @PrimaryKey({ type: 'uuid' })
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  /** null until MemberEnrolled arrives (a tier or status change may come first) */
  @Property({ type: 'timestamptz', nullable: true })
  joinedAt: Date | null = null;

  @Property({ type: 'date', nullable: true })
  @Index({ name: 'ma_member_joined_day_idx' })
  joinedDay: string | null = null;

  @Property({ type: 'text', nullable: true })
  enrolTier: string | null = null;

  /** the tier the timeline ends in */
  @Property({ type: 'text', nullable: true })
  tier: string | null = null;

  /** the day the membership was cancelled (merged, cancelled), null while it counts */
  @Property({ type: 'date', nullable: true })
  cancelledDay: string | null = null;

  /** 开发人 (issue 20): the member specialist member spend is credited to (MemberEnrolled, MemberDeveloperChanged) */
  @Property({ type: 'uuid', nullable: true })
  developerId: string | null = null;

  /** when the developer was last set: an older (redelivered) event does not undo a newer change */
  @Property({ type: 'timestamptz', nullable: true })
  developerAt: Date | null = null;
}

/** One tier change (TierChanged), keyed by membership and instant. */
@Entity({ tableName: 'ma_tier_change' })
export class MaTierChange {
  [PrimaryKeyProp]?: ['membershipId', 'at'];

  @PrimaryKey({ type: 'uuid' })
  membershipId: string;

  @PrimaryKey({ type: 'timestamptz' })
  at: Date;

  @Property({ type: 'text' })
  fromTier: string;

  @Property({ type: 'text' })
  toTier: string;
}

/** One status change (MembershipStatusChanged), keyed by membership, instant and new status. */
@Entity({ tableName: 'ma_status_change' })
export class MaStatusChange {
  [PrimaryKeyProp]?: ['membershipId', 'at', 'toStatus'];

  @PrimaryKey({ type: 'uuid' })
  membershipId: string;

  @PrimaryKey({ type: 'timestamptz' })
  at: Date;

  @PrimaryKey({ type: 'text' })
  toStatus: string;

  @Property({ type: 'text' })
  fromStatus: string;

  @Property({ type: 'text' })
  kind: string;
}

/** Rollup: net change of counted members per day and tier; the distribution on a day is the running sum. */
@Entity({ tableName: 'ma_tier_daily' })
export class MaTierDaily {
  [PrimaryKeyProp]?: ['day', 'tier'];

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text' })
  tier: string;

  @Property({ type: 'integer', default: 0 })
  delta: number = 0;
}

/** A consumption (receipt), from ConsumptionRecorded and ConsumptionRefundRecorded, in either order. */
@Entity({ tableName: 'ma_consumption' })
@Index({ name: 'ma_consumption_customer_idx', properties: ['customerId'] })
export class MaConsumption {
  @PrimaryKey({ type: 'text' })
  receiptNumber: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'uuid', nullable: true })
  membershipId: string | null = null;

  @Property({ type: 'bigint' })
  amountFen: string;

  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  @Property({ type: 'date' })
  day: string;

  @Property({ type: 'text', nullable: true })
  source: string | null = null;

  @Property({ type: 'text', nullable: true })
  departmentCode: string | null = null;

  /** the staff member credited: who closed the deal, else who recorded it */
  @Property({ type: 'uuid', nullable: true })
  staffId: string | null = null;

  /** ConsumptionRecorded has arrived (a refund may arrive first) */
  @Property({ type: 'boolean', default: false })
  recorded: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  refundedAt: Date | null = null;

  @Property({ type: 'date', nullable: true })
  refundDay: string | null = null;
}

/** A visit (VisitRegistered). */
@Entity({ tableName: 'ma_visit' })
export class MaVisit {
  @PrimaryKey({ type: 'uuid' })
  visitId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'date' })
  day: string;
}

/** A consultation's disease type (ConsultationRegistered, ConsultationLinked). */
@Entity({ tableName: 'ma_consultation' })
export class MaConsultation {
  @PrimaryKey({ type: 'uuid' })
  consultationId: string;

  @Property({ type: 'uuid', nullable: true })
  customerId: string | null = null;

  @Property({ type: 'text', nullable: true })
  diseaseType: string | null = null;

  @Property({ type: 'date', nullable: true })
  day: string | null = null;
}

/** A completed follow-up's satisfaction (FollowUpCompleted). */
@Entity({ tableName: 'ma_follow_up' })
export class MaFollowUp {
  @PrimaryKey({ type: 'uuid' })
  taskId: string;

  @Property({ type: 'uuid', nullable: true })
  customerId: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  satisfaction: number | null = null;

  @Property({ type: 'date' })
  day: string;
}

/** One points-ledger entry (PointsChanged); the day is the event's. */
@Entity({ tableName: 'ma_points_entry' })
export class MaPointsEntry {
  @PrimaryKey({ type: 'uuid' })
  entryId: string;

  @Property({ type: 'uuid' })
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'integer' })
  delta: number;

  @Property({ type: 'text' })
  kind: string;

  @Property({ type: 'date' })
  day: string;
}

/** A gift redemption (GiftRedeemed, GiftRedemptionCancelled). */
@Entity({ tableName: 'ma_redemption' })
export class MaRedemption {
  @PrimaryKey({ type: 'uuid' })
  redemptionId: string;

  @Property({ type: 'uuid' })
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'uuid' })
  giftId: string;

  @Property({ type: 'text', nullable: true })
  giftName: string | null = null;

  @Property({ type: 'integer' })
  quantity: number;

  @Property({ type: 'integer' })
  points: number;

  @Property({ type: 'bigint', nullable: true })
  unitCostFen: string | null = null;

  @Property({ type: 'date' })
  redeemedDay: string;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;
}

/** An activity registration and its attendance (ActivityRegistered, ActivityAttended). */
@Entity({ tableName: 'ma_activity_registration' })
export class MaActivityRegistration {
  @PrimaryKey({ type: 'uuid' })
  registrationId: string;

  @Property({ type: 'uuid' })
  activityId: string;

  @Property({ type: 'uuid' })
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'text', nullable: true })
  activityKind: string | null = null;

  @Property({ type: 'date', nullable: true })
  registeredDay: string | null = null;

  @Property({ type: 'date', nullable: true })
  attendedDay: string | null = null;
}

/** Which key account a customer belongs to (CustomerRegistered, CustomerKeyAccountChanged: the latest wins). */
@Entity({ tableName: 'ma_customer' })
@Index({ name: 'ma_customer_key_account_idx', properties: ['keyAccountId'] })
export class MaCustomer {
  @PrimaryKey({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'uuid', nullable: true })
  keyAccountId: string | null = null;

  @Property({ type: 'timestamptz' })
  keyAccountSince: Date;
}

/**
 * Rollup per customer and day: what Customer.stats, RFM, cohorts, key-account reports and the member KPIs read.
 * The member KPIs read only the days with member activity (`MEMBER_ACTIVITY`): a few per cent of the
 * rows, from a partial index that holds the columns they sum (an index-only scan once vacuumed).
 */
@Entity({ tableName: 'ma_customer_daily' })
@Index({ name: 'ma_customer_daily_day_idx', properties: ['day'] })
@Index({
  name: 'ma_customer_daily_member_day_idx',
  expression:
    'create index "ma_customer_daily_member_day_idx" on "analytics"."ma_customer_daily" ("day") include ("customer_id", "member_consumptions", "member_spend_fen") where (member_consumptions <> 0 or member_spend_fen <> 0)',
})
export class MaCustomerDaily {
  [PrimaryKeyProp]?: ['customerId', 'day'];

  @PrimaryKey({ type: 'uuid' })
  customerId: string;

  @PrimaryKey({ type: 'date' })
  day: string;

  @Property({ type: 'integer', default: 0 })
  visits: number = 0;

  /** receipts of the day not refunded (a refund takes its receipt off the day it was spent) */
  @Property({ type: 'integer', default: 0 })
  consumptions: number = 0;

  @Property({ type: 'bigint', default: 0 })
  spendFen: string = '0';

  /** of those, receipts recorded for a member */
  @Property({ type: 'integer', default: 0 })
  memberConsumptions: number = 0;

  @Property({ type: 'bigint', default: 0 })
  memberSpendFen: string = '0';

  /** refunds made on the day */
  @Property({ type: 'integer', default: 0 })
  refunds: number = 0;

  @Property({ type: 'bigint', default: 0 })
  refundedFen: string = '0';

  @Property({ type: 'integer', default: 0 })
  satisfactionSum: number = 0;

  @Property({ type: 'integer', default: 0 })
  satisfactionCount: number = 0;

  /** scores of 4 or 5 */
  @Property({ type: 'integer', default: 0 })
  satisfiedCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  activitiesAttended: number = 0;

  @Property({ type: 'integer', default: 0 })
  redemptions: number = 0;
}

/** Rollup per customer, day and department: deals and spend by project (department), member spend by department. */
@Entity({ tableName: 'ma_customer_department_daily' })
@Index({ name: 'ma_customer_department_daily_day_idx', properties: ['day', 'departmentCode'] })
export class MaCustomerDepartmentDaily {
  [PrimaryKeyProp]?: ['customerId', 'day', 'departmentCode'];

  @PrimaryKey({ type: 'uuid' })
  customerId: string;

  @PrimaryKey({ type: 'date' })
  day: string;

  /** '' when the consumption named no department */
  @PrimaryKey({ type: 'text' })
  departmentCode: string;

  @Property({ type: 'integer', default: 0 })
  consumptions: number = 0;

  @Property({ type: 'bigint', default: 0 })
  spendFen: string = '0';

  @Property({ type: 'integer', default: 0 })
  memberConsumptions: number = 0;

  @Property({ type: 'bigint', default: 0 })
  memberSpendFen: string = '0';
}

/**
 * Rollup per customer, day and the staff member credited with the receipt (who closed the deal,
 * else who recorded it; '' for neither): member spend and redevelopment per staff and, through
 * staff_dim, per department.
 */
@Entity({ tableName: 'ma_customer_staff_daily' })
@Index({ name: 'ma_customer_staff_daily_day_idx', properties: ['day', 'staffKey'] })
export class MaCustomerStaffDaily {
  [PrimaryKeyProp]?: ['customerId', 'day', 'staffKey'];

  @PrimaryKey({ type: 'uuid' })
  customerId: string;

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text' })
  staffKey: string;

  @Property({ type: 'integer', default: 0 })
  consumptions: number = 0;

  @Property({ type: 'bigint', default: 0 })
  spendFen: string = '0';

  @Property({ type: 'integer', default: 0 })
  memberConsumptions: number = 0;

  @Property({ type: 'bigint', default: 0 })
  memberSpendFen: string = '0';
}

/** Rollup per customer, day and disease type: consultations (key-account disease distribution). */
@Entity({ tableName: 'ma_customer_disease_daily' })
export class MaCustomerDiseaseDaily {
  [PrimaryKeyProp]?: ['customerId', 'day', 'diseaseType'];

  @PrimaryKey({ type: 'uuid' })
  customerId: string;

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text' })
  diseaseType: string;

  @Property({ type: 'integer', default: 0 })
  consultations: number = 0;
}

/** Rollup: points credited (+) and taken (−) per day and entry kind; the liability on a day is the running sum. */
@Entity({ tableName: 'ma_points_daily' })
export class MaPointsDaily {
  [PrimaryKeyProp]?: ['day', 'kind'];

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text' })
  kind: string;

  @Property({ type: 'bigint', default: 0 })
  points: string = '0';
}

/** Rollup: each member's balance as the sum of its entries (order does not matter). */
@Entity({ tableName: 'ma_member_points' })
@Index({ name: 'ma_member_points_customer_idx', properties: ['customerId'] })
export class MaMemberPoints {
  @PrimaryKey({ type: 'uuid' })
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'bigint', default: 0 })
  balance: string = '0';
}

/** Rollup: gifts handed over per day (and not cancelled since), costed at the unit cost at hand-over. */
@Entity({ tableName: 'ma_gift_daily' })
export class MaGiftDaily {
  [PrimaryKeyProp]?: ['day', 'giftId'];

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'uuid' })
  giftId: string;

  @Property({ type: 'integer', default: 0 })
  redemptions: number = 0;

  @Property({ type: 'integer', default: 0 })
  quantity: number = 0;

  @Property({ type: 'bigint', default: 0 })
  points: string = '0';

  @Property({ type: 'bigint', default: 0 })
  costFen: string = '0';

  /** quantity handed over before finance set a unit cost */
  @Property({ type: 'integer', default: 0 })
  uncostedQuantity: number = 0;
}

/** A gift's name as last published (for the gift-cost lines). */
@Entity({ tableName: 'ma_gift' })
export class MaGift {
  @PrimaryKey({ type: 'uuid' })
  giftId: string;

  @Property({ type: 'text' })
  name: string;
}

/** Rollup: activity registrations and attendances per day and activity kind. */
@Entity({ tableName: 'ma_activity_daily' })
export class MaActivityDaily {
  [PrimaryKeyProp]?: ['day', 'activityKind'];

  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'text' })
  activityKind: string;

  @Property({ type: 'integer', default: 0 })
  registrations: number = 0;

  @Property({ type: 'integer', default: 0 })
  attendances: number = 0;
}

export const MEMBERS_ANALYTICS_ENTITIES = [
  MaMember,
  MaTierChange,
  MaStatusChange,
  MaTierDaily,
  MaConsumption,
  MaVisit,
  MaConsultation,
  MaFollowUp,
  MaPointsEntry,
  MaRedemption,
  MaActivityRegistration,
  MaCustomer,
  MaCustomerDaily,
  MaCustomerDepartmentDaily,
  MaCustomerStaffDaily,
  MaCustomerDiseaseDaily,
  MaPointsDaily,
  MaMemberPoints,
  MaGiftDaily,
  MaGift,
  MaActivityDaily,
  MaReportChange,
  MaReportCache,
];

const T = (name: string) => `"analytics"."${name}"`;

/** Every table the appliers below write, for the replay to truncate. */
export const MEMBERS_ANALYTICS_TABLES: string[] = [
  'ma_member',
  'ma_tier_change',
  'ma_status_change',
  'ma_tier_daily',
  'ma_consumption',
  'ma_visit',
  'ma_consultation',
  'ma_follow_up',
  'ma_points_entry',
  'ma_redemption',
  'ma_activity_registration',
  'ma_customer',
  'ma_customer_daily',
  'ma_customer_department_daily',
  'ma_customer_staff_daily',
  'ma_customer_disease_daily',
  'ma_points_daily',
  'ma_member_points',
  'ma_gift_daily',
  'ma_gift',
  'ma_activity_daily',
].map(T);
