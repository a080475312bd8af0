import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, idempotentCreate } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { FollowUpRule, FollowUpTask } from './follow-up.entity.js';
import { CompleteFollowUpInput, CreateFollowUpInput, FollowUpRuleInput, ReassignFollowUpInput } from './dto/follow-up.input.js';
import { FollowUpService } from './follow-up.service.js';
import { FollowUpAction, followUpViewerActions } from './follow-up.actions.js';

/** Follow-ups: CUSTOMER_SERVICE and MEMBER_CENTRE staff and admins, and the director; anyone’s own tasks. */
@Authorized(FRONT_LINE_ROLES)
@Resolver(() => FollowUpTask)
export class FollowUpResolver {
  @Query(() => [FollowUpTask], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'My follow-ups due today or earlier and still open',
  })
  myFollowUpsToday(@Ctx() ctx: CrmContext): Promise<FollowUpTask[]> {
    return new FollowUpService(ctx).mine();
  }

  @Authorized([Role.OPS_DIRECTOR, Role.DEPT_ADMIN])
  @Query(() => [FollowUpTask], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Overdue follow-ups of a department (default: the caller’s)',
  })
  overdueFollowUps(
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<FollowUpTask[]> {
    return new FollowUpService(ctx).overdue(departmentCode);
  }

  @Query(() => [FollowUpRule], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Follow-up rules',
  })
  followUpRules(@Ctx() ctx: CrmContext): Promise<FollowUpRule[]> {
    return new FollowUpService(ctx).rules();
  }

  @Mutation(() => FollowUpTask, { description: 'Creates a follow-up by hand' })
  createFollowUp(@Arg('input', () => CreateFollowUpInput) input: CreateFollowUpInput, @Ctx() ctx: CrmContext): Promise<FollowUpTask> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation createFollowUp', input: input },
      {
        create: (tx) => new FollowUpService(tx).create(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(FollowUpTask, String(id)),
      },
    );
  }

  @Mutation(() => FollowUpTask, { description: 'Records a follow-up’s result, satisfaction and new need' })
  completeFollowUp(@Arg('input', () => CompleteFollowUpInput) input: CompleteFollowUpInput, @Ctx() ctx: CrmContext): Promise<FollowUpTask> {
    return new FollowUpService(ctx).complete(input);
  }

  @Authorized([Role.OPS_DIRECTOR, Role.DEPT_ADMIN])
  @Mutation(() => FollowUpTask, {
    description: 'Gives an open follow-up to another owner: the director any, a department admin their department’s (audited)',
  })
  reassignFollowUp(@Arg('input', () => ReassignFollowUpInput) input: ReassignFollowUpInput, @Ctx() ctx: CrmContext): Promise<FollowUpTask> {
    return new FollowUpService(ctx).reassign(input);
  }

  /** What the caller may do with the task now: the rules of the mutations (follow-up.actions.ts), from the row alone. */
  @FieldResolver(() => [FollowUpAction], { description: 'the steps the caller may take on this follow-up now' })
  viewerActions(@Root() task: FollowUpTask, @Ctx() ctx: CrmContext): FollowUpAction[] {
    return followUpViewerActions(ctx.caller, task);
  }

  @Mutation(() => FollowUpRule, { description: 'Creates or changes a follow-up rule' })
  saveFollowUpRule(@Arg('input', () => FollowUpRuleInput) input: FollowUpRuleInput, @Ctx() ctx: CrmContext): Promise<FollowUpRule> {
    return new FollowUpService(ctx).saveRule(input);
  }
}
