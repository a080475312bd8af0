import { IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Gender, SourceChannel } from '../../customer/customer.entity.js';
import { ConsultationConcern, ConsultationOutcome } from '../consultation.entity.js';

@InputType({ description: '咨询登记: every field of the consultation form' })
export class RegisterConsultationInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => String, { description: '电话; links the consultation to the customer with this phone, now or when registered' })
  phone: string;

  @Field(() => SourceChannel)
  channel: SourceChannel;

  @Field(() => ConsultationOutcome)
  outcome: ConsultationOutcome;

  @Field(() => String, { nullable: true, description: 'required for NO_INTENTION' })
  noIntentionReason?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  age?: number | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: '病程' })
  diseaseCourse?: string | null;

  @Field(() => String, { nullable: true, description: '病史' })
  history?: string | null;

  @Field(() => String, { nullable: true, description: '病种' })
  diseaseType?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: '就诊意向' })
  visitIntention?: string | null;

  @Field(() => ConsultationConcern, { nullable: true, description: '关心内容' })
  concern?: ConsultationConcern | null;

  @Field(() => ID, { nullable: true, description: 'defaults to the caller' })
  consultantId?: string | null;

  @Field(() => Date, { nullable: true, description: 'defaults to now' })
  consultedAt?: Date | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
