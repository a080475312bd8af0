import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { FollowUpRule, FollowUpTask } from './follow-up.entity.js';
import { CompleteFollowUpInput, CreateFollowUpInput, FollowUpRuleInput } from './dto/follow-up.input.js';
import { FollowUpService } from './follow-up.service.js';

/** Follow-ups: CUSTOMER_SERVICE and MEMBER_CENTRE staff and admins, and the director; anyone’s own tasks. */
@Authorized(FRONT_LINE_ROLES)
@Resolver(() => FollowUpTask)
export class FollowUpResolver {
  @Query(() => [FollowUpTask], { description: 'My follow-ups due today or earlier and still open' })
  myFollowUpsToday(@Ctx() ctx: CrmContext): Promise<FollowUpTask[]> {
    return new FollowUpService(ctx).mine();
  }

  @Authorized([Role.OPS_DIRECTOR, Role.DEPT_ADMIN])
  @Query(() => [FollowUpTask], { description: 'Overdue follow-ups of a department (default: the caller’s)' })
  overdueFollowUps(
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<FollowUpTask[]> {
    return new FollowUpService(ctx).overdue(departmentCode);
  }

  @Query(() => [FollowUpRule], { description: 'Follow-up rules' })
  followUpRules(@Ctx() ctx: CrmContext): Promise<FollowUpRule[]> {
    return new FollowUpService(ctx).rules();
  }

  @Mutation(() => FollowUpTask, { description: 'Creates a follow-up by hand' })
  createFollowUp(@Arg('input', () => CreateFollowUpInput) input: CreateFollowUpInput, @Ctx() ctx: CrmContext): Promise<FollowUpTask> {
    return new FollowUpService(ctx).create(input);
  }

  @Mutation(() => FollowUpTask, { description: 'Records a follow-up’s result, satisfaction and new need' })
  completeFollowUp(@Arg('input', () => CompleteFollowUpInput) input: CompleteFollowUpInput, @Ctx() ctx: CrmContext): Promise<FollowUpTask> {
    return new FollowUpService(ctx).complete(input);
  }

  @Mutation(() => FollowUpRule, { description: 'Creates or changes a follow-up rule' })
  saveFollowUpRule(@Arg('input', () => FollowUpRuleInput) input: FollowUpRuleInput, @Ctx() ctx: CrmContext): Promise<FollowUpRule> {
    return new FollowUpService(ctx).saveRule(input);
  }
}
