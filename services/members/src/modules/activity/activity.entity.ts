import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ArrayType, BigIntType, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, FenScalar, newId } from '@careline/service-kit';

export enum ActivityKind {
  LECTURE = 'LECTURE',
  PROMOTION = 'PROMOTION',
  GALA = 'GALA',
  CHECKUP = 'CHECKUP',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: '会员活动类型',
  valuesConfig: {
    LECTURE: { description: '健康讲座' },
    PROMOTION: { description: '促销活动' },
    GALA: { description: '联谊会' },
    CHECKUP: { description: '免费体检' },
  },
});

/**
 * 会员活动. `registeredCount` and `attendedCount` are kept in the same transaction as the
 * registrations; the check makes going over capacity impossible, whatever runs concurrently.
 */
@Entity({ tableName: 'activity' })
@Index({ name: 'activity_ends_at_idx', properties: ['endsAt'] })
@Check({ name: 'activity_capacity_check', expression: 'registered_count <= capacity and attended_count <= registered_count' })
@Check({ name: 'activity_period_check', expression: 'ends_at > starts_at' })
@ObjectType({ description: '会员活动: a lecture, promotion, gala or free check-up for members of the target tiers' })
export class Activity {
  [OptionalProps]?: 'registeredCount' | 'attendedCount' | 'createdAt' | 'createdBy' | 'description';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'text' })
  @Field(() => String)
  title: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null = null;

  @Enum({ items: () => ActivityKind })
  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  startsAt: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  endsAt: Date;

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [String], { description: 'tier codes whose members may register' })
  targetTiers: string[];

  @Property({ type: 'integer' })
  @Field(() => Int)
  capacity: number;

  @Property({ type: new BigIntType('number') })
  @Field(() => FenScalar, { description: '预算, fen: 500000 = ¥5,000.00' })
  budgetFen: number;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  registeredCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  attendedCount: number = 0;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

/** One member's registration for an activity, and their attendance. One per member and activity. */
@Entity({ tableName: 'activity_registration' })
@Unique({ name: 'activity_registration_activity_membership_key', properties: ['activityId', 'membershipId'] })
@Index({ name: 'activity_registration_membership_id_idx', properties: ['membershipId'] })
@ObjectType({ description: '活动报名: a member registered for an activity, and whether they came' })
export class ActivityRegistration {
  [OptionalProps]?: 'registeredAt' | 'registeredBy' | 'attendedAt' | 'attendanceRecordedBy' | 'attended';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Field(() => ID)
  activityId: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  membershipId: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  registeredAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  registeredBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when attendance was recorded; null: not (yet) attended' })
  attendedAt: Date | null = null;

  @Field(() => Boolean, { name: 'attended', description: '签到: whether attendance was recorded' })
  get attended(): boolean {
    return this.attendedAt !== null;
  }

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  attendanceRecordedBy: string | null = null;
}

@ObjectType()
export class ActivityConnection extends Connection(Activity) {}

@ObjectType()
export class ActivityRegistrationConnection extends Connection(ActivityRegistration) {}

@ObjectType({ description: '活动效果: attendance and the attendees’ consumption from the start to 30 days after the end' })
export class ActivityEffect {
  @Field(() => ID)
  activityId: string;

  @Field(() => Int)
  registered: number;

  @Field(() => Int)
  attended: number;

  @Field(() => FenScalar, { description: 'attendees’ consumption from startsAt to 30 days after endsAt, fen (refunded receipts excluded)' })
  spendWithin30DaysFen: number;

  @Field(() => Date)
  spendFrom: Date;

  @Field(() => Date)
  spendUntil: Date;

  @Field(() => Boolean, { description: 'false while the 30 days are not over: the spend may still grow' })
  spendFinal: boolean;
}
