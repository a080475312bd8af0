import { LocalDateScalar, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, ID, InputType } from 'type-graphql';
import { AppointmentType } from '../appointment.entity.js';

@InputType({ description: '预约: a doctor’s time slot for a customer' })
export class BookAppointmentInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => AppointmentType)
  type: AppointmentType;

  @Field(() => String)
  departmentCode: string;

  @Field(() => ID)
  doctorId: string;

  @Field(() => Date, { description: 'start of the slot' })
  slotStart: Date;

  @Field(() => ID, { nullable: true, description: 'the customer, when registered' })
  customerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'the consultation it comes from; a phone consultation makes it phone-converted (电转预约)',
  })
  consultationId?: string | null;
}

@InputType({ description: '值班表 of one day' })
export class SetDutyRosterInput {
  @Field(() => LocalDateScalar, { description: 'hospital time' })
  day: string;

  @Field(() => [ID], { description: 'on-site consultants on duty, in rotation order' })
  consultantIds: string[];
}
