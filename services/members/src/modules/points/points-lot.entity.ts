import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@careline/service-kit';

/**
 * 积分批次: the points one credit (an earn, a positive adjustment) added, with what is left of
 * them and when they expire. Redemptions, negative adjustments and expiry take from the oldest
 * lots first; `points_allocation` records each take, so points + Σ allocations = remaining.
 */
@ObjectType({ description: '积分批次: the points one credit added, what is left of them and when they expire' })
@Entity({ tableName: 'points_lot' })
@Index({ name: 'points_lot_membership_id_idx', properties: ['membershipId', 'id'] })
@Index({ name: 'points_lot_open_idx', properties: ['membershipId', 'expiresAt'], where: 'remaining > 0' })
@Index({ name: 'points_lot_due_idx', properties: ['expiresAt'], where: 'remaining > 0' })
@Check({ name: 'points_lot_points_check', expression: 'points > 0' })
@Check({ name: 'points_lot_remaining_check', expression: 'remaining >= 0 and remaining <= points' })
export class PointsLot {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  membershipId: string;

  /** the entry that credited the lot */
  @Property({ type: 'uuid' })
  entryId: string;

  @Field(() => Int, { description: 'the points credited' })
  @Property({ type: 'integer' })
  points: number;

  @Field(() => Int, { description: 'what is left of them (0 once spent or expired)' })
  @Property({ type: 'integer' })
  remaining: number;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  creditedAt: Date;

  @Field(() => Date, { description: 'when what is left expires (the expiry job takes it then)' })
  @Property({ type: 'timestamptz' })
  expiresAt: Date;
}

@ObjectType()
export class PointsLotConnection extends Connection(PointsLot) {}
