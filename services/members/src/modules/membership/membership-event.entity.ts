import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';

export enum MembershipEventKind {
  ENROLLED = 'ENROLLED',
  CARD_ISSUED = 'CARD_ISSUED',
  CARD_ACTIVATED = 'CARD_ACTIVATED',
  CARD_REPORTED_LOST = 'CARD_REPORTED_LOST',
  CARD_REPLACED = 'CARD_REPLACED',
  FROZEN = 'FROZEN',
  UNFROZEN = 'UNFROZEN',
  CANCELLED = 'CANCELLED',
  TIER_CHANGED = 'TIER_CHANGED',
  KEY_CUSTOMER_SET = 'KEY_CUSTOMER_SET',
  KEY_CUSTOMER_CLEARED = 'KEY_CUSTOMER_CLEARED',
  MERGED_FROM = 'MERGED_FROM',
  MERGED_INTO = 'MERGED_INTO',
  CUSTOMER_CHANGED = 'CUSTOMER_CHANGED',
  DEVELOPER_CHANGED = 'DEVELOPER_CHANGED',
}
registerEnumType(MembershipEventKind, {
  name: 'MembershipEventKind',
  description: 'what happened to a membership',
  valuesConfig: {
    ENROLLED: { description: '入会 (retroactive when joinedAt is in the past)' },
    CARD_ISSUED: { description: '发卡' },
    CARD_ACTIVATED: { description: '激活' },
    CARD_REPORTED_LOST: { description: '挂失' },
    CARD_REPLACED: { description: '补卡: old card blocked, new number' },
    FROZEN: { description: '冻结' },
    UNFROZEN: { description: '解冻' },
    CANCELLED: { description: '注销' },
    TIER_CHANGED: { description: '等级变更 (upgrade or downgrade)' },
    KEY_CUSTOMER_SET: { description: '设为重点客户 / owner changed' },
    KEY_CUSTOMER_CLEARED: { description: '取消重点客户' },
    MERGED_FROM: { description: 'another customer’s membership was merged into this one' },
    MERGED_INTO: { description: 'this membership was merged into the surviving customer’s' },
    CUSTOMER_CHANGED: { description: 'the membership now belongs to the surviving customer of a merge' },
    DEVELOPER_CHANGED: { description: '开发人变更: the developing specialist was set, changed or cleared' },
  },
});

/** One line of a membership's history: append-only, with who did it and when. */
@Entity({ tableName: 'membership_event' })
@Index({ name: 'membership_event_membership_id_id_idx', properties: ['membershipId', 'id'] })
@ObjectType({ description: 'One line of a membership’s history: what happened, who did it, when and why' })
export class MembershipEvent {
  [OptionalProps]?: 'actorId' | 'actorName' | 'reason' | 'cardId' | 'fromValue' | 'toValue' | 'at';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  membershipId: string;

  @Enum({ items: () => MembershipEventKind })
  @Field(() => MembershipEventKind)
  kind: MembershipEventKind;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  at: Date = new Date();

  /** staff, partner key or system caller; system jobs are 'system' */
  @Property({ type: 'text' })
  @Field(() => String, { description: 'staff, system or partner' })
  actorKind: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'staff id (or the system caller’s id); null for the scheduled jobs' })
  actorId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  actorName: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the card concerned (the new card of a replacement)' })
  cardId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the value before: a status, tier, card number, owner or membership id' })
  fromValue: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the value after' })
  toValue: string | null = null;
}

@ObjectType()
export class MembershipEventConnection extends Connection(MembershipEvent) {}
