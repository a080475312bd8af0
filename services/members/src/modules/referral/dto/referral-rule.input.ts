import { Field, InputType, Int } from 'type-graphql';
import { ReferralCapPeriod } from '../referral.entity.js';

@InputType({ description: 'The whole referral reward rule (replaces the current one)' })
export class ReferralRuleInput {
  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Int, { description: 'points per referred customer’s first deal, 1 to 100000' })
  pointsPerReferral: number;

  @Field(() => Int, { nullable: true, description: 'rewards per referrer and period, 1 to 1000; null: no cap' })
  capPerPeriod?: number | null;

  @Field(() => ReferralCapPeriod)
  capPeriod: ReferralCapPeriod;
}
