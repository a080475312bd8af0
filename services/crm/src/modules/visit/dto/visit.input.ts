import { Field, ID, InputType } from 'type-graphql';
import { FenScalar, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { AppointmentType } from '../../appointment/appointment.entity.js';

@InputType({ description: '到院登记 (guide): an arrival with its appointment, or a walk-in' })
export class RegisterVisitInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'the appointment; omit for a walk-in' })
  appointmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'required for a walk-in, or when the appointment has no customer yet' })
  customerId?: string | null;

  @Field(() => AppointmentType, { nullable: true, description: 'walk-in: required; booked: defaults to the appointment’s' })
  type?: AppointmentType | null;

  @Field(() => String, { nullable: true, description: 'walk-in: required; booked: defaults to the appointment’s' })
  departmentCode?: string | null;

  @Field(() => ID, { nullable: true })
  doctorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '指定: the customer asked for this doctor' })
  designatedDoctor?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'walk-in: the on-site consultant receiving them' })
  onsiteConsultantId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      '补录: when the customer arrived, for an arrival entered late (director and department admins; not in the future, at most 400 days back, not before the customer’s registration or the booking). Defaults to now',
  })
  arrivedAt?: Date | null;
}

@InputType({ description: 'The outcome of a visit: dealt (with amount and receipt) or not' })
export class RecordVisitOutcomeInput {
  @Field(() => ID)
  visitId: string;

  @Field(() => Boolean)
  dealt: boolean;

  @Field(() => FenScalar, { nullable: true, description: 'deal amount in fen: 128050 is ¥1,280.50 (required when dealt, above zero)' })
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'receipt number (required when dealt; unique)' })
  receiptNumber?: string | null;

  @Field(() => [String], { nullable: true, description: '成交项目' })
  items?: string[] | null;

  @Field(() => Date, {
    nullable: true,
    description:
      '补录: when the outcome happened (the deal’s time), for an outcome entered late (director and department admins; not in the future, at most 400 days back, not before the arrival). Defaults to now',
  })
  occurredAt?: Date | null;
}
