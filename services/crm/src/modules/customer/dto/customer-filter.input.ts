import { Field, ID, InputType } from 'type-graphql';
import { CustomerClass, CustomerStage, SourceChannel } from '../customer.entity.js';

/** Which customers: the search of `customers`, and the segment a message goes to. */
@InputType({ description: 'Customer search / segment; every field narrows the set' })
export class CustomerFilter {
  @Field(() => String, {
    nullable: true,
    description: 'name fragment (汉字), full pinyin ("zhangsan"), pinyin initials ("zs"), or phone digits',
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'the last digits of the phone' })
  phoneTail?: string | null;

  @Field(() => CustomerClass, { nullable: true })
  customerClass?: CustomerClass | null;

  @Field(() => CustomerStage, { nullable: true })
  stage?: CustomerStage | null;

  @Field(() => SourceChannel, { nullable: true })
  channel?: SourceChannel | null;

  @Field(() => ID, { nullable: true })
  consultantId?: string | null;

  @Field(() => ID, { nullable: true, description: '延伸客户: the customers this one referred' })
  referrerId?: string | null;

  @Field(() => String, { nullable: true, description: 'customers carrying this tag' })
  tag?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => ID, { nullable: true })
  keyAccountId?: string | null;

  @Field(() => Boolean, { nullable: true })
  marketingConsent?: boolean | null;
}
