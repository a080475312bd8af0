import { LocalDateScalar } from '@careline/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { MembersContext } from '../../context.js';
import { FINANCE_READERS } from '../points/points.roles.js';
import { GiftCostReport, PointsLiability } from './dto/finance.types.js';
import { FinanceService } from './finance.service.js';

@Authorized(FINANCE_READERS)
@Resolver()
export class FinanceResolver {
  @Query(() => GiftCostReport, { description: '礼品成本 per period (days in hospital time, both included): finance and the director' })
  giftCostReport(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Ctx() ctx: MembersContext,
  ): Promise<GiftCostReport> {
    return new FinanceService(ctx).giftCostReport(from, to);
  }

  @Query(() => PointsLiability, { description: '积分负债: outstanding points and their value, finance and the director' })
  pointsLiability(@Ctx() ctx: MembersContext): Promise<PointsLiability> {
    return new FinanceService(ctx).pointsLiability();
  }
}
