import { Field, InputType, Int } from 'type-graphql';
import { ActivityKind } from '../activity.entity.js';

@InputType({ description: 'A new member activity' })
export class CreateActivityInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date, { description: 'after startsAt' })
  endsAt: Date;

  @Field(() => [String], { description: 'tier codes whose members may register; at least one' })
  targetTiers: string[];

  @Field(() => Int, { description: '1 to 100000' })
  capacity: number;

  @Field(() => String, { description: 'yuan, e.g. "5000" or "5000.00"; may be "0"' })
  budget: string;
}
