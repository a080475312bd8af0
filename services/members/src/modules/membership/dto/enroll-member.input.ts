import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Enrols a customer crm has registered; one membership per customer' })
export class EnrollMemberInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => String, { nullable: true, description: 'ORDINARY when not given' })
  tier?: string | null;

  @Field(() => Date, { nullable: true, description: 'now when not given; may be back-dated, never in the future' })
  joinedAt?: Date | null;
}
