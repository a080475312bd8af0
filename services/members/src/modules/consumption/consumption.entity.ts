import { BigIntType } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, FenScalar } from '@careline/service-kit';

export enum ConsumptionSource {
  DEAL = 'DEAL',
  MANUAL = 'MANUAL',
}
registerEnumType(ConsumptionSource, {
  name: 'ConsumptionSource',
  valuesConfig: {
    DEAL: { description: 'a deal crm reported (DealClosed)' },
    MANUAL: { description: 'recorded by hand or imported from billing' },
  },
});

export enum ConsumptionStatus {
  RECORDED = 'RECORDED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(ConsumptionStatus, { name: 'ConsumptionStatus', description: '消费状态' });

/**
 * 消费: one paid receipt. The receipt number is unique, so whichever path records it first (the
 * DealClosed event, a member specialist, a billing import) is the only one: a receipt earns
 * points once. A customer who was not a member then is recorded too, with no points, so a
 * retroactive enrolment can credit it later.
 */
@Entity({ tableName: 'consumption' })
@Index({ name: 'consumption_membership_id_idx', properties: ['membershipId', 'id'] })
@Index({ name: 'consumption_customer_id_idx', properties: ['customerId', 'occurredAt'] })
@Check({ name: 'consumption_amount_fen_check', expression: 'amount_fen > 0' })
@Check({ name: 'consumption_points_check', expression: 'points_earned >= 0 and bonus_points >= 0 and bonus_points <= points_earned' })
@ObjectType({ description: '消费: a paid receipt and the points it earned' })
export class Consumption {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Property({ type: 'text', unique: 'consumption_receipt_number_key' })
  @Field(() => String, { description: '收据号, unique: one receipt earns points once' })
  receiptNumber: string;

  @Property({ type: 'uuid' })
  customerId: string;

  /** null while the customer was not a member */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'null when the customer was not a member when it was recorded' })
  membershipId: string | null = null;

  @Property({ type: new BigIntType('number') })
  @Field(() => FenScalar, { description: 'paid, fen: 128050 = ¥1,280.50' })
  amountFen: number;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  occurredAt: Date;

  @Enum({ items: () => ConsumptionSource })
  @Field(() => ConsumptionSource)
  source: ConsumptionSource;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'crm visit, for a deal' })
  visitId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  departmentCode: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'consultant who closed the deal' })
  staffId: string | null = null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'points this receipt earned (0 until it earns)' })
  pointsEarned: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'of pointsEarned, the birthday-month bonus' })
  bonusPoints: number = 0;

  @Property({ type: 'uuid', nullable: true })
  earnEntryId: string | null = null;

  @Enum({ items: () => ConsumptionStatus, default: ConsumptionStatus.RECORDED })
  @Field(() => ConsumptionStatus)
  status: ConsumptionStatus = ConsumptionStatus.RECORDED;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  refundedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  refundReason: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'points taken back by the refund' })
  pointsReversed: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'points the refund could not take back because the member had already spent them (the balance never goes below zero)',
  })
  pointsUnrecovered: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  reversalEntryId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class ConsumptionConnection extends Connection(Consumption) {}
