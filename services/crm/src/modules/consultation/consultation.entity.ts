import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, maskAll, newId, Personal } from '@careline/service-kit';
import { Gender, SourceChannel } from '../customer/customer.entity.js';
import { maskPhone } from '../../common/phone.js';

export enum ConsultationConcern {
  HEALTH_QUESTION = 'HEALTH_QUESTION',
  PRICE_COMPARISON = 'PRICE_COMPARISON',
  CONSUMPTION_HABIT = 'CONSUMPTION_HABIT',
}
registerEnumType(ConsultationConcern, {
  name: 'ConsultationConcern',
  description: '关心内容',
  valuesConfig: {
    HEALTH_QUESTION: { description: '健康问题' },
    PRICE_COMPARISON: { description: '价格比较' },
    CONSUMPTION_HABIT: { description: '消费习惯' },
  },
});

export enum ConsultationOutcome {
  BOOKED = 'BOOKED',
  FOLLOW_UP_LATER = 'FOLLOW_UP_LATER',
  NO_INTENTION = 'NO_INTENTION',
}
registerEnumType(ConsultationOutcome, {
  name: 'ConsultationOutcome',
  description: '咨询结果',
  valuesConfig: {
    BOOKED: { description: '已预约' },
    FOLLOW_UP_LATER: { description: '待回访' },
    NO_INTENTION: { description: '无意向 (with a reason)' },
  },
});

/** 咨询登记: one consultation from any channel; it may precede the customer record (linked by phone). */
@Entity({ tableName: 'consultation' })
@ObjectType({ description: '咨询登记: one consultation, from any channel' })
export class Consultation {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  /** null until a customer with this phone exists (linked on CustomerRegistered) */
  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'consultation_customer_id_idx' })
  @Field(() => ID, { nullable: true, description: 'the customer, once one with this phone exists' })
  customerId: string | null = null;

  /** normalised like Customer.phone */
  @Property({ type: 'text' })
  @Index({ name: 'consultation_phone_idx' })
  @Field(() => String, { description: '电话 (normalised)' })
  @Personal({ mask: maskPhone })
  phone: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '姓名 as given' })
  @Personal({ mask: maskAll })
  name: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '年龄' })
  age: number | null = null;

  @Enum({ items: () => Gender, default: Gender.UNKNOWN })
  @Field(() => Gender)
  gender: Gender = Gender.UNKNOWN;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '病程 (personal data)' })
  @Personal({ mask: maskAll })
  diseaseCourse: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '病史 (personal data)' })
  @Personal({ mask: maskAll })
  history: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Index({ name: 'consultation_disease_type_idx' })
  @Field(() => String, { nullable: true, description: '病种 (personal data)' })
  @Personal({ mask: maskAll })
  diseaseType: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '地址 (personal data)' })
  @Personal({ mask: maskAll })
  address: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '区域' })
  region: string | null = null;

  @Enum({ items: () => SourceChannel })
  @Index({ name: 'consultation_channel_idx' })
  @Field(() => SourceChannel, { description: '咨询渠道' })
  channel: SourceChannel;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '就诊意向' })
  visitIntention: string | null = null;

  @Enum({ items: () => ConsultationConcern, nullable: true })
  @Field(() => ConsultationConcern, { nullable: true, description: '关心内容' })
  concern: ConsultationConcern | null = null;

  /** the consultant (staff id) who took it */
  @Property({ type: 'uuid' })
  @Index({ name: 'consultation_consultant_id_idx' })
  @Field(() => ID, { description: '咨询员 (staff id)' })
  consultantId: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "the consultant's department code" })
  departmentCode: string | null = null;

  @Property({ type: 'timestamptz' })
  @Index({ name: 'consultation_consulted_at_idx' })
  @Field(() => Date, { description: '咨询时间' })
  consultedAt: Date = new Date();

  @Enum({ items: () => ConsultationOutcome })
  @Field(() => ConsultationOutcome)
  outcome: ConsultationOutcome;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why there is no intention (required for NO_INTENTION)' })
  noIntentionReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'notes (personal data)' })
  @Personal({ mask: maskAll })
  notes: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

@ObjectType()
export class ConsultationConnection extends Connection(Consultation) {}
