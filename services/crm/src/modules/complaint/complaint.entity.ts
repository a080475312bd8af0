import { ArrayType, BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, maskAll, newId, Personal } from '@careline/service-kit';
import { SourceChannel } from '../customer/customer.entity.js';
import { ComplaintStatus } from './complaint.machine.js';
import { ComplaintOwner } from './complaint.time-limits.js';

export enum ComplaintKind {
  COMPLAINT = 'COMPLAINT',
  SUGGESTION = 'SUGGESTION',
}
registerEnumType(ComplaintKind, { name: 'ComplaintKind', description: '投诉 or 建议 (both go into the weekly opinion report)' });

export enum ComplaintCategory {
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE',
  MEDICAL_QUALITY = 'MEDICAL_QUALITY',
  BILLING = 'BILLING',
  POINTS_NOT_CREDITED = 'POINTS_NOT_CREDITED',
  MEMBERSHIP_NOT_INTRODUCED = 'MEMBERSHIP_NOT_INTRODUCED',
  GIFT_ISSUE = 'GIFT_ISSUE',
  WAITING_TIME = 'WAITING_TIME',
  OTHER = 'OTHER',
}
registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  valuesConfig: {
    SERVICE_ATTITUDE: { description: '服务态度' },
    MEDICAL_QUALITY: { description: '医疗质量' },
    BILLING: { description: '收费' },
    POINTS_NOT_CREDITED: { description: '积分漏积' },
    MEMBERSHIP_NOT_INTRODUCED: { description: '未主动介绍会员制度' },
    GIFT_ISSUE: { description: '礼品未登记 / 错发' },
    WAITING_TIME: { description: '等候时间' },
    OTHER: { description: '其他' },
  },
});

export enum ComplaintSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(ComplaintSeverity, { name: 'ComplaintSeverity' });

export enum ResolutionKind {
  EXPLANATION = 'EXPLANATION',
  REFUND = 'REFUND',
  COMPENSATION = 'COMPENSATION',
}
registerEnumType(ResolutionKind, {
  name: 'ResolutionKind',
  description: 'REFUND and COMPENSATION need the director’s approval, then finance’s confirmation',
});

/** 投诉 / 纠纷 (or a suggestion). Its status only moves through complaint.machine.ts. */
@Entity({ tableName: 'complaint' })
@ObjectType({ description: '投诉 / 建议' })
export class Complaint {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Enum({ items: () => ComplaintKind, default: ComplaintKind.COMPLAINT })
  @Field(() => ComplaintKind)
  kind: ComplaintKind = ComplaintKind.COMPLAINT;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'complaint_customer_id_idx' })
  @Field(() => ID, { nullable: true })
  customerId: string | null = null;

  @Enum({ items: () => SourceChannel })
  @Field(() => SourceChannel)
  channel: SourceChannel;

  @Enum({ items: () => ComplaintCategory })
  @Field(() => ComplaintCategory)
  category: ComplaintCategory;

  @Enum({ items: () => ComplaintSeverity })
  @Field(() => ComplaintSeverity)
  severity: ComplaintSeverity;

  @Property({ type: 'text' })
  @Field(() => String, { nullable: true, description: 'what happened (personal data; null for roles that do not need it)' })
  @Personal({ mask: maskAll, customerIdOf: (c: Complaint) => c.customerId ?? c.id })
  description: string;

  @Property({ type: 'text', nullable: true })
  @Index({ name: 'complaint_department_code_idx' })
  @Field(() => String, { nullable: true, description: 'department concerned' })
  departmentCode: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'staff concerned' })
  staffId: string | null = null;

  @Enum({ items: () => ComplaintStatus, default: ComplaintStatus.RECEIVED })
  @Index({ name: 'complaint_status_idx' })
  @Field(() => ComplaintStatus)
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'unsuccessful on-site attempts (three escalate to customer service)' })
  onsiteAttempts: number = 0;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean)
  emergency: boolean = false;

  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{}'" })
  @Field(() => [ID], { description: 'case conference participants (staff ids)' })
  conferenceParticipants: string[] = [];

  @Enum({ items: () => ResolutionKind, nullable: true })
  @Field(() => ResolutionKind, { nullable: true })
  resolutionKind: ResolutionKind | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  resolution: string | null = null;

  /** fen; a bigint column read as a JS number (amounts stay far below 2^53) */
  @Property({ type: new BigIntType('number'), nullable: true })
  amountFen: number | null = null;

  /** the receipt a REFUND gives back whole; finance's confirmation publishes ConsumptionRefunded for it */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'the receipt a refund gives back (its points are reversed in members once finance confirms)',
  })
  refundReceiptNumber: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  proposedBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  directorApprovedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  directorApprovedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  financeConfirmedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  financeConfirmedAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'the customer’s satisfaction 1–5 at closing' })
  satisfaction: number | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  responsibleDepartment: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  responsibleStaffId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  penalty: string | null = null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: '通报全院' })
  announced: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  receivedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Index({ name: 'complaint_received_at_idx' })
  @Field(() => Date)
  receivedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null = null;

  /** when the complaint entered its current status: the stage's time limit runs from here */
  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'when the complaint entered its current status (its time limit runs from here)' })
  stageEnteredAt: Date = new Date();

  /** set by the time-limit job when the current stage ran past its limit; cleared when the status changes */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the current stage was marked overdue (null while on time)' })
  overdueAt: Date | null = null;

  /** how many stages of this complaint ran past their limit */
  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'how many stages of this complaint ran past their time limit' })
  overdueCount: number = 0;

  /** the first time any stage ran over (the weekly report and the overdue KPI count it) */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'the first time a stage of this complaint ran past its time limit' })
  firstOverdueAt: Date | null = null;

  @Enum({ items: () => ComplaintOwner, nullable: true })
  @Field(() => ComplaintOwner, { nullable: true, description: 'whom the last time-limit escalation went to' })
  escalatedTo: ComplaintOwner | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the last time-limit escalation happened' })
  escalatedAt: Date | null = null;
}

/** 投诉时限: how long a complaint may wait at a stage, per severity; edited by the customer-service admin. */
@Entity({ tableName: 'complaint_time_limit' })
@ObjectType({ description: '投诉时限: how long a complaint of a severity may wait at a stage before it is escalated' })
export class ComplaintTimeLimit {
  @PrimaryKey({ type: 'text' })
  @Field(() => ComplaintStatus, { description: 'the stage (an open status)' })
  stage: ComplaintStatus;

  @PrimaryKey({ type: 'text' })
  @Field(() => ComplaintSeverity)
  severity: ComplaintSeverity;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'whole minutes, 1 to 43200 (30 days)' })
  limitMinutes: number;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who set it last (null: the seeded default)' })
  updatedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date = new Date();
}

@ObjectType()
export class ComplaintConnection extends Connection(Complaint) {}

/** One step of a complaint's workflow: who did what, when, from which status to which. Never deleted. */
@Entity({ tableName: 'complaint_step' })
@ObjectType({ description: 'One recorded step of a complaint' })
export class ComplaintStep {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'complaint_step_complaint_id_idx' })
  @Field(() => ID)
  complaintId: string;

  @Property({ type: 'text' })
  @Field(() => String)
  action: string;

  @Enum({ items: () => ComplaintStatus, nullable: true })
  @Field(() => ComplaintStatus, { nullable: true })
  fromStatus: ComplaintStatus | null = null;

  @Enum({ items: () => ComplaintStatus })
  @Field(() => ComplaintStatus)
  toStatus: ComplaintStatus;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  actorId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  actorName: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  at: Date = new Date();
}

export enum RemedyKind {
  CREDIT_POINTS = 'CREDIT_POINTS',
  RETRO_ENROL = 'RETRO_ENROL',
  CANCEL_GIFT = 'CANCEL_GIFT',
}
registerEnumType(RemedyKind, { name: 'RemedyKind', description: 'membership remedies, carried out by members (RemedyApproved)' });

/**
 * A remedy's verification (docs/domain.md §3, 补救的核实): the director approves, finance approves,
 * then the member centre checks the member record; only the last step sends it to members.
 */
export enum RemedyStatus {
  PROPOSED = 'PROPOSED',
  DIRECTOR_APPROVED = 'DIRECTOR_APPROVED',
  FINANCE_APPROVED = 'FINANCE_APPROVED',
  /** every step taken: sent to members (RemedyApproved) */
  APPROVED = 'APPROVED',
}
registerEnumType(RemedyStatus, {
  name: 'RemedyStatus',
  description: 'PROPOSED → DIRECTOR_APPROVED → FINANCE_APPROVED → APPROVED (the member centre checked the record; sent to members)',
});

/** The steps of a remedy's verification, in their order. */
export enum RemedyStep {
  DIRECTOR = 'DIRECTOR',
  FINANCE = 'FINANCE',
  MEMBER_CENTRE = 'MEMBER_CENTRE',
}
registerEnumType(RemedyStep, {
  name: 'RemedyStep',
  description: 'who verifies a remedy, in order: the director, finance, the member centre',
});

/** A membership remedy of a complaint; verified in three steps, then sent to members once as RemedyApproved. */
@Entity({ tableName: 'complaint_remedy' })
@ObjectType({ description: 'A membership remedy (补积分, 补办会员, 取消错发礼品)' })
export class Remedy {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'complaint_remedy_complaint_id_idx' })
  @Field(() => ID)
  complaintId: string;

  @Enum({ items: () => RemedyKind })
  @Field(() => RemedyKind)
  kind: RemedyKind;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  customerId: string;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  points: number | null = null;

  @Property({ type: ArrayType, columnType: 'text[]', nullable: true })
  @Field(() => [String], { nullable: true })
  receiptNumbers: string[] | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  redemptionId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  joinedAt: Date | null = null;

  @Enum({ items: () => RemedyStatus, default: RemedyStatus.PROPOSED })
  @Index({ name: 'complaint_remedy_status_idx' })
  @Field(() => RemedyStatus)
  status: RemedyStatus = RemedyStatus.PROPOSED;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  proposedBy: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  proposedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  approvedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who approved it for finance' })
  financeApprovedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  financeApprovedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who checked the member record for the member centre' })
  recordCheckedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  recordCheckedAt: Date | null = null;
}

/** The weekly customer opinion report (医院客户服务意见表), stored by the weekly job. */
@Entity({ tableName: 'opinion_report' })
export class OpinionReportRecord {
  @PrimaryKey({ type: 'date' })
  weekOf: string;

  @Property({ type: 'jsonb' })
  report: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
