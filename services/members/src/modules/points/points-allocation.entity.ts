import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Which lots a debit took its points from (negative), or a cancelled redemption gave them back to
 * (positive): a refund or cancellation returns exactly what was taken, and the ledger can be
 * checked lot by lot.
 */
@Entity({ tableName: 'points_allocation' })
@Index({ name: 'points_allocation_lot_id_idx', properties: ['lotId'] })
@Check({ name: 'points_allocation_points_check', expression: 'points <> 0' })
export class PointsAllocation {
  @PrimaryKey({ type: 'uuid' })
  entryId: string;

  @PrimaryKey({ type: 'uuid' })
  lotId: string;

  /** the change to the lot's remaining points */
  @Property({ type: 'integer' })
  points: number;
}
