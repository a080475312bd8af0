import { Field, ID, InputType } from 'type-graphql';
import { Gender, SourceChannel } from '../customer.entity.js';

@InputType({ description: 'A new customer; the phone is normalised and must not belong to anyone yet' })
export class CreateCustomerInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  phone: string;

  @Field(() => SourceChannel)
  channel: SourceChannel;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => ID, { nullable: true, description: '大客户: the key account (partner organisation) the person belongs to' })
  keyAccountId?: string | null;

  @Field(() => Date, { nullable: true, description: 'when an existing customer first registered (imports); defaults to now, never in the future' })
  registeredAt?: Date | null;
}
