import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ArrayType, BigIntType, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar, newId } from '@careline/service-kit';

/**
 * 等级: tiers are data, seeded ORDINARY / SILVER / GOLD / DIAMOND by a data migration and edited by
 * the operations director. `rank` orders them; a member's tier is the highest whose threshold
 * their rolling 12-month spend reaches.
 */
@Entity({ tableName: 'tier' })
@ObjectType({ description: '会员等级: threshold on rolling 12-month spend, points multiplier, discount and benefits' })
export class Tier {
  [OptionalProps]?: 'benefits' | 'updatedAt' | 'updatedBy';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'e.g. ORDINARY, SILVER, GOLD, DIAMOND' })
  code: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '中文名, e.g. 金卡会员' })
  nameZh: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'the tier’s English name' })
  nameEn: string;

  /** 1 for the lowest tier; unique, so the order is never ambiguous */
  @Property({ type: 'integer', unique: 'tier_rank_key' })
  @Field(() => Int, { description: 'order, 1 = lowest' })
  rank: number;

  @Property({ type: new BigIntType('number') })
  @Field(() => FenScalar, { description: 'threshold on spend in the rolling 12 months, fen: 2000000 = ¥20,000.00' })
  minSpendFen: number;

  /** numeric(4,2), kept as its exact decimal text */
  @Property({ type: 'decimal', precision: 4, scale: 2 })
  @Field(() => String, { description: 'points multiplier, exact decimal, e.g. "1.50"' })
  multiplier: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'discount in percent off the price, 0 to 100 (5 = 九五折)' })
  discountPercent: number;

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [String], { description: '权益, in the order shown' })
  benefits: string[] = [];

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the tier’s terms last changed' })
  updatedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'staff id of whoever last edited the tier' })
  updatedBy: string | null = null;
}

/** An upgrade or downgrade, as the evaluation (or a merge) decided it. Append-only. */
@Entity({ tableName: 'tier_change' })
@Index({ name: 'tier_change_membership_id_idx', properties: ['membershipId', 'at'] })
@ObjectType({ description: '等级变更: an upgrade or downgrade with the spend that decided it' })
export class TierChange {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the change’s id (a UUID)' })
  id: string = newId();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'the membership whose tier changed' })
  membershipId: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'the tier before (a tier code)' })
  from: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'the tier after (a tier code)' })
  to: string;

  @Property({ type: new BigIntType('number') })
  @Field(() => FenScalar, { description: 'spend in the rolling 12 months that decided it, fen' })
  spendFen: number;

  /** the evaluation's reference time (asOf); when the change took effect */
  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'when the tier changed' })
  at: Date = new Date();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'EVALUATION (the daily job or evaluateTiers) or MERGE' })
  reason: string;
}
