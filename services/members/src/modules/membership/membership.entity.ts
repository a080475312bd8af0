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
  [OptionalProps]?: 'tier' | 'status' | 'enrolledBy' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  /** crm's customer id; unique: a customer has at most one membership */
  @Property({ type: 'uuid', unique: 'membership_customer_id_key' })
  customerId: string;

  @Property({ type: 'text', unique: 'membership_card_number_key' })
  @Field(() => String, { description: '会员卡号, e.g. M00000042' })
  cardNumber: string;

  @Property({ type: 'text', default: DEFAULT_TIER })
  @Field(() => String, { description: '等级 code, e.g. ORDINARY, SILVER, GOLD, DIAMOND' })
  tier: string = DEFAULT_TIER;

  @Enum({ items: () => MembershipStatus, default: MembershipStatus.ACTIVE })
  @Field(() => MembershipStatus)
  status: MembershipStatus = MembershipStatus.ACTIVE;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: '入会时间; earlier than createdAt for a retroactive enrolment' })
  joinedAt: Date;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'id of the staff member who enrolled the customer' })
  enrolledBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}
