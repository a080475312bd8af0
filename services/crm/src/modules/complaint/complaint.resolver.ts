import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FenScalar, PageArgs, Role, LocalDateScalar, idempotentCreate, operationOf } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { Complaint, ComplaintConnection, ComplaintStep, Remedy } from './complaint.entity.js';
import {
  CloseComplaintInput,
  ComplaintResponsibilityInput,
  ComplaintStepInput,
  ProposeRemedyInput,
  ProposeResolutionInput,
  ReceiveComplaintInput,
} from './dto/complaint.input.js';
import { ComplaintAction, ComplaintStatus } from './complaint.machine.js';
import { complaintViewerActions, readsApprovalText } from './complaint.rules.js';
import type { GraphQLResolveInfo } from 'graphql';
import { ComplaintService } from './complaint.service.js';
import { childrenLoader, requestLoader } from '../../common/field-loaders.js';
import { buildOpinionReport } from './opinion-report.js';
import { OpinionReport } from './dto/opinion-report.type.js';
import { assertDepartmentIn, COMPLAINT_DEPARTMENTS } from '../../common/care-access.js';
import { ComplaintTimeLimit } from './complaint.entity.js';
import { clockOf, ComplaintTimeLimitService, limitsByKey, type ComplaintClock } from './complaint.deadlines.js';
import { ComplaintOwner } from './complaint.time-limits.js';
import { ComplaintTimeLimitInput } from './dto/complaint-time-limit.input.js';

/** Complaints: CUSTOMER_SERVICE and ONSITE; approvals by the director, confirmation by finance. */
@Authorized(FRONT_LINE_ROLES)
@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @Query(() => Complaint, { nullable: true, description: 'One complaint with its steps' })
  complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<Complaint> {
    return new ComplaintService(ctx).get(id);
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @Query(() => ComplaintConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Complaints, newest first, optionally in one status',
  })
  complaints(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => ComplaintStatus, { nullable: true }) status: ComplaintStatus | null,
    @Arg('overdueOnly', () => Boolean, {
      nullable: true,
      description: 'only open complaints that ran past a time limit (escalated by the time-limit job)',
    })
    overdueOnly: boolean | null,
    @Ctx() ctx: CrmContext,
  ): Promise<ComplaintConnection> {
    return new ComplaintService(ctx).list({ status, overdueOnly, first: page.first, after: page.after });
  }

  @Query(() => [ComplaintTimeLimit], { nullable: true, description: '投诉时限: the time limit of every open stage and severity' })
  complaintTimeLimits(@Ctx() ctx: CrmContext): Promise<ComplaintTimeLimit[]> {
    return new ComplaintTimeLimitService(ctx).list();
  }

  @Authorized([Role.OPS_DIRECTOR, Role.DEPT_ADMIN])
  @Mutation(() => [ComplaintTimeLimit], {
    description:
      'The customer-service admin sets time limits (all or none; BAD_USER_INPUT STAGE_NOT_TIMED, LIMIT_OUT_OF_RANGE, DUPLICATE_LIMIT, LIMIT_ORDER); answers every limit',
  })
  updateComplaintTimeLimits(
    @Arg('limits', () => [ComplaintTimeLimitInput]) limits: ComplaintTimeLimitInput[],
    @Ctx() ctx: CrmContext,
  ): Promise<ComplaintTimeLimit[]> {
    return new ComplaintTimeLimitService(ctx).update(limits);
  }

  @Query(() => OpinionReport, { description: '医院客户服务意见表: the complaints and suggestions of the week containing weekOf' })
  weeklyOpinionReport(
    @Arg('weekOf', () => LocalDateScalar, { description: 'any day of the week' }) weekOf: string,
    @Ctx() ctx: CrmContext,
  ): Promise<OpinionReport> {
    assertDepartmentIn(ctx, COMPLAINT_DEPARTMENTS, 'query weeklyOpinionReport', 'Complaint');
    return buildOpinionReport(ctx.em, weekOf);
  }

  @Mutation(() => Complaint, { description: 'Receives a complaint or suggestion' })
  receiveComplaint(@Arg('input', () => ReceiveComplaintInput) input: ReceiveComplaintInput, @Ctx() ctx: CrmContext): Promise<Complaint> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation receiveComplaint', input: input },
      {
        create: (tx) => new ComplaintService(tx).receive(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Complaint, String(id)),
      },
    );
  }

  @Mutation(() => Complaint, {
    description: 'A workflow step: on-site handling, failed attempts (the third escalates), case conference, resolution',
  })
  advanceComplaint(@Arg('input', () => ComplaintStepInput) input: ComplaintStepInput, @Ctx() ctx: CrmContext): Promise<Complaint> {
    return new ComplaintService(ctx).advance(input);
  }

  @Mutation(() => Complaint, { description: 'Customer service proposes a resolution' })
  proposeComplaintResolution(
    @Arg('input', () => ProposeResolutionInput) input: ProposeResolutionInput,
    @Ctx() ctx: CrmContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).proposeResolution(input);
  }

  @Authorized([Role.OPS_DIRECTOR])
  @Mutation(() => Complaint, { description: 'The director approves a refund or compensation (FORBIDDEN SAME_PERSON for its proposer)' })
  approveComplaintResolution(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).directorApprove(complaintId, note, true);
  }

  @Authorized([Role.OPS_DIRECTOR])
  @Mutation(() => Complaint, { description: 'The director sends a proposed refund or compensation back to customer service' })
  rejectComplaintResolution(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).directorApprove(complaintId, note, false);
  }

  @Authorized([Role.FINANCE, Role.OPS_DIRECTOR])
  @Mutation(() => Complaint, { description: 'Finance confirms an approved refund or compensation' })
  confirmComplaintRefund(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).financeConfirm(complaintId, note);
  }

  @Mutation(() => Complaint, { description: 'Emergency escalation: notifies the vice-director and the departments (ComplaintEmergency)' })
  escalateComplaintEmergency(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('notifyDepartments', () => [String], { defaultValue: [] }) notifyDepartments: string[],
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).emergency(complaintId, note, notifyDepartments);
  }

  @Mutation(() => Complaint, { description: 'Closes a resolved complaint with the customer’s satisfaction' })
  closeComplaint(@Arg('input', () => CloseComplaintInput) input: CloseComplaintInput, @Ctx() ctx: CrmContext): Promise<Complaint> {
    return new ComplaintService(ctx).close(input);
  }

  @Mutation(() => Complaint, { description: 'Records responsibility after closing: department, person, penalty, hospital-wide notice' })
  recordComplaintResponsibility(
    @Arg('input', () => ComplaintResponsibilityInput) input: ComplaintResponsibilityInput,
    @Ctx() ctx: CrmContext,
  ): Promise<Complaint> {
    return new ComplaintService(ctx).responsibility(input);
  }

  @Mutation(() => Remedy, { description: 'Proposes a membership remedy (credit points, retroactive enrolment, cancel a gift)' })
  proposeRemedy(@Arg('input', () => ProposeRemedyInput) input: ProposeRemedyInput, @Ctx() ctx: CrmContext): Promise<Remedy> {
    return new ComplaintService(ctx).proposeRemedy(input);
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => FenScalar, { nullable: true, description: 'refund or compensation in fen: 50000 is ¥500.00' })
  amountFen(@Root() complaint: Complaint): number | null {
    return complaint.amountFen;
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => [ComplaintStep], { description: 'every step, oldest first' })
  steps(@Root() complaint: Complaint, @Ctx() ctx: CrmContext): Promise<ComplaintStep[]> {
    return requestLoader(ctx, 'Complaint.steps', () => childrenLoader(ctx.em, ComplaintStep, 'complaintId', { at: 'asc', id: 'asc' })).load(
      complaint.id,
    );
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => Int, { nullable: true, description: 'the time limit of its current stage and severity, minutes (null: no clock)' })
  async timeLimitMinutes(@Root() complaint: Complaint, @Ctx() ctx: CrmContext): Promise<number | null> {
    return (await this.clock(complaint, ctx))?.limitMinutes ?? null;
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => Date, { nullable: true, description: 'when its current stage runs out of time (null: no clock)' })
  async dueAt(@Root() complaint: Complaint, @Ctx() ctx: CrmContext): Promise<Date | null> {
    return (await this.clock(complaint, ctx))?.dueAt ?? null;
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => ComplaintOwner, { nullable: true, description: 'who acts at its current stage (null when resolved or closed)' })
  async owner(@Root() complaint: Complaint, @Ctx() ctx: CrmContext): Promise<ComplaintOwner | null> {
    return (await this.clock(complaint, ctx))?.owner ?? null;
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => Boolean, { description: 'its current stage ran past its time limit (marked by the time-limit job)' })
  overdue(@Root() complaint: Complaint): boolean {
    return complaint.overdueAt !== null;
  }

  /** the limits are read once per request, whatever the number of complaints */
  private async clock(complaint: Complaint, ctx: CrmContext): Promise<ComplaintClock | null> {
    const limits = await requestLoader(ctx, 'ComplaintTimeLimits', () => limitsByKey(ctx.em));
    return clockOf(complaint, limits);
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => [ComplaintAction], {
    description:
      'the steps the caller may take on this complaint now, in workflow order: the rule each step’s mutation applies (role and department, status, never the proposer’s own approval)',
  })
  viewerActions(@Root() complaint: Complaint, @Ctx() ctx: CrmContext): ComplaintAction[] {
    return complaintViewerActions(ctx.caller, complaint);
  }

  /**
   * The complaint's text for the people who approve its money (the director and finance, for a
   * refund or compensation), whose roles see `description` masked; each value returned is audited
   * as a read of the customer's personal data.
   */
  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => String, {
    nullable: true,
    description: 'the complaint’s text for the director and finance when it asks for a refund or compensation (null for others)',
  })
  approvalText(@Root() complaint: Complaint, @Ctx() ctx: CrmContext, @Info() info: GraphQLResolveInfo): string | null {
    if (!readsApprovalText(ctx.caller, complaint)) return null;
    ctx.audit.readPersonal(operationOf(info), 'Complaint', complaint.id, 'approvalText', complaint.customerId ?? complaint.id);
    return complaint.description;
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => [Remedy])
  remedies(@Root() complaint: Complaint, @Ctx() ctx: CrmContext): Promise<Remedy[]> {
    return requestLoader(ctx, 'Complaint.remedies', () => childrenLoader(ctx.em, Remedy, 'complaintId', { id: 'asc' })).load(complaint.id);
  }
}
