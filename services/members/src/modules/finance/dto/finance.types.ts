import { Field, Int, ObjectType } from 'type-graphql';
import { Gift } from '../gifts/gift.entity.js';

@ObjectType({ description: 'One gift in the cost report: what was handed over in the period and what it cost' })
export class GiftCostLine {
  @Field(() => Gift)
  gift: Gift;

  @Field(() => Int, { description: 'handed over in the period and not cancelled' })
  quantity: number;

  @Field(() => String, { description: 'yuan: quantity × the unit cost at hand-over' })
  cost: string;

  @Field(() => Int, { description: 'of quantity, handed over before finance had set a unit cost (not in cost)' })
  uncostedQuantity: number;
}

@ObjectType({ description: '礼品成本: gift cost per period, for finance' })
export class GiftCostReport {
  @Field(() => String, { description: 'first day, YYYY-MM-DD (hospital time)' })
  from: string;

  @Field(() => String, { description: 'last day, YYYY-MM-DD, included' })
  to: string;

  @Field(() => [GiftCostLine])
  lines: GiftCostLine[];

  @Field(() => Int)
  totalQuantity: number;

  @Field(() => String, { description: 'yuan' })
  totalCost: string;
}

@ObjectType({ description: '积分负债: the points members hold and what finance values them at' })
export class PointsLiability {
  @Field(() => Int)
  outstandingPoints: number;

  @Field(() => String, { description: 'yuan: outstandingPoints × valuePerPoint' })
  value: string;

  @Field(() => String, { description: 'yuan per point (POINTS_VALUE_FEN)' })
  valuePerPoint: string;

  @Field(() => Int, { description: 'members holding points' })
  members: number;

  @Field(() => Date)
  asOf: Date;
}
