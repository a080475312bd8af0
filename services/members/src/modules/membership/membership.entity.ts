import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  FROZEN = 'FROZEN',
  LOST = 'LOST',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: '会员状态',
  valuesConfig: {
    ACTIVE: { description: '正常' },
    FROZEN: { description: '冻结' },
    LOST: { description: '挂失: the card is reported lost' },
    CANCELLED: { description: '注销' },
  },
});

export const DEFAULT_TIER = 'ORDINARY';

/** 会员: a customer enrolled in the programme. One per customer; the card number is never reused. */
@Entity({ tableName: 'membership' })
@ObjectType({ description: '会员: a customer enrolled in the membership programme, owned by members' })
@Directive('@key(fields: "id")')
export class Membership {
  [OptionalProps]?:
    | 'tier'
    | 'status'
    | 'enrolledBy'
    | 'createdAt'
    | 'tierSince'
    | 'currentCardId'
    | 'isKeyCustomer'
    | 'keyCustomerOwnerId'
    | 'developerId'
    | 'mergedIntoId'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the membership’s id (a UUID)' })
  id: string = newId();

  /** crm's customer id; unique: a customer has at most one membership */
  @Property({ type: 'uuid', unique: 'membership_customer_id_key' })
  customerId: string;

  /**
   * The member's number: the current card's, or the one reserved at enrolment until the first card
   * is issued. A replacement moves it to the new card; old numbers stay on their card rows.
   */
  @Property({ type: 'text', unique: 'membership_card_number_key' })
  @Field(() => String, { description: '会员卡号 of the current card (reserved at enrolment), e.g. M00000042' })
  cardNumber: string;

  /** the card in use (ISSUED, ACTIVE or LOST), or the last one; null until a card is issued */
  @Property({ type: 'uuid', nullable: true })
  currentCardId: string | null = null;

  @Property({ type: 'text', default: DEFAULT_TIER })
  @Field(() => String, { description: '等级 code, e.g. ORDINARY, SILVER, GOLD, DIAMOND' })
  tier: string = DEFAULT_TIER;

  @Enum({ items: () => MembershipStatus, default: MembershipStatus.ACTIVE })
  @Field(() => MembershipStatus, { description: 'whether the membership is active, frozen, lost or cancelled' })
  status: MembershipStatus = MembershipStatus.ACTIVE;

  /** when the current tier was reached (enrolment or the last tier change): a tier is kept at least 12 months */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the current tier was reached; null means since joinedAt' })
  tierSince: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: '入会时间; earlier than createdAt for a retroactive enrolment' })
  joinedAt: Date;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: '重点客户: a high-value individual member the member centre looks after (not a key account)' })
  isKeyCustomer: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'staff id of the key customer’s owner; null when not a key customer' })
  keyCustomerOwnerId: string | null = null;

  /** 开发人 (issue 20): the member specialist analytics credits the member's spend to (DOMAIN §6) */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '开发人: staff id of the member specialist who develops the member; null when none' })
  developerId: string | null = null;

  /** set when crm merged this member's customer into another whose membership survives */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the surviving membership, when this one was merged into it (and cancelled)' })
  mergedIntoId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'id of the staff member who enrolled the customer' })
  enrolledBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'when the membership record was created' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'last change of status, card, tier or key-customer flag' })
  updatedAt: Date | null = null;
}

@ObjectType({ description: 'One page of memberships' })
export class MembershipConnection extends Connection(Membership) {}
