import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, Role } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { MEMBERSHIP_READERS } from '../membership/membership.roles.js';
import { Tier } from './tier.entity.js';
import { TierService } from './tier.service.js';
import { UpdateTierInput } from './dto/update-tier.input.js';
import { TierEvaluation } from './dto/tier-evaluation.type.js';
import { TierPreviewConnection } from './dto/tier-preview.type.js';
import { TierChangeDirection } from './dto/tier-change-direction.js';

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

  @Authorized([Role.OPS_DIRECTOR, Role.DEPT_ADMIN])
  @Query(() => TierPreviewConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description:
      '等级评定预览: the members whose tier an evaluation now would change (the director and the member-centre / customer-service admins), by membership; nothing is changed',
  })
  tierEvaluationPreview(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('direction', () => TierChangeDirection, { nullable: true, description: 'only upgrades or only downgrades' })
    direction: TierChangeDirection | null,
    @Ctx() ctx: MembersContext,
  ): Promise<TierPreviewConnection> {
    return new TierService(ctx).preview({ first: page.first, after: page.after, direction });
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
