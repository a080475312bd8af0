import { Field, Int, ObjectType } from 'type-graphql';
import { FenScalar } from '@careline/service-kit';
import { Gift } from '../../gifts/gift.entity.js';

@ObjectType({ description: 'One gift in the cost report: what was handed over in the period and what it cost' })
export class GiftCostLine {
  @Field(() => Gift)
  gift: Gift;

  @Field(() => Int, { description: 'handed over in the period and not cancelled' })
  quantity: number;

  @Field(() => FenScalar, { description: 'fen: quantity × the unit cost at hand-over' })
  costFen: number;

  @Field(() => Int, { description: 'of quantity, handed over before finance had set a unit cost (not in costFen)' })
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

  @Field(() => FenScalar, { description: 'fen: the lines’ costFen added up' })
  totalCostFen: number;
}

@ObjectType({ description: '积分负债: the points members hold and what finance values them at' })
export class PointsLiability {
  @Field(() => Int)
  outstandingPoints: number;

  @Field(() => FenScalar, { description: 'fen: outstandingPoints × valuePerPointFen' })
  valueFen: number;

  @Field(() => FenScalar, { description: 'fen per point (POINTS_VALUE_FEN)' })
  valuePerPointFen: number;

  @Field(() => Int, { description: 'members holding points' })
  members: number;

  @Field(() => Date)
  asOf: Date;
}
