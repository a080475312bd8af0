import { Check, Entity, Enum, Index, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@careline/service-kit';

export enum PointsEntryKind {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  ADJUST = 'ADJUST',
  EXPIRE = 'EXPIRE',
  REVERSE = 'REVERSE',
}
registerEnumType(PointsEntryKind, {
  name: 'PointsEntryKind',
  description: '积分流水类型',
  valuesConfig: {
    EARN: { description: '消费积分: consumption × tier multiplier (× birthday-month bonus)' },
    REDEEM: { description: '兑换: a gift redemption' },
    ADJUST: { description: '调整: an approved manual correction, or points credited by a complaint remedy' },
    EXPIRE: { description: '过期: points past their expiry, oldest first' },
    REVERSE: { description: '冲正: a refunded consumption (negative) or a cancelled redemption (positive)' },
  },
});

const APPEND_ONLY = `raise exception 'points_entry is append-only: entries are never changed or deleted' using errcode = 'P0001';`;

/**
 * One line of a member's points ledger. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE,
 * so an entry once written never changes. `seq` numbers a member's entries 1, 2, 3… under the
 * account's row lock, and the unique (membership_id, seq) makes two writers that were not
 * serialised fail instead of both writing. The balance after every entry is kept, never negative.
 */
@Entity({ tableName: 'points_entry' })
@Unique({ name: 'points_entry_membership_seq_key', properties: ['membershipId', 'seq'] })
@Index({ name: 'points_entry_membership_id_idx', properties: ['membershipId', 'id'] })
@Check({ name: 'points_entry_balance_after_check', expression: 'balance_after >= 0' })
@Check({
  name: 'points_entry_points_sign_check',
  expression: `(kind = 'EARN' and points > 0) or (kind in ('REDEEM', 'EXPIRE') and points < 0) or (kind in ('ADJUST', 'REVERSE') and points <> 0)`,
})
@Check({ name: 'points_entry_reason_check', expression: `length(btrim(reason)) > 0` })
@Trigger({ name: 'points_entry_append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: APPEND_ONLY })
@Trigger({ name: 'points_entry_no_truncate', timing: 'before', events: ['truncate'], forEach: 'statement', body: APPEND_ONLY })
@ObjectType({ description: '积分流水: one entry of a member’s points ledger; entries never change' })
export class PointsEntry {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  /** 1, 2, 3… per member, in ledger order */
  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'position in the member’s ledger: 1, 2, 3…' })
  seq: number;

  @Enum({ items: () => PointsEntryKind })
  @Field(() => PointsEntryKind)
  kind: PointsEntryKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'signed: positive credits, negative debits' })
  points: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'the balance right after this entry, never below zero' })
  balanceAfter: number;

  @Property({ type: 'text' })
  @Field(() => String)
  reason: string;

  /** staff id; the nil UUID for the scheduled expiry and events that name no one */
  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'staff who did it; 00000000-0000-0000-0000-000000000000 for scheduled jobs' })
  operatorId: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  consumptionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the receipt that earned (or had reversed) these points' })
  receiptNumber: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the gift redemption redeemed (or cancelled)' })
  redemptionId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the approved adjustment' })
  adjustmentId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the complaint remedy carried out' })
  remedyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'for REVERSE: the entry it reverses' })
  reversesEntryId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class PointsEntryConnection extends Connection(PointsEntry) {}
