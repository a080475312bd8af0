import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Membership } from '../membership/membership.entity.js';
import { ADJUSTMENT_APPROVERS, POINTS_READERS, POINTS_WRITERS } from '../points/points.roles.js';
import { AdjustmentStatus, PointsAdjustment, PointsAdjustmentConnection } from './points-adjustment.entity.js';
import { AdjustmentsService } from './adjustments.service.js';
import { RequestPointsAdjustmentInput } from './dto/request-points-adjustment.input.js';
import { adjustmentRoleRule, adjustmentRule, PointsAdjustmentAction } from './adjustments.rules.js';
import { operatorOf } from '../points/points.policy.js';

@Authorized(POINTS_READERS)
@Resolver(() => PointsAdjustment)
export class AdjustmentsResolver {
  @Query(() => PointsAdjustmentConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Points adjustments, newest first; PENDING is the approvers’ queue',
  })
  pointsAdjustments(
    @Arg('status', () => AdjustmentStatus, { nullable: true }) status: AdjustmentStatus | null,
    @Arg('membershipId', () => ID, { nullable: true }) membershipId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MembersContext,
  ): Promise<PointsAdjustmentConnection> {
    return new AdjustmentsService(ctx).list({ status, membershipId, first: page.first, after: page.after });
  }

  @Authorized(POINTS_WRITERS)
  @Mutation(() => PointsAdjustment, { description: '申请积分调整: PENDING until someone other than the requester approves it' })
  requestPointsAdjustment(
    @Arg('input', () => RequestPointsAdjustmentInput) input: RequestPointsAdjustmentInput,
    @Ctx() ctx: MembersContext,
  ): Promise<PointsAdjustment> {
    return new AdjustmentsService(ctx).request(input);
  }

  @Authorized(ADJUSTMENT_APPROVERS)
  @Mutation(() => PointsAdjustment, {
    description:
      'Writes the adjustment to the ledger (member-centre admin or director; FORBIDDEN SAME_PERSON for the requester; CONFLICT INSUFFICIENT_POINTS)',
  })
  approvePointsAdjustment(@Arg('id', () => ID) id: string, @Ctx() ctx: MembersContext): Promise<PointsAdjustment> {
    return new AdjustmentsService(ctx).approve(id);
  }

  @Authorized(ADJUSTMENT_APPROVERS)
  @Mutation(() => PointsAdjustment, { description: 'Rejects a pending adjustment with a reason; the ledger does not change' })
  rejectPointsAdjustment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: MembersContext,
  ): Promise<PointsAdjustment> {
    return new AdjustmentsService(ctx).reject(id, reason);
  }

  /**
   * The same rule as the approve and reject mutations. The balance is read only when it decides
   * (a pending debit the caller may decide), through the request's balance loader: one statement
   * for a page however many rows.
   */
  @FieldResolver(() => [PointsAdjustmentAction], {
    description:
      'the decisions the caller may take on this adjustment now: the director or the member centre’s admin, never the requester, while pending, and 批准 only when the balance covers a debit',
  })
  async viewerActions(@Root() adjustment: PointsAdjustment, @Ctx() ctx: MembersContext): Promise<PointsAdjustmentAction[]> {
    const me = operatorOf(ctx.caller);
    const decides =
      adjustmentRoleRule(ctx.caller) === null && adjustment.requestedBy !== me && adjustment.status === AdjustmentStatus.PENDING;
    const balance = decides && adjustment.points < 0 ? await ctx.loaders.pointsBalanceByMembershipId.load(adjustment.membershipId) : 0;
    return Object.values(PointsAdjustmentAction).filter((action) => adjustmentRule(ctx.caller, me, adjustment, action, balance) === null);
  }

  @FieldResolver(() => Membership, { nullable: true })
  membership(@Root() adjustment: PointsAdjustment, @Ctx() ctx: MembersContext): Promise<Membership | null> {
    return ctx.loaders.membershipById.load(adjustment.membershipId);
  }
}
