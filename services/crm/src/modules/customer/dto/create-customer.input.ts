import { LocalDateScalar, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CustomerClass, Gender, SourceChannel } from '../customer.entity.js';

@InputType({ description: 'A new customer; the phone is normalised and must not belong to anyone yet' })
export class CreateCustomerInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String)
  phone: string;

  @Field(() => SourceChannel)
  channel: SourceChannel;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => ID, { nullable: true, description: '大客户: the key account (partner organisation) the person belongs to' })
  keyAccountId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'when an existing customer first registered (imports); defaults to now, never in the future',
  })
  registeredAt?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  wechatId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => ID, { nullable: true, description: 'the existing customer who referred this one (老带新); publishes CustomerReferred' })
  referrerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'assigned consultant (staff id)' })
  consultantId?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'consent to marketing messages; default false' })
  marketingConsent?: boolean | null;

  @Field(() => CustomerClass, { nullable: true })
  customerClass?: CustomerClass | null;
}

@InputType({ description: 'Changes to a customer profile; omitted fields stay as they are, null clears' })
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'normalised; CONFLICT when it belongs to someone else (merge them instead)' })
  phone?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => SourceChannel, { nullable: true })
  channel?: SourceChannel | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => ID, { nullable: true })
  keyAccountId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  wechatId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => ID, { nullable: true })
  referrerId?: string | null;

  @Field(() => ID, { nullable: true })
  consultantId?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  marketingConsent?: boolean | null;
}

@InputType({ description: 'A reclassification A / B / C, with the reason (kept in the history) and the hidden-needs note' })
export class ReclassifyCustomerInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => CustomerClass)
  customerClass: CustomerClass;

  @Field(() => String)
  reason: string;

  @Field(() => String, { nullable: true, description: '隐形需求; omitted keeps the current note' })
  hiddenNeeds?: string | null;
}

/** A profile field a merge may take from the duplicate (MergeCustomersInput.keepFromMerged). */
export enum MergeField {
  NAME = 'NAME',
  PHONE = 'PHONE',
  GENDER = 'GENDER',
  CHANNEL = 'CHANNEL',
  REGION = 'REGION',
  BIRTH_DATE = 'BIRTH_DATE',
  WECHAT_ID = 'WECHAT_ID',
  ADDRESS = 'ADDRESS',
  CONSULTANT = 'CONSULTANT',
  CUSTOMER_CLASS = 'CUSTOMER_CLASS',
  HIDDEN_NEEDS = 'HIDDEN_NEEDS',
  MARKETING_CONSENT = 'MARKETING_CONSENT',
}
registerEnumType(MergeField, { name: 'MergeField', description: 'a customer profile field a merge may take from the duplicate' });

@InputType()
export class MergeCustomersInput {
  @Field(() => ID, { description: 'the record that remains' })
  survivorId: string;

  @Field(() => ID, { description: 'the duplicate merged into the survivor and removed' })
  mergedId: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  // the merge screen compares the two records field by field; what is not chosen keeps the survivor's
  // value (or the duplicate's where the survivor has none)
  @Field(() => [MergeField], {
    nullable: true,
    description: 'fields whose value is taken from the duplicate, even where the survivor has one (tags are always combined)',
  })
  keepFromMerged?: MergeField[] | null;
}
