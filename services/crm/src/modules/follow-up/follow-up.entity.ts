import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, maskAll, newId, Personal } from '@careline/service-kit';
import { AppointmentType } from '../appointment/appointment.entity.js';

export enum FollowUpType {
  POST_TREATMENT = 'POST_TREATMENT',
  UNCONVERTED = 'UNCONVERTED',
  NEXT_DAY = 'NEXT_DAY',
  SATISFACTION = 'SATISFACTION',
  REVISIT_REMINDER = 'REVISIT_REMINDER',
  DISCHARGE = 'DISCHARGE',
}
registerEnumType(FollowUpType, {
  name: 'FollowUpType',
  valuesConfig: {
    POST_TREATMENT: { description: '术后回访' },
    UNCONVERTED: { description: '未成交回访' },
    NEXT_DAY: { description: '次日回访' },
    SATISFACTION: { description: '满意度回访' },
    REVISIT_REMINDER: { description: '复诊提醒' },
    DISCHARGE: { description: '出院回访' },
  },
});

export enum FollowUpChannel {
  PHONE = 'PHONE',
  WECHAT = 'WECHAT',
  FACE_TO_FACE = 'FACE_TO_FACE',
  SMS = 'SMS',
}
registerEnumType(FollowUpChannel, { name: 'FollowUpChannel' });

export enum FollowUpStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });

export enum FollowUpTrigger {
  VISIT = 'VISIT',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(FollowUpTrigger, {
  name: 'FollowUpTrigger',
  description: 'what a rule reacts to: a visit’s deal outcome, or a consultation’s outcome',
});

/**
 * Whose task a rule's follow-up is (its owner, `FollowUpTask.assigneeId`, which the KPIs credit):
 * the staff member the source names, the customer's own specialist, or nobody yet (the rule's
 * department queue). An owner the source does not name falls back to the queue.
 */
export enum FollowUpAssignment {
  CONSULTANT = 'CONSULTANT',
  CUSTOMER_SPECIALIST = 'CUSTOMER_SPECIALIST',
  DEPARTMENT_QUEUE = 'DEPARTMENT_QUEUE',
}
registerEnumType(FollowUpAssignment, {
  name: 'FollowUpAssignment',
  valuesConfig: {
    CONSULTANT: { description: 'VISIT: the on-site consultant who saw the visit (closed the deal); CONSULTATION: the consultant' },
    CUSTOMER_SPECIALIST: { description: 'the customer’s assigned specialist (Customer.consultantId)' },
    DEPARTMENT_QUEUE: { description: 'unassigned, in the rule’s department queue until someone is assigned' },
  },
});

/** VISIT rules may react to any outcome (门诊次日回访: every visit, dealt or not). */
export const ANY_OUTCOME = 'ANY';

/**
 * A rule that generates follow-up tasks (rules as data): when a `trigger` with `outcome`
 * (VISIT: DEALT / NOT_DEALT, of `visitType` or any; CONSULTATION: BOOKED / FOLLOW_UP_LATER /
 * NO_INTENTION) happens, a task of `type` falls due `offsetDays` days later (hospital calendar).
 */
@Entity({ tableName: 'follow_up_rule' })
@ObjectType({ description: 'A rule generating follow-up tasks' })
export class FollowUpRule {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'text' })
  @Field(() => String)
  name: string;

  @Enum({ items: () => FollowUpTrigger })
  @Field(() => FollowUpTrigger)
  trigger: FollowUpTrigger;

  @Enum({ items: () => AppointmentType, nullable: true })
  @Field(() => AppointmentType, { nullable: true, description: 'VISIT rules: the visit type (null: any)' })
  visitType: AppointmentType | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'VISIT: DEALT / NOT_DEALT / ANY; CONSULTATION: BOOKED / FOLLOW_UP_LATER / NO_INTENTION' })
  outcome: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  offsetDays: number;

  @Enum({ items: () => FollowUpType })
  @Field(() => FollowUpType)
  type: FollowUpType;

  @Enum({ items: () => FollowUpChannel, default: FollowUpChannel.PHONE })
  @Field(() => FollowUpChannel)
  channel: FollowUpChannel = FollowUpChannel.PHONE;

  @Property({ type: 'text', default: 'CUSTOMER_SERVICE' })
  @Field(() => String, { description: 'the department whose queue the task joins' })
  departmentCode: string = 'CUSTOMER_SERVICE';

  @Enum({ items: () => FollowUpAssignment, default: FollowUpAssignment.DEPARTMENT_QUEUE })
  @Field(() => FollowUpAssignment, { description: 'who owns the tasks it generates' })
  assignTo: FollowUpAssignment = FollowUpAssignment.DEPARTMENT_QUEUE;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean)
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

/** 回访: one follow-up task. */
@Entity({ tableName: 'follow_up_task' })
@Index({ name: 'follow_up_task_open_due_idx', properties: ['status', 'dueDate'] })
@ObjectType({ description: '回访: a follow-up task' })
export class FollowUpTask {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'follow_up_task_customer_id_idx' })
  @Field(() => ID, { nullable: true })
  customerId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  consultationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  visitId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the rule that generated it; null for a hand-made task' })
  ruleId: string | null = null;

  /** `${ruleId}:${sourceId}`: a rule generates one task per source, however often it runs */
  @Property({ type: 'text', nullable: true, unique: 'follow_up_task_source_key' })
  sourceKey: string | null = null;

  @Enum({ items: () => FollowUpType })
  @Field(() => FollowUpType)
  type: FollowUpType;

  @Enum({ items: () => FollowUpChannel, default: FollowUpChannel.PHONE })
  @Field(() => FollowUpChannel)
  channel: FollowUpChannel = FollowUpChannel.PHONE;

  /** the hospital-calendar day it falls due */
  @Property({ type: 'date' })
  @Field(() => String, { description: 'due day, YYYY-MM-DD in hospital time' })
  dueDate: string;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'follow_up_task_assignee_id_idx' })
  @Field(() => ID, { nullable: true, description: 'the owner (staff id) whose work it is; null: waiting in the department queue' })
  assigneeId: string | null = null;

  @Property({ type: 'text' })
  @Index({ name: 'follow_up_task_department_code_idx' })
  @Field(() => String)
  departmentCode: string;

  @Enum({ items: () => FollowUpStatus, default: FollowUpStatus.OPEN })
  @Field(() => FollowUpStatus)
  status: FollowUpStatus = FollowUpStatus.OPEN;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'marked by the overdue job: open past its due day' })
  overdue: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  overdueMarkedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'what the customer said (personal data)' })
  @Personal({ mask: maskAll, customerIdOf: (t: FollowUpTask) => t.customerId ?? t.id })
  result: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '满意度 1–5' })
  satisfaction: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'a new need was found' })
  newNeedFound: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the new need (personal data)' })
  @Personal({ mask: maskAll, customerIdOf: (t: FollowUpTask) => t.customerId ?? t.id })
  newNeed: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  completedBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

@ObjectType()
export class FollowUpTaskConnection extends Connection(FollowUpTask) {}
