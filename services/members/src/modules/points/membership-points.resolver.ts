import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Membership } from '../membership/membership.entity.js';
import { PointsEntryConnection, PointsEntryKind } from './points-entry.entity.js';
import { PointsLotConnection } from './points-lot.entity.js';
import { ConsumptionConnection, ConsumptionStatus } from '../consumption/consumption.entity.js';
import { GiftRedemptionConnection, RedemptionStatus } from '../gifts/gift-redemption.entity.js';
import { BALANCE_READERS, POINTS_READERS } from './points.roles.js';

/** What points, consumption and gifts add to Membership; batched across every membership of a response. */
@Resolver(() => Membership)
export class MembershipPointsResolver {
  @Authorized(BALANCE_READERS)
  @FieldResolver(() => Int, { description: '积分余额; a partner sees it for its own people only' })
  pointsBalance(@Root() membership: Membership, @Ctx() ctx: MembersContext): Promise<number> {
    return ctx.loaders.pointsBalanceByMembershipId.load(membership.id);
  }

  @Authorized(POINTS_READERS)
  @FieldResolver(() => PointsEntryConnection, { description: '积分流水, newest first' })
  pointsEntries(
    @Root() membership: Membership,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => PointsEntryKind, { nullable: true }) kind: PointsEntryKind | null,
    @Ctx() ctx: MembersContext,
  ): Promise<PointsEntryConnection> {
    return ctx.loaders.pointsEntriesByMembershipId.load(membership.id, page, kind ? { where: 'kind = ?', params: [kind] } : undefined);
  }

  @Authorized(POINTS_READERS)
  @FieldResolver(() => PointsLotConnection, { description: '积分批次 and their expiry, newest first (credited first expires first)' })
  pointsLots(
    @Root() membership: Membership,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('openOnly', () => Boolean, { nullable: true, description: 'only lots with points left (spent and expired ones left out)' })
    openOnly: boolean | null,
    @Ctx() ctx: MembersContext,
  ): Promise<PointsLotConnection> {
    return ctx.loaders.pointsLotsByMembershipId.load(membership.id, page, openOnly ? { where: 'remaining > 0', params: [] } : undefined);
  }

  @Authorized(POINTS_READERS)
  @FieldResolver(() => ConsumptionConnection, { description: '消费记录, newest first' })
  consumptions(
    @Root() membership: Membership,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => ConsumptionStatus, { nullable: true }) status: ConsumptionStatus | null,
    @Ctx() ctx: MembersContext,
  ): Promise<ConsumptionConnection> {
    return ctx.loaders.consumptionsByMembershipId.load(membership.id, page, status ? { where: 'status = ?', params: [status] } : undefined);
  }

  @Authorized(POINTS_READERS)
  @FieldResolver(() => GiftRedemptionConnection, { description: '礼品兑换, newest first' })
  redemptions(
    @Root() membership: Membership,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => RedemptionStatus, { nullable: true }) status: RedemptionStatus | null,
    @Ctx() ctx: MembersContext,
  ): Promise<GiftRedemptionConnection> {
    return ctx.loaders.redemptionsByMembershipId.load(membership.id, page, status ? { where: 'status = ?', params: [status] } : undefined);
  }
}
