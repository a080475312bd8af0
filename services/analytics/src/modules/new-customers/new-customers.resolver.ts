import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '@careline/service-kit';
import type { AnalyticsContext } from '../../context.js';
import { NewCustomersGroupBy, NewCustomersReport } from './dto/new-customers-report.type.js';
import { PeriodInput } from '../../common/dto/period.input.js';
import { NewCustomersService } from './new-customers.service.js';

/** Hospital-wide figures: for the people who run the hospital, never for partner organisations or auditors. */
@Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, Role.FINANCE)
@Resolver(() => NewCustomersReport)
export class NewCustomersResolver {
  // nullable: when analytics is down the gateway nulls only this field, and the rest of a
  // dashboard query (crm, members) still comes back
  @Query(() => NewCustomersReport, {
    nullable: true,
    description:
      '新增客户 / 新增会员 per day or per source channel; BAD_USER_INPUT for a malformed, reversed or longer-than-366-day period',
  })
  newCustomers(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('groupBy', () => NewCustomersGroupBy) groupBy: NewCustomersGroupBy,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<NewCustomersReport> {
    return new NewCustomersService(ctx).report(period, groupBy);
  }
}
