import { Field, InputType, Int } from 'type-graphql';
import { FenScalar, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { ActivityKind } from '../activity.entity.js';

@InputType({ description: 'A new member activity' })
export class CreateActivityInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

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

  @Field(() => FenScalar, { description: '预算, fen (500000 = ¥5,000.00); may be 0' })
  budgetFen: number;
}
