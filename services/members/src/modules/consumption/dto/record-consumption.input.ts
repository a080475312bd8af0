import { Field, ID, InputType } from 'type-graphql';
import { FenScalar } from '@careline/service-kit';

@InputType({ description: 'Records a paid receipt of a member by hand or from a billing import; the receipt earns points once' })
export class RecordConsumptionInput {
  @Field(() => ID)
  membershipId: string;

  @Field(() => String, { description: '收据号; trimmed and upper-cased' })
  receiptNumber: string;

  @Field(() => FenScalar, { description: 'paid, fen (128050 = ¥1,280.50); more than 0' })
  amountFen: number;

  @Field(() => Date, { description: 'when it was paid; not in the future' })
  occurredAt: Date;

  @Field(() => String, {
    description: 'a repeat with the same key returns the first answer; the same key with other arguments is CONFLICT',
  })
  idempotencyKey: string;
}

@InputType({ description: 'Receipts recorded together (a billing import); each keeps its own idempotency key' })
export class RecordConsumptionsInput {
  @Field(() => [RecordConsumptionInput], { description: '1 to 500 receipts' })
  consumptions: RecordConsumptionInput[];
}
