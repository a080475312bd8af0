import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A membership as analytics saw it enrolled (from MemberEnrolled); one row per membership. */
@Entity({ tableName: 'membership_fact' })
export class MembershipFact {
  @PrimaryKey({ type: 'uuid' })
  membershipId: string;

  @Property({ type: 'uuid' })
  @Index({ name: 'membership_fact_customer_id_idx' })
  customerId: string;

  @Property({ type: 'text' })
  tier: string;

  @Property({ type: 'timestamptz' })
  joinedAt: Date;

  /** the enrolment's calendar day in the hospital time zone, 'YYYY-MM-DD' */
  @Property({ type: 'date' })
  joinedDay: string;

  /**
   * The channel this member is counted under in the rollup: its customer's channel, or null while
   * the customer's CustomerRegistered has not arrived yet (counted under UNKNOWN until it does).
   */
  @Property({ type: 'text', nullable: true })
  channel: string | null = null;
}
