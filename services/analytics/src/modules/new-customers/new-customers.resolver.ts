import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AnalyticsContext } from '../../context.js';
import { NewCustomersGroupBy, NewCustomersReport } from './dto/new-customers-report.type.js';
import { PeriodInput } from './dto/period.input.js';
import { NewCustomersService } from './new-customers.service.js';

@Resolver(() => NewCustomersReport)
export class NewCustomersResolver {
  // nullable: when analytics is down the gateway nulls only this field, and the rest of a
  // dashboard query (crm, members) still comes back
  @Query(() => NewCustomersReport, {
    nullable: true,
    description: '新增客户 / 新增会员 per day or per source channel; BAD_USER_INPUT for a malformed, reversed or longer-than-366-day period',
  })
  newCustomers(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('groupBy', () => NewCustomersGroupBy) groupBy: NewCustomersGroupBy,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<NewCustomersReport> {
    return new NewCustomersService(ctx).report(period, groupBy);
  }
}
