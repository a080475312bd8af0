import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '@careline/service-kit';

export enum CardStatus {
  ISSUED = 'ISSUED',
  ACTIVE = 'ACTIVE',
  LOST = 'LOST',
  REPLACED = 'REPLACED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CardStatus, {
  name: 'CardStatus',
  description: '会员卡状态',
  valuesConfig: {
    ISSUED: { description: '已发卡: handed over, not yet activated' },
    ACTIVE: { description: '已激活' },
    LOST: { description: '已挂失' },
    REPLACED: { description: '已补换: blocked for ever, a new card carries a new number' },
    CANCELLED: { description: '已注销' },
  },
});

/**
 * 会员卡: one physical card. Rows are never deleted and a row's number never changes, so with the
 * unique index (and used_card_number) a number that was ever on a card never returns.
 */
@Entity({ tableName: 'card' })
@ObjectType({ description: '会员卡: one physical membership card; a replacement is a new card with a new number' })
export class Card {
  [OptionalProps]?:
    | 'status'
    | 'activatedAt'
    | 'activatedBy'
    | 'lostAt'
    | 'lostReason'
    | 'replacedAt'
    | 'replacedById'
    | 'replacesId'
    | 'cancelledAt'
    | 'issuedBy';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the card’s id (a UUID)' })
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'card_membership_id_idx' })
  @Field(() => ID, { description: 'the membership the card belongs to' })
  membershipId: string;

  @Property({ type: 'text', unique: 'card_number_key' })
  @Field(() => String, { description: '卡号, e.g. M00000042' })
  number: string;

  @Enum({ items: () => CardStatus, default: CardStatus.ISSUED })
  @Field(() => CardStatus, { description: 'where the card is in its life: issued, active, lost, replaced or cancelled' })
  status: CardStatus = CardStatus.ISSUED;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'when the card was issued' })
  issuedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'staff id of who issued the card' })
  issuedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the card was activated; null until then' })
  activatedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who activated it (a staff id)' })
  activatedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the card was reported lost' })
  lostAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'what the customer said when reporting it lost' })
  lostReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when a new card replaced this one' })
  replacedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the card that replaced this one' })
  replacedById: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the card this one replaced' })
  replacesId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the card was cancelled' })
  cancelledAt: Date | null = null;
}

/**
 * Every number ever handed out (reserved at enrolment or put on a card). Drawing a number inserts
 * here first, so even a sequence reset back in time can never give an old number out again.
 */
@Entity({ tableName: 'used_card_number' })
export class UsedCardNumber {
  @PrimaryKey({ type: 'text' })
  number: string;

  @Property({ type: 'uuid', nullable: true })
  membershipId: string | null = null;

  @Property({ type: 'timestamptz' })
  usedAt: Date = new Date();
}
