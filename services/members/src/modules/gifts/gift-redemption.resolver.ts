import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Membership } from '../membership/membership.entity.js';
import { POINTS_READERS, POINTS_WRITERS } from '../points/points.roles.js';
import { Gift } from './gift.entity.js';
import { GiftRedemption, GiftRedemptionConnection, RedemptionStatus } from './gift-redemption.entity.js';
import { GiftsService } from './gifts.service.js';
import { CancelGiftRedemptionInput, RedeemGiftInput } from './dto/gift.inputs.js';

@Authorized(POINTS_READERS)
@Resolver(() => GiftRedemption)
export class GiftRedemptionResolver {
  @Query(() => GiftRedemptionConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: '礼品兑换记录, newest first; by gift and by status',
  })
  giftRedemptions(
    @Arg('giftId', () => ID, { nullable: true }) giftId: string | null,
    @Arg('status', () => RedemptionStatus, { nullable: true }) status: RedemptionStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MembersContext,
  ): Promise<GiftRedemptionConnection> {
    return new GiftsService(ctx).listRedemptions({ giftId, status, first: page.first, after: page.after });
  }

  @Authorized(POINTS_WRITERS)
  @Mutation(() => GiftRedemption, {
    description:
      '礼品兑换, registered at hand-over: once per idempotency key, never beyond stock (CONFLICT OUT_OF_STOCK) or the balance (CONFLICT INSUFFICIENT_POINTS)',
  })
  redeemGift(@Arg('input', () => RedeemGiftInput) input: RedeemGiftInput, @Ctx() ctx: MembersContext): Promise<GiftRedemption> {
    return new GiftsService(ctx).redeem(input);
  }

  @Authorized(POINTS_WRITERS)
  @Mutation(() => GiftRedemption, { description: '撤销兑换: the points go back to their lots and the gift back to stock, once' })
  cancelGiftRedemption(
    @Arg('input', () => CancelGiftRedemptionInput) input: CancelGiftRedemptionInput,
    @Ctx() ctx: MembersContext,
  ): Promise<GiftRedemption> {
    return new GiftsService(ctx).cancel(input);
  }

  @FieldResolver(() => Gift)
  async gift(@Root() redemption: GiftRedemption, @Ctx() ctx: MembersContext): Promise<Gift> {
    return (await ctx.loaders.giftById.load(redemption.giftId))!;
  }

  @FieldResolver(() => Membership, { nullable: true })
  membership(@Root() redemption: GiftRedemption, @Ctx() ctx: MembersContext): Promise<Membership | null> {
    return ctx.loaders.membershipById.load(redemption.membershipId);
  }
}
