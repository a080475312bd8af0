import { IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Enrols a customer crm has registered; one membership per customer' })
export class EnrollMemberInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => ID)
  customerId: string;

  @Field(() => String, { nullable: true, description: 'ORDINARY when not given; a code of the tiers query' })
  tier?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'now when not given; may be back-dated, never in the future. A back-dated (retroactive, 补办会员) enrolment earns points for the customer’s consumptions since then',
  })
  joinedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'why, for the history (e.g. the complaint a retroactive enrolment remedies)' })
  reason?: string | null;
}
