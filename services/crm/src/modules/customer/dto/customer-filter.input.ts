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

  @Field(() => CustomerClass, { nullable: true, description: 'only customers of this class (客户分类)' })
  customerClass?: CustomerClass | null;

  @Field(() => CustomerStage, { nullable: true, description: 'only customers at this stage of the journey' })
  stage?: CustomerStage | null;

  @Field(() => SourceChannel, { nullable: true, description: 'only customers who came through this source channel (来源渠道)' })
  channel?: SourceChannel | null;

  @Field(() => ID, { nullable: true, description: 'only the customers of this consultant (a staff id)' })
  consultantId?: string | null;

  @Field(() => ID, { nullable: true, description: '延伸客户: the customers this one referred' })
  referrerId?: string | null;

  @Field(() => String, { nullable: true, description: 'customers carrying this tag' })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'only customers of this region (地区), as registered' })
  region?: string | null;

  @Field(() => ID, { nullable: true, description: 'only the people of this key account (a partner sees only its own in any case)' })
  keyAccountId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'only customers who gave (true) or refused (false) marketing consent' })
  marketingConsent?: boolean | null;
}
