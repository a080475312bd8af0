import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Records a paid receipt of a member by hand or from a billing import; the receipt earns points once' })
export class RecordConsumptionInput {
  @Field(() => ID)
  membershipId: string;

  @Field(() => String, { description: '收据号; trimmed and upper-cased' })
  receiptNumber: string;

  @Field(() => String, { description: 'yuan paid, e.g. "1280.50"' })
  amount: string;

  @Field(() => Date, { description: 'when it was paid; not in the future' })
  occurredAt: Date;

  @Field(() => String, {
    description: 'a repeat with the same key returns the first answer; the same key with other arguments is CONFLICT',
  })
  idempotencyKey: string;
}
