import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar } from '@careline/service-kit';

@ObjectType({ description: 'RFM 分群: one segment of the members on a day' })
export class RfmSegment {
  @Field(() => String, {
    description: 'IMPORTANT_VALUE, IMPORTANT_DEVELOP, IMPORTANT_RETAIN, IMPORTANT_WINBACK, GENERAL_*, NO_CONSUMPTION',
  })
  segment: string;

  @Field(() => String, { description: 'zh-CN label, e.g. 重要价值会员' })
  labelZh: string;

  @Field(() => String)
  labelEn: string;

  @Field(() => Boolean, { nullable: true, description: 'recency score ≥ 3; null for NO_CONSUMPTION' })
  recentHigh: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'frequency score ≥ 3' })
  frequencyHigh: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'monetary score ≥ 3' })
  monetaryHigh: boolean | null;

  @Field(() => Int)
  members: number;

  @Field(() => Float, { nullable: true, description: 'members / all members on asOf; null when there are none' })
  share: number | null;

  @Field(() => FenScalar, { description: 'spend of the segment in the 365 days to asOf' })
  spendFen: number;

  @Field(() => Float, { nullable: true, description: 'mean days since the last consumption' })
  averageRecencyDays: number | null;

  @Field(() => Float, { nullable: true, description: 'mean receipts in the window' })
  averageFrequency: number | null;

  @Field(() => FenScalar, {
    nullable: true,
    description: 'mean spend per member of the segment in the window (whole fen, the fraction dropped)',
  })
  averageSpendFen: number | null;
}

@ObjectType({ description: 'One month of a cohort: members of the cohort who consumed that month' })
export class CohortCell {
  @Field(() => Int, { description: 'months after the cohort month (0 = the joining month)' })
  monthOffset: number;

  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  activeMembers: number;

  @Field(() => Float, { nullable: true, description: 'activeMembers / cohort members' })
  rate: number | null;
}

@ObjectType({ description: '会员留存: the members who joined in one month, and how many consumed in each month after' })
export class CohortRow {
  @Field(() => String, { description: 'joining month, YYYY-MM' })
  cohort: string;

  @Field(() => Int)
  members: number;

  @Field(() => [CohortCell])
  months: CohortCell[];
}

@ObjectType({ description: '等级分布: members of a tier on a day' })
export class TierCount {
  @Field(() => String)
  tier: string;

  @Field(() => Int)
  members: number;

  @Field(() => Float, { nullable: true })
  share: number | null;
}

@ObjectType()
export class TierDistribution {
  @Field(() => String, { description: 'the day, YYYY-MM-DD' })
  asOf: string;

  @Field(() => Int, { description: 'members counted (not cancelled) on asOf' })
  totalMembers: number;

  @Field(() => [TierCount], { description: 'most members first' })
  tiers: TierCount[];
}

@ObjectType()
export class PointsKindTotal {
  @Field(() => String, { description: 'EARN, REDEEM, ADJUST, EXPIRE, REVERSE' })
  kind: string;

  @Field(() => String, { description: 'signed points of that kind up to asOf (as a decimal string: it may exceed 2^31)' })
  points: string;
}

@ObjectType({ description: '积分负债: outstanding points and what they are worth, from the PointsChanged history' })
export class MemberPointsLiability {
  @Field(() => String)
  asOf: string;

  @Field(() => String, { description: 'points credited minus points taken, up to the end of asOf' })
  outstandingPoints: string;

  @Field(() => FenScalar, { description: 'outstandingPoints × valuePerPointFen' })
  valueFen: number;

  @Field(() => FenScalar, { description: 'what one point is worth (POINTS_VALUE_FEN)' })
  valuePerPointFen: number;

  @Field(() => Int, { description: 'members holding points now (current, whatever asOf)' })
  membersWithPoints: number;

  @Field(() => [PointsKindTotal])
  byKind: PointsKindTotal[];
}

@ObjectType()
export class GiftCostRow {
  @Field(() => ID)
  giftId: string;

  @Field(() => String)
  giftName: string;

  @Field(() => Int)
  redemptions: number;

  @Field(() => Int)
  quantity: number;

  @Field(() => String)
  points: string;

  @Field(() => FenScalar, { description: 'at the unit cost when handed over' })
  costFen: number;

  @Field(() => Int, { description: 'handed over before finance set a unit cost (not in costFen)' })
  uncostedQuantity: number;
}

@ObjectType({ description: '礼品成本: gifts handed over in the period and not cancelled since' })
export class GiftCost {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => [GiftCostRow], { description: 'by gift name' })
  lines: GiftCostRow[];

  @Field(() => Int)
  totalQuantity: number;

  @Field(() => String)
  totalPoints: string;

  @Field(() => FenScalar)
  totalCostFen: number;
}

@ObjectType({ description: 'What analytics counted for one customer, over all time (hospital days)' })
export class CustomerStats {
  @Field(() => Int, { description: '到院 visits' })
  visits: number;

  @Field(() => String, { nullable: true, description: 'first visit day, YYYY-MM-DD' })
  firstVisit: string | null;

  @Field(() => String, { nullable: true, description: 'last visit day, YYYY-MM-DD' })
  lastVisit: string | null;

  @Field(() => Int, { description: 'deals: receipts recorded and not refunded' })
  deals: number;

  @Field(() => FenScalar, { description: 'spend of those receipts' })
  spendFen: number;

  @Field(() => FenScalar, { description: 'of which recorded while a member' })
  memberSpendFen: number;

  @Field(() => String, { nullable: true, description: 'last consumption day' })
  lastConsumption: string | null;

  @Field(() => Int, { description: '退款: refunds of the customer’s deals' })
  refunds: number;

  @Field(() => FenScalar, { description: 'refunded in all' })
  refundedFen: number;

  @Field(() => Int, { description: 'points balance (sum of the ledger entries analytics received)' })
  pointsBalance: number;

  @Field(() => String, { nullable: true, description: 'current tier, null when not a member' })
  tier: string | null;

  @Field(() => Int, { description: 'hospital activities (活动) the customer attended' })
  activitiesAttended: number;

  @Field(() => Int, { description: 'gifts the customer redeemed with points' })
  giftRedemptions: number;

  @Field(() => Float, { nullable: true, description: 'mean follow-up satisfaction 1–5' })
  satisfaction: number | null;
}

@ObjectType({ description: 'One row of a distribution: a disease type or a project, with its count and share' })
export class DistributionRow {
  @Field(() => String, { description: 'disease type or department code ("" when none was given)' })
  key: string;

  @Field(() => Int, { description: 'people (diseases) or deals (projects) in this row' })
  count: number;

  @Field(() => FenScalar, { nullable: true, description: 'spend (projects only)' })
  spendFen: number | null;

  @Field(() => Float, { nullable: true, description: 'share of the count (diseases) or of the spend (projects)' })
  share: number | null;
}

@ObjectType({ description: '大客户报告: the account’s people over a period, from analytics facts' })
export class KeyAccountReport {
  @Field(() => String, { description: 'the period’s first day (hospital calendar, YYYY-MM-DD)' })
  from: string;

  @Field(() => String, { description: 'the period’s last day (hospital calendar, YYYY-MM-DD)' })
  to: string;

  @Field(() => Int, { description: 'customers linked to the account now' })
  people: number;

  @Field(() => Int, { description: 'of them, members now' })
  members: number;

  @Field(() => Int, { description: '到院 visits of the account’s people in the period' })
  visits: number;

  @Field(() => Int, { description: 'people who visited in the period' })
  visitors: number;

  @Field(() => Float, { nullable: true, description: '就诊频次: visits per person of the account in the period' })
  visitFrequency: number | null;

  @Field(() => Int, { description: 'receipts not refunded' })
  deals: number;

  @Field(() => FenScalar, { description: 'spend of the receipts not refunded' })
  spendFen: number;

  @Field(() => FenScalar, {
    nullable: true,
    description: 'spend per person of the account (whole fen, the fraction dropped); null when it has nobody',
  })
  spendPerPersonFen: number | null;

  @Field(() => Int, { description: 'refunds of their deals in the period' })
  refunds: number;

  @Field(() => FenScalar, { description: 'refunded in the period' })
  refundedFen: number;

  @Field(() => Float, { nullable: true, description: 'mean follow-up satisfaction 1–5' })
  satisfaction: number | null;

  @Field(() => Float, { nullable: true, description: 'share of satisfaction scores ≥ 4' })
  satisfiedShare: number | null;

  @Field(() => Int, { description: 'follow-up satisfaction answers the mean is taken over' })
  satisfactionResponses: number;

  @Field(() => [DistributionRow], { description: '病种分布: consultations by disease type, most first' })
  diseases: DistributionRow[];

  @Field(() => [DistributionRow], { description: '项目分布: deals and spend by department, most spend first' })
  projects: DistributionRow[];
}

/** crm's Customer, as analytics extends it: the key only. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Customer {
  @Field(() => ID)
  id: string;
}

/** crm's KeyAccount, as analytics extends it: the key only. */
@ObjectType()
@Directive('@key(fields: "id")')
export class KeyAccount {
  @Field(() => ID)
  id: string;
}
