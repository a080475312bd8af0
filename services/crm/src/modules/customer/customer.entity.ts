import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId, Personal } from '@careline/service-kit';
import { maskPhone } from './phone.js';

export enum SourceChannel {
  PHONE = 'PHONE',
  WECHAT = 'WECHAT',
  WEB = 'WEB',
  WALK_IN = 'WALK_IN',
  REFERRAL = 'REFERRAL',
  PARTNER = 'PARTNER',
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(SourceChannel, {
  name: 'SourceChannel',
  description: '来院渠道: how the customer first reached the hospital',
  valuesConfig: {
    PHONE: { description: '电话' },
    WECHAT: { description: 'QQ / 微信' },
    WEB: { description: '网络' },
    WALK_IN: { description: '自然到院' },
    REFERRAL: { description: '老带新' },
    PARTNER: { description: '合作单位' },
    CAMPAIGN: { description: '活动' },
  },
});

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Gender, { name: 'Gender' });

/** 客户: one real person. The phone, normalised, is unique: a second registration finds the first. */
@Entity({ tableName: 'customer' })
@ObjectType({ description: '客户: one real person, owned by crm' })
@Directive('@key(fields: "id")')
export class Customer {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'text' })
  @Index({ name: 'customer_name_idx' })
  @Field(() => String, { description: '姓名' })
  @Personal()
  name: string;

  /** national digits, see normalisePhone */
  @Property({ type: 'text', unique: 'customer_phone_key' })
  @Field(() => String, { description: '手机号 (normalised); masked as 138****1234 for roles that do not need it' })
  @Personal({ mask: maskPhone })
  phone: string;

  @Enum({ items: () => Gender, nativeEnumName: undefined, default: Gender.UNKNOWN })
  @Field(() => Gender)
  gender: Gender = Gender.UNKNOWN;

  @Enum({ items: () => SourceChannel })
  @Index({ name: 'customer_channel_idx' })
  @Field(() => SourceChannel, { description: '来院渠道' })
  channel: SourceChannel;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '区域' })
  region: string | null = null;

  /** partners see only the customers of their own key account (see customerScope) */
  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'customer_key_account_id_idx' })
  @Field(() => ID, { nullable: true, description: '大客户: the key account (partner organisation) the person belongs to' })
  keyAccountId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

@ObjectType()
export class CustomerConnection extends Connection(Customer) {}
