import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReferralStatus {
  PENDING = 'PENDING',
  REWARDED = 'REWARDED',
  REVERSED = 'REVERSED',
  DECLINED = 'DECLINED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: '老带新奖励状态',
  valuesConfig: {
    PENDING: { description: '待首次成交: the referred customer has not closed a deal yet' },
    REWARDED: { description: '已奖励: the referrer was credited points for the referred customer’s first deal' },
    REVERSED: {
      description: '已冲正: the rewarding deal was refunded (or the referral turned out a duplicate): the points were taken back',
    },
    DECLINED: { description: '不奖励: the rule gave nothing (declineReason says why)' },
  },
});

export enum ReferralDeclineReason {
  SELF_REFERRAL = 'SELF_REFERRAL',
  DUPLICATE = 'DUPLICATE',
  CAP_REACHED = 'CAP_REACHED',
  RULE_DISABLED = 'RULE_DISABLED',
  REFERRER_NOT_MEMBER = 'REFERRER_NOT_MEMBER',
  EXISTING_CUSTOMER = 'EXISTING_CUSTOMER',
  DEAL_REFUNDED = 'DEAL_REFUNDED',
}
registerEnumType(ReferralDeclineReason, {
  name: 'ReferralDeclineReason',
  description: '不奖励或冲正的原因',
  valuesConfig: {
    SELF_REFERRAL: { description: '自荐: the referrer and the referred are one person' },
    DUPLICATE: { description: '重复档案: the referred record was merged into an existing customer (not a new customer)' },
    CAP_REACHED: { description: '已达上限: the referrer had reached the rule’s cap for the period' },
    RULE_DISABLED: { description: '规则停用: referral rewards were switched off when the first deal closed' },
    REFERRER_NOT_MEMBER: { description: '推荐人非有效会员: the referrer had no active membership when the first deal closed' },
    EXISTING_CUSTOMER: { description: '老顾客: the referred customer had consumed before they were referred' },
    DEAL_REFUNDED: { description: '成交已退款: the deal that earned the reward was refunded' },
  },
});

export enum ReferralCapPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(ReferralCapPeriod, {
  name: 'ReferralCapPeriod',
  description: '奖励上限周期 (calendar periods in the hospital’s time zone)',
  valuesConfig: { MONTH: { description: '每月' }, QUARTER: { description: '每季度' }, YEAR: { description: '每年' } },
});

/**
 * 老带新奖励规则: one row (id 1), seeded by the migration and edited by the member centre's admin or
 * the director (updateReferralRule). Read when a referred customer's first deal is settled, so an
 * edit applies to the referrals settled after it.
 */
@Entity({ tableName: 'referral_rule' })
@Check({ name: 'referral_rule_single_row_check', expression: 'id = 1' })
@Check({ name: 'referral_rule_points_check', expression: 'points_per_referral > 0' })
@Check({ name: 'referral_rule_cap_check', expression: 'cap_per_period is null or cap_per_period > 0' })
@ObjectType({ description: '老带新奖励规则: points the referrer earns when a referred customer’s first deal closes' })
export class ReferralRule {
  [OptionalProps]?: 'updatedAt' | 'updatedBy';

  @PrimaryKey({ type: 'smallint' })
  id: number = 1;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'false: referrals settled while switched off earn nothing (RULE_DISABLED)' })
  enabled: boolean;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'points credited to the referrer per referred customer' })
  pointsPerReferral: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'at most this many rewards per referrer and period; null: no cap' })
  capPerPeriod: number | null = null;

  @Enum({ items: () => ReferralCapPeriod })
  @Field(() => ReferralCapPeriod)
  capPeriod: ReferralCapPeriod;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  updatedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'staff id of whoever last edited the rule' })
  updatedBy: string | null = null;
}

/**
 * 老带新: one row per referred customer (crm's CustomerReferred), settled once when that customer's
 * first deal is recorded: REWARDED (points to the referrer's membership) or DECLINED; a REWARDED
 * referral becomes REVERSED when its deal is refunded or the referred record proves a duplicate.
 * Written only under the referred customer's advisory lock (referral.core.ts).
 */
@Entity({ tableName: 'referral' })
@Index({ name: 'referral_referrer_idx', properties: ['referrerCustomerId', 'referredAt'] })
@Index({ name: 'referral_membership_rewarded_idx', properties: ['membershipId', 'rewardedAt'] })
@Index({ name: 'referral_consumption_idx', properties: ['consumptionId'] })
@ObjectType({ description: '老带新: who referred whom and what the referrer earned for it' })
export class Referral {
  [OptionalProps]?: 'status' | 'points' | 'pointsReversed';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the referred customer' })
  referredCustomerId: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'the customer who referred them (the survivor, after a merge of the referrer)' })
  referrerCustomerId: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  referredAt: Date;

  @Enum({ items: () => ReferralStatus, default: ReferralStatus.PENDING })
  @Field(() => ReferralStatus)
  status: ReferralStatus = ReferralStatus.PENDING;

  @Enum({ items: () => ReferralDeclineReason, nullable: true })
  @Field(() => ReferralDeclineReason, { nullable: true, description: 'DECLINED and REVERSED: why' })
  declineReason: ReferralDeclineReason | null = null;

  @Property({ type: 'uuid', nullable: true })
  consumptionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the receipt of the first deal that settled the referral' })
  receiptNumber: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the referrer’s membership credited' })
  membershipId: string | null = null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'points credited to the referrer (0 unless rewarded)' })
  points: number = 0;

  @Property({ type: 'uuid', nullable: true })
  rewardEntryId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  rewardedAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'points taken back on reversal (capped at the referrer’s balance then)' })
  pointsReversed: number = 0;

  @Property({ type: 'uuid', nullable: true })
  reversalEntryId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  reversedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;
}
