import { Field, ID, InputType, Int } from 'type-graphql';
import { FenScalar, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { GiftKind } from '../gift.entity.js';

@InputType({ description: 'A new catalogue item' })
export class CreateGiftInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => String)
  name: string;

  @Field(() => GiftKind)
  kind: GiftKind;

  @Field(() => Int, { description: 'points for one' })
  pointsPrice: number;

  @Field(() => Int, { defaultValue: 0 })
  stock: number = 0;

  @Field(() => FenScalar, { nullable: true, description: 'fen per item (3500 = ¥35.00), 0 or more; finance and the director only' })
  unitCostFen?: number | null;
}

@InputType({ description: 'Hands a gift over to a member for points' })
export class RedeemGiftInput {
  @Field(() => ID)
  membershipId: string;

  @Field(() => ID)
  giftId: string;

  @Field(() => Int, { defaultValue: 1 })
  quantity: number = 1;

  @Field(() => String, { description: 'one key per hand-over: a repeat never issues the gift twice' })
  idempotencyKey: string;
}

@InputType({ description: 'Cancels a redemption: the points and the stock come back' })
export class CancelGiftRedemptionInput {
  @Field(() => ID)
  redemptionId: string;

  @Field(() => String)
  reason: string;

  @Field(() => String)
  idempotencyKey: string;
}
