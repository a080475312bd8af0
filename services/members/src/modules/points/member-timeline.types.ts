import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, PageInfo } from '@careline/service-kit';

/** What a members timeline entry is: each kind is one members table (docs/customer-timeline.md). */
export enum MemberTimelineKind {
  CONSUMPTION = 'CONSUMPTION',
  POINTS = 'POINTS',
}

registerEnumType(MemberTimelineKind, {
  name: 'MemberTimelineKind',
  description: '客户时间线 entry kinds members owns',
  valuesConfig: {
    CONSUMPTION: { description: '消费: occurredAt' },
    POINTS: { description: '积分流水: the entry’s time' },
  },
});

@ObjectType({ description: 'one entry of a customer’s members timeline (consumptions and points entries), newest first' })
export class MemberTimelineEntry {
  @Field(() => ID, { description: 'kind and record id: unique across kinds' })
  id: string;

  @Field(() => MemberTimelineKind)
  kind: MemberTimelineKind;

  @Field(() => ID, { description: 'the consumption’s or the points entry’s id' })
  recordId: string;

  @Field(() => ID, { nullable: true, description: 'the membership (the member 360 the entry opens)' })
  membershipId: string | null;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'ConsumptionSource for a consumption, PointsEntryKind for a points entry' })
  code: string;

  @Field(() => String, { nullable: true, description: 'ConsumptionStatus of a consumption; null for a points entry' })
  status: string | null;

  @Field(() => FenScalar, { nullable: true, description: 'a consumption’s amount in fen' })
  amountFen: number | null;

  @Field(() => Int, { description: 'points earned (consumption, with bonus) or the entry’s points (signed)' })
  points: number;

  @Field(() => Int, { nullable: true, description: 'a points entry’s balance after it' })
  balanceAfter: number | null;

  /** recorder or operator: named by the `staff` field */
  staffId: string | null;
}

@ObjectType({ description: 'a page of a customer’s members timeline' })
export class MemberTimelineConnection {
  @Field(() => [MemberTimelineEntry], { description: 'this page’s entries, newest first (at, kind, id)' })
  nodes: MemberTimelineEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'entries of the asked kinds across all pages' })
  totalCount: number;
}
