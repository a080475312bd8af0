import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@careline/service-kit';

export enum AdjustmentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(AdjustmentStatus, { name: 'PointsAdjustmentStatus', description: '积分调整审批状态' });

/**
 * 积分调整: a manual correction, asked for with a reason and the department and staff member
 * responsible for the mistake, and written to the ledger only when someone other than the
 * requester approves it.
 */
@Entity({ tableName: 'points_adjustment' })
@Index({ name: 'points_adjustment_status_idx', properties: ['status', 'id'] })
@Index({ name: 'points_adjustment_membership_id_idx', properties: ['membershipId', 'id'] })
@Check({ name: 'points_adjustment_points_check', expression: 'points <> 0' })
@ObjectType({ description: '积分调整: a manual points correction awaiting, or after, a second person’s approval' })
export class PointsAdjustment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  membershipId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'signed: positive credits, negative debits' })
  points: number;

  @Property({ type: 'text' })
  @Field(() => String)
  reason: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '责任部门 code' })
  responsibleDepartment: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '责任人 staff id' })
  responsibleStaffId: string;

  @Enum({ items: () => AdjustmentStatus, default: AdjustmentStatus.PENDING })
  @Field(() => AdjustmentStatus)
  status: AdjustmentStatus = AdjustmentStatus.PENDING;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  requestedBy: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  requestedAt: Date;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who approved or rejected it; never the requester' })
  decidedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  rejectionReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the ledger entry the approval wrote' })
  entryId: string | null = null;
}

@ObjectType()
export class PointsAdjustmentConnection extends Connection(PointsAdjustment) {}
