import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, idempotentCreate } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Membership } from '../membership/membership.entity.js';
import { MEMBERSHIP_STAFF_READERS, MEMBERSHIP_WRITERS } from '../membership/membership.roles.js';
import { Activity, ActivityConnection, ActivityEffect, ActivityRegistration, ActivityRegistrationConnection } from './activity.entity.js';
import { ActivityService } from './activity.service.js';
import { CreateActivityInput } from './dto/create-activity.input.js';
import { activityLoaders } from './activity.loaders.js';

@Authorized(MEMBERSHIP_STAFF_READERS)
@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => Activity, { nullable: true, description: 'One activity; NOT_FOUND when there is none' })
  activity(@Arg('id', () => ID) id: string, @Ctx() ctx: MembersContext): Promise<Activity> {
    return new ActivityService(ctx).get(id);
  }

  @Query(() => ActivityConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: '会员活动, newest first; upcoming: only those that have not ended',
  })
  activities(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('upcoming', () => Boolean, { nullable: true }) upcoming: boolean | null,
    @Ctx() ctx: MembersContext,
  ): Promise<ActivityConnection> {
    return new ActivityService(ctx).list({ first: page.first, after: page.after, upcoming });
  }

  @Query(() => ActivityEffect, { description: '活动效果: registrations, attendance and the attendees’ spend up to 30 days after' })
  activityEffect(@Arg('id', () => ID) id: string, @Ctx() ctx: MembersContext): Promise<ActivityEffect> {
    return new ActivityService(ctx).effect(id);
  }

  @FieldResolver(() => ActivityRegistrationConnection, { description: 'registrations, newest first' })
  registrations(
    @Root() activity: Activity,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MembersContext,
  ): Promise<ActivityRegistrationConnection> {
    return activityLoaders(ctx).registrationsByActivityId.load(activity.id, page);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Activity, { description: 'Creates a member activity (member centre, customer service, the director)' })
  createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() ctx: MembersContext): Promise<Activity> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation createActivity', input: input },
      {
        create: (tx) => new ActivityService(tx).create(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Activity, String(id)),
      },
    );
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => ActivityRegistration, {
    description: '报名: BAD_USER_INPUT for a member of a tier the activity is not for; CONFLICT when full, over, or already registered',
  })
  registerForActivity(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('membershipId', () => ID) membershipId: string,
    @Ctx() ctx: MembersContext,
  ): Promise<ActivityRegistration> {
    return new ActivityService(ctx).register(activityId, membershipId);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => ActivityRegistration, {
    description: '签到: records that a registered member came; CONFLICT when not registered or already recorded',
  })
  recordAttendance(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('membershipId', () => ID) membershipId: string,
    @Ctx() ctx: MembersContext,
  ): Promise<ActivityRegistration> {
    return new ActivityService(ctx).recordAttendance(activityId, membershipId);
  }
}

@Authorized(MEMBERSHIP_STAFF_READERS)
@Resolver(() => ActivityRegistration)
export class ActivityRegistrationResolver {
  @FieldResolver(() => Activity)
  async activity(@Root() registration: ActivityRegistration, @Ctx() ctx: MembersContext): Promise<Activity> {
    return (await ctx.loaders.activityById.load(registration.activityId))!;
  }

  @FieldResolver(() => Membership, { nullable: true })
  membership(@Root() registration: ActivityRegistration, @Ctx() ctx: MembersContext): Promise<Membership | null> {
    return ctx.loaders.membershipById.load(registration.membershipId);
  }
}

/** What activities add to Membership (会员360 活动); batched across every membership of a response. */
@Resolver(() => Membership)
export class MembershipActivityResolver {
  @Authorized(MEMBERSHIP_STAFF_READERS)
  @FieldResolver(() => ActivityRegistrationConnection, {
    description: '活动报名: the member’s activity registrations, newest first (staff only)',
  })
  activityRegistrations(
    @Root() membership: Membership,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MembersContext,
  ): Promise<ActivityRegistrationConnection> {
    return activityLoaders(ctx).registrationsByMembershipId.load(membership.id, page);
  }
}
