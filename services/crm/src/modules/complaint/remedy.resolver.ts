import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { canSeePersonalData, Connection, operationOf, PageArgs, Role } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { childrenLoader, requestLoader } from '../../common/field-loaders.js';
import { Complaint, Remedy, RemedyKind, RemedyStep } from './complaint.entity.js';
import { ComplaintService } from './complaint.service.js';
import { REMEDY_STEP_RULES, RemedyAction, remedyViewerActions } from './complaint.rules.js';

@ObjectType()
export class RemedyConnection extends Connection(Remedy) {}

/**
 * A complaint-linked remedy's verification (docs/domain.md §3): the director, finance, then the
 * member centre's admin. Every step's people reach these fields; the service refuses the wrong
 * role with a reason (REMEDY_WRONG_ROLE) rather than the bare refusal of @Authorized.
 */
@Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
@Resolver(() => Remedy)
export class RemedyResolver {
  @Query(() => RemedyConnection, {
    nullable: true,
    description: 'The remedies waiting at one step of their verification, oldest first: only that step’s people may read it',
  })
  pendingRemedies(
    @Arg('step', () => RemedyStep) step: RemedyStep,
    @Arg('kind', () => RemedyKind, { nullable: true, description: 'only remedies of this kind' }) kind: RemedyKind | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CrmContext,
  ): Promise<RemedyConnection> {
    return new ComplaintService(ctx).pendingRemedies(step, { kind, first: page.first, after: page.after });
  }

  @Mutation(() => Remedy, { description: 'Step 1 of a remedy’s verification: the director approves it (then finance)' })
  approveRemedy(@Arg('remedyId', () => ID) remedyId: string, @Ctx() ctx: CrmContext): Promise<Remedy> {
    return new ComplaintService(ctx).remedyStep(remedyId, RemedyStep.DIRECTOR);
  }

  @Mutation(() => Remedy, { description: 'Step 2 of a remedy’s verification: finance approves it (then the member centre)' })
  financeApproveRemedy(@Arg('remedyId', () => ID) remedyId: string, @Ctx() ctx: CrmContext): Promise<Remedy> {
    return new ComplaintService(ctx).remedyStep(remedyId, RemedyStep.FINANCE);
  }

  @Mutation(() => Remedy, {
    description:
      'Step 3 of a remedy’s verification: the member centre’s admin checks the member record; the remedy is then sent to members',
  })
  checkRemedyRecord(@Arg('remedyId', () => ID) remedyId: string, @Ctx() ctx: CrmContext): Promise<Remedy> {
    return new ComplaintService(ctx).remedyStep(remedyId, RemedyStep.MEMBER_CENTRE);
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'the complaint the remedy answers' })
  complaint(@Root() remedy: Remedy, @Ctx() ctx: CrmContext): Promise<Complaint | null> {
    return complaintOf(remedy, ctx);
  }

  /**
   * The complaint's text, which the verifiers judge the remedy by: the director, finance and the
   * member centre's admins read it here although their roles see `Complaint.description` masked.
   * Each value returned is audited as a read of the customer's personal data.
   */
  @FieldResolver(() => String, {
    nullable: true,
    description: 'the complaint’s text, for the people who verify the remedy (null for others)',
  })
  async complaintText(@Root() remedy: Remedy, @Ctx() ctx: CrmContext, @Info() info: GraphQLResolveInfo): Promise<string | null> {
    const verifier = Object.values(REMEDY_STEP_RULES).some((step) => step.may(ctx.caller));
    if (!verifier && !canSeePersonalData(ctx.caller)) return null;
    const complaint = await complaintOf(remedy, ctx);
    if (!complaint) return null;
    ctx.audit.readPersonal(operationOf(info), 'Remedy', remedy.id, 'complaintText', remedy.customerId);
    return complaint.description;
  }

  @FieldResolver(() => [RemedyAction], {
    description:
      'the verification steps the caller may take on this remedy now (its step, by its role, never its proposer): the rule the step’s mutation applies',
  })
  viewerActions(@Root() remedy: Remedy, @Ctx() ctx: CrmContext): RemedyAction[] {
    return remedyViewerActions(ctx.caller, remedy);
  }

  @FieldResolver(() => RemedyStep, { nullable: true, description: 'whose step it waits for (null once sent to members)' })
  awaiting(@Root() remedy: Remedy): RemedyStep | null {
    return AWAITING[remedy.status] ?? null;
  }
}

const complaintOf = async (remedy: Remedy, ctx: CrmContext): Promise<Complaint | null> => {
  const loader = requestLoader(ctx, 'Remedy.complaint', () => childrenLoader(ctx.em, Complaint, 'id', { id: 'asc' }));
  return (await loader.load(remedy.complaintId))[0] ?? null;
};

const AWAITING: Record<string, RemedyStep> = {
  PROPOSED: RemedyStep.DIRECTOR,
  DIRECTOR_APPROVED: RemedyStep.FINANCE,
  FINANCE_APPROVED: RemedyStep.MEMBER_CENTRE,
};
