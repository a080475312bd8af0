import { ArrayType } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Authorized, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, maskAll, newId, Personal, STAFF_ROLES } from '@careline/service-kit';
import { maskPhone } from '../../common/phone.js';

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
registerEnumType(Gender, { name: 'Gender', description: '性别: the customer’s gender as registered' });

export enum CustomerStage {
  POTENTIAL = 'POTENTIAL',
  ACTUAL = 'ACTUAL',
  LOYAL = 'LOYAL',
}
registerEnumType(CustomerStage, {
  name: 'CustomerStage',
  description: 'lifecycle stage, moved by deals (DealClosed)',
  valuesConfig: {
    POTENTIAL: { description: '潜在客户: consulted, never dealt' },
    ACTUAL: { description: '现实客户: has dealt' },
    LOYAL: { description: '忠实客户: repeat dealings (CRM_LOYAL_DEALS deals, default 3)' },
  },
});

export enum CustomerClass {
  A = 'A',
  B = 'B',
  C = 'C',
}
registerEnumType(CustomerClass, { name: 'CustomerClass', description: 'A / B / C value classification kept by customer service' });

/**
 * 客户: one real person. The phone, normalised, is unique: a second registration finds the first.
 * The hospital's own working fields (stage, class, tags, consent, consultant, referrer, notes) are for
 * staff: a partner organisation reads its people's identity, not how the hospital rates them.
 */
@Entity({ tableName: 'customer' })
// 客户查询 lists newest registration first (customer.service.ts `list`), paged on (created_at, id)
@Index({ name: 'customer_created_at_id_idx', properties: ['createdAt', 'id'] })
@ObjectType({ description: '客户: one real person, owned by crm' })
@Directive('@key(fields: "id")')
export class Customer {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the customer’s id (a UUID)' })
  id: string = newId();

  @Property({ type: 'text' })
  @Index({ name: 'customer_name_idx' })
  // name fragments of 3 characters and more (and latin names, ILIKE) are found through trigrams; see customerFilterQuery
  @Index({
    name: 'customer_name_trgm_idx',
    expression: 'create index "customer_name_trgm_idx" on "crm"."customer" using gin ("name" gin_trgm_ops)',
  })
  @Field(() => String, { description: '姓名' })
  @Personal()
  name: string;

  /** national digits, see normalisePhone */
  @Property({ type: 'text', unique: 'customer_phone_key' })
  // phone tails (like '%1234') and digit fragments: the unique btree serves only whole numbers
  @Index({
    name: 'customer_phone_trgm_idx',
    expression: 'create index "customer_phone_trgm_idx" on "crm"."customer" using gin ("phone" gin_trgm_ops)',
  })
  @Field(() => String, { description: '手机号 (normalised); masked as 138****1234 for roles that do not need it' })
  @Personal({ mask: maskPhone })
  phone: string;

  @Enum({ items: () => Gender, nativeEnumName: undefined, default: Gender.UNKNOWN })
  @Field(() => Gender, { description: '性别' })
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

  /** lower-case full pinyin of the name without spaces ("zhangsan"), for search */
  @Property({ type: 'text', default: '' })
  // pinyin search is a substring match (like '%zhangsan%'): trigrams, not a btree
  @Index({
    name: 'customer_name_pinyin_trgm_idx',
    expression: 'create index "customer_name_pinyin_trgm_idx" on "crm"."customer" using gin ("name_pinyin" gin_trgm_ops)',
  })
  namePinyin: string = '';

  /** lower-case pinyin initials of the name ("zs"), for search */
  @Property({ type: 'text', default: '' })
  // initials search is a prefix match (like 'zs%'): text_pattern_ops, since the database collation need not be C
  @Index({
    name: 'customer_name_initials_pattern_idx',
    expression: 'create index "customer_name_initials_pattern_idx" on "crm"."customer" ("name_initials" text_pattern_ops)',
  })
  nameInitials: string = '';

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD (personal data)' })
  @Personal({ mask: maskAll })
  birthDate: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '微信号 (personal data)' })
  @Personal({ mask: maskAll })
  wechatId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '地址 (personal data)' })
  @Personal({ mask: maskAll })
  address: string | null = null;

  /** the customer who brought this one (老带新) */
  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'customer_referrer_id_idx' })
  @Authorized(STAFF_ROLES)
  @Field(() => ID, { nullable: true, description: '推荐人: the customer who referred this one' })
  referrerId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'customer_consultant_id_idx' })
  @Authorized(STAFF_ROLES)
  @Field(() => ID, { nullable: true, description: 'assigned consultant (staff id)' })
  consultantId: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{}'" })
  // the tag filter is tags @> '{tag}'
  @Index({ name: 'customer_tags_idx', expression: 'create index "customer_tags_idx" on "crm"."customer" using gin ("tags")' })
  @Authorized(STAFF_ROLES)
  @Field(() => [String], { description: '标签' })
  tags: string[] = [];

  @Property({ type: 'boolean', default: false })
  @Authorized(STAFF_ROLES)
  @Field(() => Boolean, { description: 'consented to marketing messages (birthday, holiday, campaign)' })
  marketingConsent: boolean = false;

  @Enum({ items: () => CustomerStage, default: CustomerStage.POTENTIAL })
  @Index({ name: 'customer_stage_idx' })
  @Authorized(STAFF_ROLES)
  @Field(() => CustomerStage)
  stage: CustomerStage = CustomerStage.POTENTIAL;

  @Property({ type: 'integer', default: 0 })
  @Authorized(STAFF_ROLES)
  @Field(() => Int, { description: 'deals closed (distinct receipts)' })
  dealCount: number = 0;

  @Enum({ items: () => CustomerClass, nullable: true })
  @Index({ name: 'customer_class_idx' })
  @Authorized(STAFF_ROLES)
  @Field(() => CustomerClass, { nullable: true, description: 'A / B / C classification' })
  customerClass: CustomerClass | null = null;

  @Property({ type: 'text', nullable: true })
  @Authorized(STAFF_ROLES)
  @Field(() => String, { nullable: true, description: '隐形需求: hidden needs for later development (personal data)' })
  @Personal({ mask: maskAll })
  hiddenNeeds: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Authorized(STAFF_ROLES)
  @Field(() => ID, {
    nullable: true,
    description: 'staff id of whoever registered the customer (null for imports by the system and older rows)',
  })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'when the customer was registered' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the record last changed' })
  updatedAt: Date | null = null;
}

@ObjectType({ description: 'One page of customers' })
export class CustomerConnection extends Connection(Customer) {}
