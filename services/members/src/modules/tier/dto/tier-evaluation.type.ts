import { Field, Int, ObjectType } from 'type-graphql';
import { TierChange } from '../tier.entity.js';

@ObjectType({ description: 'What one tier evaluation did' })
export class TierEvaluation {
  @Field(() => Date, { description: 'the reference time: spend in the 12 months before it counted' })
  asOf: Date;

  @Field(() => Int, { description: 'memberships looked at (every one not cancelled that had joined by asOf)' })
  evaluated: number;

  @Field(() => Int)
  upgraded: number;

  @Field(() => Int)
  downgraded: number;

  @Field(() => [TierChange], { description: 'the changes made, at most the first 100' })
  changes: TierChange[];
}
