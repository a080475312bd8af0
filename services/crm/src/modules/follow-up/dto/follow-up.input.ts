import { LocalDateScalar, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AppointmentType } from '../../appointment/appointment.entity.js';
import { FollowUpAssignment, FollowUpChannel, FollowUpTrigger, FollowUpType } from '../follow-up.entity.js';

@InputType({ description: 'A hand-made follow-up task' })
export class CreateFollowUpInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => ID)
  customerId: string;

  @Field(() => FollowUpType)
  type: FollowUpType;

  @Field(() => FollowUpChannel, { nullable: true })
  channel?: FollowUpChannel | null;

  @Field(() => LocalDateScalar, { description: 'hospital time' })
  dueDate: string;

  @Field(() => ID, { nullable: true, description: 'the owner (staff id); defaults to the caller' })
  assigneeId?: string | null;
}

@InputType({ description: 'A new owner for an open follow-up' })
export class ReassignFollowUpInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => ID, { description: 'the new owner (staff id)' })
  assigneeId: string;
}

@InputType({ description: 'The result of a follow-up' })
export class CompleteFollowUpInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => String)
  result: string;

  @Field(() => Int, { nullable: true, description: '满意度 1–5' })
  satisfaction?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  newNeedFound: boolean = false;

  @Field(() => String, { nullable: true })
  newNeed?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      '补录: when the follow-up was done, for one entered late (director and department admins; not in the future, at most 400 days back, not before the task’s source or the customer’s registration). Defaults to now',
  })
  completedAt?: Date | null;
}

@InputType({ description: 'A follow-up rule (rules as data)' })
export class FollowUpRuleInput {
  @Field(() => ID, { nullable: true, description: 'omit to create a rule' })
  id?: string | null;

  @Field(() => String)
  name: string;

  @Field(() => FollowUpTrigger)
  trigger: FollowUpTrigger;

  @Field(() => AppointmentType, { nullable: true })
  visitType?: AppointmentType | null;

  @Field(() => String)
  outcome: string;

  @Field(() => Int)
  offsetDays: number;

  @Field(() => FollowUpType)
  type: FollowUpType;

  @Field(() => FollowUpChannel, { nullable: true })
  channel?: FollowUpChannel | null;

  @Field(() => String, { nullable: true })
  departmentCode?: string | null;

  @Field(() => FollowUpAssignment, { nullable: true, description: 'who owns its tasks (default: the department queue)' })
  assignTo?: FollowUpAssignment | null;

  @Field(() => Boolean, { defaultValue: true })
  active: boolean = true;
}
