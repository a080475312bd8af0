import { BigIntType } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@careline/service-kit';

export enum RedemptionStatus {
  REDEEMED = 'REDEEMED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RedemptionStatus, { name: 'GiftRedemptionStatus', description: '兑换状态' });

/**
 * 礼品兑换: registered when the gift is handed over, with the points it cost and finance's unit
 * cost at that moment (the gift cost report uses it). Cancelling returns the points and the stock.
 */
@Entity({ tableName: 'gift_redemption' })
@Index({ name: 'gift_redemption_membership_id_idx', properties: ['membershipId', 'id'] })
@Index({ name: 'gift_redemption_redeemed_at_idx', properties: ['redeemedAt'] })
@Check({ name: 'gift_redemption_quantity_check', expression: 'quantity > 0 and points > 0' })
@ObjectType({ description: '礼品兑换: a gift handed over for points' })
export class GiftRedemption {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  giftId: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  quantity: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'points paid: quantity × the gift’s points price then' })
  points: number;

  /** finance's unit cost when it was handed over (null if none was set yet) */
  @Property({ type: new BigIntType('number'), nullable: true })
  unitCostFen: number | null = null;

  @Enum({ items: () => RedemptionStatus, default: RedemptionStatus.REDEEMED })
  @Field(() => RedemptionStatus)
  status: RedemptionStatus = RedemptionStatus.REDEEMED;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'staff who handed it over' })
  redeemedBy: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  redeemedAt: Date;

  @Property({ type: 'uuid' })
  entryId: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  cancelledBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  cancelReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  reversalEntryId: string | null = null;
}

@ObjectType()
export class GiftRedemptionConnection extends Connection(GiftRedemption) {}
