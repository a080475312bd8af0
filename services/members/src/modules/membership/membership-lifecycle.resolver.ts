import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Card } from '../card/card.entity.js';
import { Tier, TierChange } from '../tier/tier.entity.js';
import { Membership } from './membership.entity.js';
import { MembershipEventConnection } from './membership-event.entity.js';
import { MembershipLifecycleService } from './membership-lifecycle.service.js';
import { MEMBERSHIP_READERS, MEMBERSHIP_STAFF_READERS, MEMBERSHIP_WRITERS } from './membership.roles.js';

/** Cards, status, tier and history of a membership. */
@Authorized(MEMBERSHIP_READERS)
@Resolver(() => Membership)
export class MembershipLifecycleResolver {
  @FieldResolver(() => [Card], { description: 'every card the member was ever issued, oldest first' })
  cards(@Root() membership: Membership, @Ctx() ctx: MembersContext): Promise<Card[]> {
    return ctx.loaders.cardsByMembershipId.load(membership.id);
  }

  @FieldResolver(() => Card, { nullable: true, description: 'the card in use (or lost), null before the first card is issued' })
  async currentCard(@Root() membership: Membership, @Ctx() ctx: MembersContext): Promise<Card | null> {
    return membership.currentCardId ? ctx.loaders.cardById.load(membership.currentCardId) : null;
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'the tier’s multiplier, discount and benefits' })
  tierDetails(@Root() membership: Membership, @Ctx() ctx: MembersContext): Promise<Tier | null> {
    return ctx.loaders.tierByCode.load(membership.tier);
  }

  @FieldResolver(() => [TierChange], { description: 'upgrades and downgrades, newest first' })
  tierChanges(@Root() membership: Membership, @Ctx() ctx: MembersContext): Promise<TierChange[]> {
    return ctx.loaders.tierChangesByMembershipId.load(membership.id);
  }

  @Authorized(MEMBERSHIP_STAFF_READERS)
  @FieldResolver(() => MembershipEventConnection, {
    description: 'what happened to the membership, newest first: who, when and why (staff only)',
  })
  history(
    @Root() membership: Membership,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MembersContext,
  ): Promise<MembershipEventConnection> {
    return ctx.loaders.historyByMembershipId.load(membership.id, page);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Card, {
    description: '发卡: issues the member’s first card, with the number reserved at enrolment; CONFLICT when a card is in use',
  })
  issueCard(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: MembersContext): Promise<Card> {
    return new MembershipLifecycleService(ctx).issueCard(membershipId);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Card, { description: '激活: ISSUED → ACTIVE; CONFLICT for any other card or a membership that is not ACTIVE' })
  activateCard(@Arg('cardId', () => ID) cardId: string, @Ctx() ctx: MembersContext): Promise<Card> {
    return new MembershipLifecycleService(ctx).activateCard(cardId);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Card, { description: '挂失: an issued or active card → LOST (the membership becomes LOST unless frozen)' })
  reportCardLost(
    @Arg('cardId', () => ID) cardId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: MembersContext,
  ): Promise<Card> {
    return new MembershipLifecycleService(ctx).reportCardLost(cardId, reason);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Card, {
    description: '补卡: the card → REPLACED (blocked for ever) and a new card with a new number is ISSUED; returns the new card',
  })
  replaceCard(
    @Arg('cardId', () => ID) cardId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: MembersContext,
  ): Promise<Card> {
    return new MembershipLifecycleService(ctx).replaceCard(cardId, reason);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Membership, { description: '冻结: ACTIVE or LOST → FROZEN' })
  freezeMembership(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: MembersContext,
  ): Promise<Membership> {
    return new MembershipLifecycleService(ctx).freeze(id, reason);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Membership, { description: '解冻: FROZEN → ACTIVE (LOST when the card was reported lost meanwhile)' })
  unfreezeMembership(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: MembersContext,
  ): Promise<Membership> {
    return new MembershipLifecycleService(ctx).unfreeze(id, reason);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Membership, { description: '注销: → CANCELLED for ever; the card in use is cancelled with it' })
  cancelMembership(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: MembersContext,
  ): Promise<Membership> {
    return new MembershipLifecycleService(ctx).cancel(id, reason);
  }
}
