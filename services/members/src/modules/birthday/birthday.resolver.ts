import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, Role } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { MEMBERSHIP_WRITERS } from '../membership/membership.roles.js';
import { BirthdayService } from './birthday.service.js';
import { BirthdayGreetingRun, UpcomingBirthday, UpcomingBirthdayConnection } from './dto/birthday.types.js';

@Resolver(() => UpcomingBirthday)
export class BirthdayResolver {
  @Authorized(MEMBERSHIP_WRITERS)
  @Query(() => UpcomingBirthdayConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description:
      '生日管理: members whose birthday is today or in the next days − 1 days (hospital time), soonest first; not cancelled ones',
  })
  upcomingBirthdays(
    @Arg('days', () => Int, { defaultValue: 7, description: '1 to 366; 7 = today and the six days after' }) days: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MembersContext,
  ): Promise<UpcomingBirthdayConnection> {
    return new BirthdayService(ctx).upcoming(days, page.first, page.after);
  }

  @Authorized(Role.OPS_DIRECTOR)
  @Mutation(() => BirthdayGreetingRun, {
    description:
      'Runs the birthday greetings for asOf’s day now (the daily job members.birthday-greetings does it); each member is greeted once a year',
  })
  sendBirthdayGreetings(
    @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null,
    @Ctx() ctx: MembersContext,
  ): Promise<BirthdayGreetingRun> {
    return new BirthdayService(ctx).sendGreetings(asOf);
  }
}
