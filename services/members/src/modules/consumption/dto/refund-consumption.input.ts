import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Marks a receipt refunded and takes back the points it earned' })
export class RefundConsumptionInput {
  @Field(() => String)
  receiptNumber: string;

  @Field(() => String)
  reason: string;

  @Field(() => String)
  idempotencyKey: string;
}
