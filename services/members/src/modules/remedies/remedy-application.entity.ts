import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum RemedyOutcome {
  APPLIED = 'APPLIED',
  /** nothing to do or nothing possible (not a member, unknown redemption); the note says why */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/**
 * A complaint remedy (补积分, 补办会员, 撤销礼品) members carried out. The remedy id is the key:
 * a RemedyApproved delivered again, or re-published under a new event id, changes nothing.
 */
@Entity({ tableName: 'remedy_application' })
export class RemedyApplication {
  @PrimaryKey({ type: 'text' })
  remedyId: string;

  @Property({ type: 'text' })
  complaintId: string;

  @Property({ type: 'text' })
  kind: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'uuid', nullable: true })
  membershipId: string | null = null;

  @Enum({ items: () => RemedyOutcome })
  outcome: RemedyOutcome;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** the ledger entries it wrote */
  @Property({ type: 'jsonb' })
  entryIds: string[];

  @Property({ type: 'text' })
  approvedBy: string;

  @Property({ type: 'timestamptz' })
  appliedAt: Date;
}
