import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FenScalar, PageArgs, Role } from '@careline/service-kit';
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
import { ComplaintStatus } from './complaint.machine.js';
import { ComplaintService } from './complaint.service.js';
import { childrenLoader, requestLoader } from '../../common/field-loaders.js';
import { buildOpinionReport } from './opinion-report.js';
import { OpinionReport } from './dto/opinion-report.type.js';
import { assertDepartmentIn, COMPLAINT_DEPARTMENTS } from '../../common/care-access.js';

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
  @Query(() => ComplaintConnection, { description: 'Complaints, newest first, optionally in one status' })
  complaints(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => ComplaintStatus, { nullable: true }) status: ComplaintStatus | null,
    @Ctx() ctx: CrmContext,
  ): Promise<ComplaintConnection> {
    return new ComplaintService(ctx).list({ status, first: page.first, after: page.after });
  }

  @Query(() => OpinionReport, { description: '医院客户服务意见表: the complaints and suggestions of the week containing weekOf' })
  weeklyOpinionReport(
    @Arg('weekOf', () => String, { description: 'any day of the week, YYYY-MM-DD' }) weekOf: string,
    @Ctx() ctx: CrmContext,
  ): Promise<OpinionReport> {
    assertDepartmentIn(ctx, COMPLAINT_DEPARTMENTS, 'query weeklyOpinionReport', 'Complaint');
    return buildOpinionReport(ctx.em, weekOf);
  }

  @Mutation(() => Complaint, { description: 'Receives a complaint or suggestion' })
  receiveComplaint(@Arg('input', () => ReceiveComplaintInput) input: ReceiveComplaintInput, @Ctx() ctx: CrmContext): Promise<Complaint> {
    return new ComplaintService(ctx).receive(input);
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

  @Authorized([Role.OPS_DIRECTOR])
  @Mutation(() => Remedy, { description: 'Approves a remedy once and sends it to members (RemedyApproved)' })
  approveRemedy(@Arg('remedyId', () => ID) remedyId: string, @Ctx() ctx: CrmContext): Promise<Remedy> {
    return new ComplaintService(ctx).approveRemedy(remedyId);
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
  @FieldResolver(() => [Remedy])
  remedies(@Root() complaint: Complaint, @Ctx() ctx: CrmContext): Promise<Remedy[]> {
    return requestLoader(ctx, 'Complaint.remedies', () => childrenLoader(ctx.em, Remedy, 'complaintId', { id: 'asc' })).load(complaint.id);
  }
}
