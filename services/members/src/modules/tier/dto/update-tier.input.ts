import { Field, InputType, Int } from 'type-graphql';
import { FenScalar } from '@careline/service-kit';

@InputType({ description: 'What to change in a tier; fields left out stay as they are' })
export class UpdateTierInput {
  @Field(() => String, { nullable: true })
  nameZh?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => FenScalar, {
    nullable: true,
    description: 'threshold on rolling 12-month spend, fen (2000000 = ¥20,000), 0 or more; thresholds must rise with rank',
  })
  minSpendFen?: number | null;

  @Field(() => String, { nullable: true, description: 'points multiplier, decimal, 0.01 to 99.99, e.g. "1.5"' })
  multiplier?: string | null;

  @Field(() => Int, { nullable: true, description: 'percent off, 0 to 100' })
  discountPercent?: number | null;

  @Field(() => [String], { nullable: true, description: 'the benefits, in the order shown; replaces the list' })
  benefits?: string[] | null;
}
