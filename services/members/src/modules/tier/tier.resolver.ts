import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { MEMBERSHIP_READERS } from '../membership/membership.roles.js';
import { Tier } from './tier.entity.js';
import { TierService } from './tier.service.js';
import { UpdateTierInput } from './dto/update-tier.input.js';
import { TierEvaluation } from './dto/tier-evaluation.type.js';

@Authorized(MEMBERSHIP_READERS)
@Resolver(() => Tier)
export class TierResolver {
  @Query(() => [Tier], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: '会员等级, lowest first',
  })
  tiers(@Ctx() ctx: MembersContext): Promise<Tier[]> {
    return new TierService(ctx).list();
  }

  @Authorized(Role.OPS_DIRECTOR)
  @Mutation(() => Tier, {
    description: 'Edits a tier (operations director): names, threshold, multiplier, discount, benefits; thresholds must rise with rank',
  })
  updateTier(
    @Arg('code', () => ID) code: string,
    @Arg('input', () => UpdateTierInput) input: UpdateTierInput,
    @Ctx() ctx: MembersContext,
  ): Promise<Tier> {
    return new TierService(ctx).update(code, input);
  }

  @Authorized(Role.OPS_DIRECTOR)
  @Mutation(() => TierEvaluation, {
    description:
      'Runs the tier evaluation now (the daily job members.evaluate-tiers does it at 00:10 hospital time); asOf defaults to now, never in the future',
  })
  evaluateTiers(@Arg('asOf', () => Date, { nullable: true }) asOf: Date | null, @Ctx() ctx: MembersContext): Promise<TierEvaluation> {
    return new TierService(ctx).evaluate(asOf);
  }
}
