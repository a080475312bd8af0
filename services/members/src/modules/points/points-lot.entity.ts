import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * 积分批次: the points one credit (an earn, a positive adjustment) added, with what is left of
 * them and when they expire. Redemptions, negative adjustments and expiry take from the oldest
 * lots first; `points_allocation` records each take, so points + Σ allocations = remaining.
 */
@Entity({ tableName: 'points_lot' })
@Index({ name: 'points_lot_open_idx', properties: ['membershipId', 'expiresAt'], where: 'remaining > 0' })
@Index({ name: 'points_lot_due_idx', properties: ['expiresAt'], where: 'remaining > 0' })
@Check({ name: 'points_lot_points_check', expression: 'points > 0' })
@Check({ name: 'points_lot_remaining_check', expression: 'remaining >= 0 and remaining <= points' })
export class PointsLot {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  membershipId: string;

  /** the entry that credited the lot */
  @Property({ type: 'uuid' })
  entryId: string;

  @Property({ type: 'integer' })
  points: number;

  @Property({ type: 'integer' })
  remaining: number;

  @Property({ type: 'timestamptz' })
  creditedAt: Date;

  @Property({ type: 'timestamptz' })
  expiresAt: Date;
}
