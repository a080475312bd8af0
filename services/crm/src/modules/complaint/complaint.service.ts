import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  assertFen,
  badInput,
  CareEvents,
  DomainError,
  Events,
  notFound,
  pageSize,
  parseCursor,
  Role,
  toPage,
  type ComplaintClosedData,
  type ComplaintEmergencyData,
  type ApprovalRequestedData,
  type ComplaintReceivedData,
  type ComplaintResponsibilityAnnouncedData,
  type ConsumptionRefundedData,
  type Page,
  type RemedyApprovedData,
  fenToYuan,
  isUuid,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { requireId } from '../../common/ids.js';
import { actorId, assertDepartmentIn, COMPLAINT_DEPARTMENTS, persistNew } from '../../common/care-access.js';
import { Visit } from '../visit/visit.entity.js';
import { Customer } from '../customer/customer.entity.js';
import { occurrenceTime } from '../../common/backdate.js';
import { Complaint, ComplaintStep, Remedy, RemedyKind, RemedyStatus, RemedyStep, ResolutionKind } from './complaint.entity.js';
import { ComplaintAction, ComplaintStatus, OPEN_STATUSES, transition } from './complaint.machine.js';
import {
  complaintRoleRule,
  complaintRule,
  needsApproval,
  REMEDY_STEP_RULES,
  remedyRoleRule,
  remedyRule,
  type Refusal,
} from './complaint.rules.js';
import type {
  CloseComplaintInput,
  ComplaintResponsibilityInput,
  ComplaintStepInput,
  ProposeRemedyInput,
  ProposeResolutionInput,
  ReceiveComplaintInput,
} from './dto/complaint.input.js';

/** what taking a step writes (who takes it and from which status: REMEDY_STEP_RULES in complaint.rules.ts) */
interface RemedyStepRule {
  to: RemedyStatus;
  /** whose step comes next (told by ApprovalRequested); null: the last, which sends the remedy to members */
  next: ApprovalRequestedData['awaiting'] | null;
  operation: string;
  /** the complaint step's action */
  action: string;
  /** records the step on the remedy; returns the fields written */
  take: (remedy: Remedy, by: string, at: Date) => string[];
}

/** The verification of a complaint-linked remedy, in order (docs/domain.md §3, 补救的核实). */
export const REMEDY_STEPS: Record<RemedyStep, RemedyStepRule> = {
  [RemedyStep.DIRECTOR]: {
    to: RemedyStatus.DIRECTOR_APPROVED,
    next: 'FINANCE',
    operation: 'mutation approveRemedy',
    action: 'APPROVE_REMEDY',
    take: (r, by, at) => {
      r.approvedBy = by;
      r.approvedAt = at;
      return ['approvedBy', 'approvedAt'];
    },
  },
  [RemedyStep.FINANCE]: {
    to: RemedyStatus.FINANCE_APPROVED,
    next: 'MEMBER_CENTRE',
    operation: 'mutation financeApproveRemedy',
    action: 'FINANCE_APPROVE_REMEDY',
    take: (r, by, at) => {
      r.financeApprovedBy = by;
      r.financeApprovedAt = at;
      return ['financeApprovedBy', 'financeApprovedAt'];
    },
  },
  [RemedyStep.MEMBER_CENTRE]: {
    to: RemedyStatus.APPROVED,
    next: null,
    operation: 'mutation checkRemedyRecord',
    action: 'CHECK_REMEDY_RECORD',
    take: (r, by, at) => {
      r.recordCheckedBy = by;
      r.recordCheckedAt = at;
      return ['recordCheckedBy', 'recordCheckedAt'];
    },
  },
};

/** the simple steps anyone handling the complaint may take through `advanceComplaint` */
const SIMPLE_ACTIONS = new Set([
  ComplaintAction.START_ONSITE,
  ComplaintAction.ONSITE_ATTEMPT_FAILED,
  ComplaintAction.RESOLVE_ONSITE,
  ComplaintAction.CONVENE_CONFERENCE,
  ComplaintAction.RESOLVE,
]);

export { needsApproval };

export class ComplaintService {
  constructor(private readonly ctx: CrmContext) {}

  async receive(input: ReceiveComplaintInput): Promise<Complaint> {
    const operation = 'mutation receiveComplaint';
    assertDepartmentIn(this.ctx, COMPLAINT_DEPARTMENTS, operation, 'Complaint');
    const description = input.description.trim();
    if (!description) throw badInput('description is required', 'description');
    const customerId = input.customerId ? requireId(input.customerId, 'customerId') : null;
    return this.ctx.em.transactional(async (em) => {
      // 补录: a complaint entered late was received when it was, not before the customer was registered
      const customer =
        customerId && input.receivedAt ? await em.findOne(Customer, { id: customerId }, { fields: ['id', 'createdAt'] }) : null;
      if (customerId && input.receivedAt && !customer) throw notFound('customer', customerId);
      const receivedAt = occurrenceTime(this.ctx, input.receivedAt, {
        field: 'receivedAt',
        operation,
        targetType: 'Complaint',
        notBefore: customer
          ? { at: customer.createdAt, reason: 'OCCURRED_BEFORE_REGISTRATION', what: 'the customer was registered' }
          : null,
      });
      const complaint = persistNew(em, Complaint, {
        kind: input.kind,
        receivedAt,
        customerId,
        channel: input.channel,
        category: input.category,
        severity: input.severity,
        description,
        departmentCode: input.departmentCode?.trim() || null,
        staffId: input.staffId ? requireId(input.staffId, 'staffId') : null,
        receivedBy: actorId(this.ctx),
      });
      complaint.stageEnteredAt = complaint.receivedAt;
      this.step(em, complaint, 'RECEIVE', null, ComplaintStatus.RECEIVED, null);
      await em.flush();
      await this.ctx.bus.publish<ComplaintReceivedData>(em, CareEvents.ComplaintReceived, {
        complaintId: complaint.id,
        kind: complaint.kind,
        customerId: complaint.customerId,
        channel: complaint.channel,
        category: complaint.category,
        severity: complaint.severity,
        departmentCode: complaint.departmentCode,
        staffId: complaint.staffId,
        receivedBy: complaint.receivedBy,
        receivedAt: complaint.receivedAt.toISOString(),
      });
      await this.audit(
        em,
        operation,
        complaint,
        [
          'kind',
          'customerId',
          'channel',
          'category',
          'severity',
          'description',
          'departmentCode',
          'staffId',
          ...(input.receivedAt ? ['receivedAt'] : []),
        ],
        input.receivedAt ? receivedAt : null,
      );
      return complaint;
    });
  }

  /** START_ONSITE, ONSITE_ATTEMPT_FAILED (the third escalates), RESOLVE_ONSITE, CONVENE_CONFERENCE, RESOLVE. */
  async advance(input: ComplaintStepInput): Promise<Complaint> {
    const operation = 'mutation advanceComplaint';
    if (!SIMPLE_ACTIONS.has(input.action)) throw badInput(`${input.action} has a mutation of its own`, 'action', 'ACTION_NOT_SIMPLE');
    this.assertRole(operation, input.action);
    return this.apply(operation, input.complaintId, input.action, input.note, (c) => {
      if (input.action === ComplaintAction.ONSITE_ATTEMPT_FAILED) c.onsiteAttempts += 1;
      if (input.action === ComplaintAction.CONVENE_CONFERENCE)
        c.conferenceParticipants = (input.participants ?? []).map((p) => requireId(p, 'participants'));
      return ['status', 'onsiteAttempts', 'conferenceParticipants'];
    });
  }

  async proposeResolution(input: ProposeResolutionInput): Promise<Complaint> {
    const operation = 'mutation proposeComplaintResolution';
    this.assertRole(operation, ComplaintAction.PROPOSE_RESOLUTION);
    const money = input.kind === ResolutionKind.REFUND || input.kind === ResolutionKind.COMPENSATION;
    if (money && input.amountFen == null)
      throw badInput('a refund or compensation needs its amount, amountFen', 'amountFen', 'MONEY_INVALID');
    const amountFen = money ? assertFen(input.amountFen!, 'amountFen') : null;
    const resolution = input.resolution.trim();
    if (!resolution) throw badInput('resolution is required', 'resolution');
    const receiptNumber = input.receiptNumber?.trim() || null;
    if (receiptNumber && input.kind !== ResolutionKind.REFUND)
      throw badInput('only a refund gives back a receipt', 'receiptNumber', 'RECEIPT_ONLY_FOR_REFUND');
    return this.apply(operation, input.complaintId, ComplaintAction.PROPOSE_RESOLUTION, null, async (c, em) => {
      if (receiptNumber) await this.assertRefundableReceipt(em, c, receiptNumber, amountFen!);
      c.resolutionKind = input.kind;
      c.resolution = resolution;
      c.amountFen = amountFen;
      c.refundReceiptNumber = receiptNumber;
      c.proposedBy = actorId(this.ctx);
      c.directorApprovedBy = null;
      c.directorApprovedAt = null;
      // a refund or compensation now waits for the director (identity's notifications tell them)
      if (money) await this.approvalRequested(em, 'COMPLAINT_RESOLUTION', c.id, c.id, 'DIRECTOR');
      return ['status', 'resolutionKind', 'resolution', 'amountFen', 'refundReceiptNumber', 'proposedBy'];
    });
  }

  /** The director's approval of a refund or compensation: never by its proposer; concurrent approvals approve once. */
  async directorApprove(complaintId: string, note: string | null, approve: boolean): Promise<Complaint> {
    const operation = approve ? 'mutation approveComplaintResolution' : 'mutation rejectComplaintResolution';
    const action = approve ? ComplaintAction.DIRECTOR_APPROVE : ComplaintAction.DIRECTOR_REJECT;
    this.assertRole(operation, action);
    return this.apply(operation, complaintId, action, note, async (c, em) => {
      // the four-eyes rule (never the proposer) is complaintRule's, checked in apply
      if (approve) {
        c.directorApprovedBy = actorId(this.ctx);
        c.directorApprovedAt = new Date();
        // approved: finance confirms next
        await this.approvalRequested(em, 'COMPLAINT_REFUND', c.id, c.id, 'FINANCE');
      }
      return ['status', 'directorApprovedBy'];
    });
  }

  /** Finance's confirmation, after the director's approval; neither the proposer nor the approver. */
  async financeConfirm(complaintId: string, note: string | null): Promise<Complaint> {
    const operation = 'mutation confirmComplaintRefund';
    this.assertRole(operation, ComplaintAction.FINANCE_CONFIRM);
    // neither the proposer nor the approver: complaintRule, checked in apply
    return this.apply(operation, complaintId, ComplaintAction.FINANCE_CONFIRM, note, async (c, em) => {
      const now = new Date();
      c.financeConfirmedBy = actorId(this.ctx);
      c.financeConfirmedAt = now;
      // the row is locked and the machine allows FINANCE_CONFIRM once, so the refund is published once
      if (c.resolutionKind === ResolutionKind.REFUND && c.refundReceiptNumber) {
        await this.ctx.bus.publish<ConsumptionRefundedData>(em, Events.ConsumptionRefunded, {
          receiptNumber: c.refundReceiptNumber,
          refundedAt: now.toISOString(),
          reason: `投诉退款 complaint refund ${fenToYuan(Number(c.amountFen))}: ${c.resolution ?? ''}`.trim(),
          complaintId: c.id,
          customerId: c.customerId,
          amountFen: Number(c.amountFen),
        });
      }
      return ['status', 'financeConfirmedBy'];
    });
  }

  async emergency(complaintId: string, note: string | null, notifyDepartments: string[]): Promise<Complaint> {
    const operation = 'mutation escalateComplaintEmergency';
    this.assertRole(operation, ComplaintAction.EMERGENCY);
    return this.apply(operation, complaintId, ComplaintAction.EMERGENCY, note, async (c, em) => {
      c.emergency = true;
      await this.ctx.bus.publish<ComplaintEmergencyData>(em, CareEvents.ComplaintEmergency, {
        complaintId: c.id,
        customerId: c.customerId,
        departmentCode: c.departmentCode,
        severity: c.severity,
        notifyDepartments: [...new Set(notifyDepartments.map((d) => d.trim()).filter(Boolean))],
        raisedBy: actorId(this.ctx),
        note: note?.trim() || null,
        at: new Date().toISOString(),
      });
      return ['emergency'];
    });
  }

  async close(input: CloseComplaintInput): Promise<Complaint> {
    const operation = 'mutation closeComplaint';
    this.assertRole(operation, ComplaintAction.CLOSE);
    if (!Number.isInteger(input.satisfaction) || input.satisfaction < 1 || input.satisfaction > 5)
      throw badInput('satisfaction must be 1 to 5', 'satisfaction', 'SATISFACTION_INVALID');
    return this.apply(operation, input.complaintId, ComplaintAction.CLOSE, input.note, async (c, em) => {
      const now = new Date();
      c.satisfaction = input.satisfaction;
      c.closedAt = now;
      await this.ctx.bus.publish<ComplaintClosedData>(em, CareEvents.ComplaintClosed, {
        complaintId: c.id,
        kind: c.kind,
        customerId: c.customerId,
        category: c.category,
        severity: c.severity,
        departmentCode: c.departmentCode,
        receivedAt: c.receivedAt.toISOString(),
        closedAt: now.toISOString(),
        satisfaction: c.satisfaction,
        resolutionKind: c.resolutionKind,
        amountFen: c.amountFen == null ? null : Number(c.amountFen),
        onsiteAttempts: c.onsiteAttempts,
        emergency: c.emergency,
        closedBy: actorId(this.ctx),
      });
      return ['status', 'satisfaction', 'closedAt'];
    });
  }

  async responsibility(input: ComplaintResponsibilityInput): Promise<Complaint> {
    const operation = 'mutation recordComplaintResponsibility';
    this.assertRole(operation, ComplaintAction.RECORD_RESPONSIBILITY);
    return this.apply(operation, input.complaintId, ComplaintAction.RECORD_RESPONSIBILITY, input.penalty ?? null, async (c, em) => {
      c.responsibleDepartment = input.departmentCode.trim();
      c.responsibleStaffId = input.staffId ? requireId(input.staffId, 'staffId') : null;
      c.penalty = input.penalty?.trim() || null;
      c.announced = input.announced;
      // 通报全院: identity tells every staff member (the department, not the person or the penalty)
      if (c.announced)
        await this.ctx.bus.publish<ComplaintResponsibilityAnnouncedData>(em, CareEvents.ComplaintResponsibilityAnnounced, {
          complaintId: c.id,
          category: c.category,
          responsibleDepartment: c.responsibleDepartment,
          announcedBy: actorId(this.ctx),
          at: new Date().toISOString(),
        });
      return ['responsibleDepartment', 'responsibleStaffId', 'penalty', 'announced'];
    });
  }

  async proposeRemedy(input: ProposeRemedyInput): Promise<Remedy> {
    const operation = 'mutation proposeRemedy';
    assertDepartmentIn(this.ctx, ['CUSTOMER_SERVICE'], operation, 'Remedy');
    if (input.kind === RemedyKind.CREDIT_POINTS && !input.points && !input.receiptNumbers?.length)
      throw badInput('credit points or receipts', 'points', 'REMEDY_EMPTY');
    if (input.kind === RemedyKind.CANCEL_GIFT && !input.redemptionId)
      throw badInput('redemptionId is required', 'redemptionId', 'REMEDY_EMPTY');
    if (input.kind === RemedyKind.RETRO_ENROL && !input.joinedAt) throw badInput('joinedAt is required', 'joinedAt', 'REMEDY_EMPTY');
    if (input.points != null && (!Number.isInteger(input.points) || input.points <= 0))
      throw badInput('points must be above zero', 'points');
    return this.ctx.em.transactional(async (em) => {
      const complaint = await em.findOne(Complaint, { id: requireId(input.complaintId, 'complaintId') });
      if (!complaint) throw notFound('complaint', input.complaintId);
      const customerId = input.customerId ? requireId(input.customerId, 'customerId') : complaint.customerId;
      if (!customerId) throw badInput('the complaint names no customer', 'customerId', 'CUSTOMER_REQUIRED');
      const remedy = persistNew(em, Remedy, {
        complaintId: complaint.id,
        kind: input.kind,
        customerId,
        points: input.points ?? null,
        receiptNumbers: input.receiptNumbers ?? null,
        redemptionId: input.redemptionId ? requireId(input.redemptionId, 'redemptionId') : null,
        joinedAt: input.joinedAt ?? null,
        proposedBy: actorId(this.ctx)!,
      });
      this.step(em, complaint, `PROPOSE_REMEDY ${input.kind}`, complaint.status, complaint.status, null);
      await em.flush();
      await this.approvalRequested(em, 'REMEDY', remedy.id, complaint.id, 'DIRECTOR');
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Remedy',
        targetIds: [remedy.id],
        fields: ['kind', 'customerId', 'points', 'receiptNumbers', 'redemptionId', 'joinedAt'],
        customerIds: [customerId],
      });
      return remedy;
    });
  }

  /**
   * One step of a remedy's verification (docs/domain.md §3): the director, then finance, then the
   * member centre's check of the record, each by its own role, never by the proposer. The row is
   * locked, so of two people taking the same step at once one wins and the other is told it is done;
   * the same person retrying gets the remedy back unchanged. The last step sends it to members
   * (RemedyApproved) once; the others ask the next step's people (ApprovalRequested).
   */
  async remedyStep(remedyId: string, step: RemedyStep): Promise<Remedy> {
    const rule = REMEDY_STEPS[step];
    const id = requireId(remedyId, 'remedyId');
    const wrongRole = remedyRoleRule(this.ctx.caller, step);
    if (wrongRole) throw this.refuse(rule.operation, 'Remedy', wrongRole, [id]);
    return this.ctx.em.transactional(async (em) => {
      const remedy = await em.findOne(Remedy, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!remedy) throw notFound('remedy', remedyId);
      // a retry of a step this caller already took: the same answer, nothing written again
      if (remedy.proposedBy !== this.ctx.caller.id && REMEDY_STEP_RULES[step].takenBy(remedy) === this.ctx.caller.id) return remedy;
      // the same rule as Remedy.viewerActions: the role, never the proposer, not taken yet, in order
      const refused = remedyRule(this.ctx.caller, remedy, step);
      if (refused) throw this.refuse(rule.operation, 'Remedy', refused, [remedy.id]);
      const fields = rule.take(remedy, actorId(this.ctx)!, new Date());
      remedy.status = rule.to;
      const complaint = await em.findOneOrFail(Complaint, { id: remedy.complaintId });
      this.step(em, complaint, `${rule.action} ${remedy.kind}`, complaint.status, complaint.status, null);
      await em.flush();
      if (rule.next) await this.approvalRequested(em, 'REMEDY', remedy.id, complaint.id, rule.next);
      else
        await this.ctx.bus.publish<RemedyApprovedData>(em, Events.RemedyApproved, {
          remedyId: remedy.id,
          complaintId: remedy.complaintId,
          kind: remedy.kind,
          customerId: remedy.customerId,
          points: remedy.points,
          receiptNumbers: remedy.receiptNumbers,
          redemptionId: remedy.redemptionId,
          joinedAt: remedy.joinedAt?.toISOString() ?? null,
          approvedBy: remedy.approvedBy!,
          financeApprovedBy: remedy.financeApprovedBy,
          recordCheckedBy: remedy.recordCheckedBy,
        });
      await this.ctx.audit.change(em, {
        operation: rule.operation,
        targetType: 'Remedy',
        targetIds: [remedy.id],
        fields: ['status', ...fields],
        customerIds: [remedy.customerId],
      });
      return remedy;
    });
  }

  /** The remedies waiting at one step, oldest first (each step's screen); read by that step's people only. */
  async pendingRemedies(
    step: RemedyStep,
    query: { kind?: RemedyKind | null; first?: number; after?: string | null },
  ): Promise<Page<Remedy>> {
    const rule = REMEDY_STEP_RULES[step];
    const wrongRole = remedyRoleRule(this.ctx.caller, step);
    if (wrongRole) throw this.refuse('query pendingRemedies', 'Remedy', wrongRole, []);
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const where: FilterQuery<Remedy> = { status: rule.from, ...(query.kind ? { kind: query.kind } : {}) };
    const [rows, total] = await Promise.all([
      this.ctx.em.find(Remedy, after ? { $and: [where, { id: { $gt: after } }] } : where, { orderBy: { id: 'asc' }, limit: size + 1 }),
      this.ctx.em.count(Remedy, where),
    ]);
    return toPage(rows, size, total);
  }

  async get(id: string): Promise<Complaint> {
    this.assertReader('query complaint');
    const found = isUuid(id) ? await this.ctx.em.findOne(Complaint, { id: id.toLowerCase() }) : null;
    if (!found) throw notFound('complaint', id);
    return found;
  }

  async list(query: {
    status?: ComplaintStatus | null;
    overdueOnly?: boolean | null;
    first?: number;
    after?: string | null;
  }): Promise<Page<Complaint>> {
    this.assertReader('query complaints');
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const where: FilterQuery<Complaint> = {
      ...(query.status ? { status: query.status } : {}),
      // open complaints that ran past a time limit (the one they are at now, or an earlier one)
      ...(query.overdueOnly ? { overdueCount: { $gt: 0 }, status: query.status ?? { $in: [...OPEN_STATUSES] } } : {}),
    };
    const [rows, total] = await Promise.all([
      this.ctx.em.find(Complaint, after ? { $and: [where, { id: { $lt: after } }] } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Complaint, where),
    ]);
    return toPage(rows, size, total);
  }

  /**
   * A refund of a whole receipt: a deal of the complaint's customer, for exactly the proposed amount,
   * not already given back by another complaint's confirmed refund.
   */
  private async assertRefundableReceipt(em: EntityManager, complaint: Complaint, receiptNumber: string, amountFen: number): Promise<void> {
    const visit = await em.findOne(Visit, { receiptNumber, dealt: true }, { fields: ['id', 'customerId', 'dealAmountFen'] });
    if (!visit || !complaint.customerId || visit.customerId !== complaint.customerId) {
      throw badInput(`receipt ${receiptNumber} is not a deal of this complaint’s customer`, 'receiptNumber', 'RECEIPT_UNKNOWN');
    }
    if (Number(visit.dealAmountFen) !== amountFen) {
      throw badInput(
        `a receipt refund gives back the whole receipt (${fenToYuan(Number(visit.dealAmountFen))}); for part of it leave receiptNumber out`,
        'amountFen',
        'RECEIPT_AMOUNT_MISMATCH',
      );
    }
    const taken = await em.count(Complaint, {
      refundReceiptNumber: receiptNumber,
      financeConfirmedAt: { $ne: null },
      id: { $ne: complaint.id },
    });
    if (taken)
      throw new DomainError('CONFLICT', `receipt ${receiptNumber} has already been refunded`, {
        reason: 'RECEIPT_ALREADY_REFUNDED',
        field: 'receiptNumber',
      });
  }

  /**
   * A rule's refusal (complaint.rules.ts) as the error the caller gets; a refusal of the person
   * (role, department, four-eyes) and a remedy's refused step are recorded in the audit trail
   * (outside the rolled-back transaction).
   */
  private refuse(
    operation: string,
    targetType: string,
    refusal: Refusal,
    ids: string[],
    extensions: Record<string, unknown> = {},
  ): DomainError {
    if (refusal.code === 'FORBIDDEN' || targetType === 'Remedy')
      this.ctx.audit.denied(operation, targetType, `${refusal.reason}: ${refusal.message}`, ids);
    return new DomainError(refusal.code, refusal.message, { reason: refusal.reason, ...extensions });
  }

  /** the role part of an action's rule, before anything is read */
  private assertRole(operation: string, action: ComplaintAction): void {
    const refusal = complaintRoleRule(this.ctx.caller, action);
    if (refusal) throw this.refuse(operation, 'Complaint', refusal, []);
  }

  /** finance and the director read complaints for approvals; front-line departments their own work */
  private assertReader(operation: string): void {
    const role = this.ctx.caller.role;
    if (role === Role.FINANCE || role === Role.AUDITOR) return;
    assertDepartmentIn(this.ctx, COMPLAINT_DEPARTMENTS, operation, 'Complaint');
  }

  /**
   * Every change of a complaint: the row is locked, the machine decides the next status, `change`
   * fills in the rest, and the step (actor, time, from → to) and the audit entry commit with it.
   */
  /** A step that now waits for an approver, on the writer's transaction (identity notifies the approvers). */
  private async approvalRequested(
    em: EntityManager,
    subject: ApprovalRequestedData['subject'],
    subjectId: string,
    complaintId: string,
    awaiting: ApprovalRequestedData['awaiting'],
  ): Promise<void> {
    await this.ctx.bus.publish<ApprovalRequestedData>(em, CareEvents.ApprovalRequested, {
      subject,
      subjectId,
      complaintId,
      awaiting,
      requestedBy: actorId(this.ctx),
      at: new Date().toISOString(),
    });
  }

  private async apply(
    operation: string,
    complaintId: string,
    action: ComplaintAction,
    note: string | null | undefined,
    change: (complaint: Complaint, em: EntityManager) => string[] | Promise<string[]>,
  ): Promise<Complaint> {
    const id = requireId(complaintId, 'complaintId');
    return this.ctx.em.transactional(async (em) => {
      const complaint = await em.findOne(Complaint, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!complaint) throw notFound('complaint', complaintId);
      const from = complaint.status;
      // the same rule as Complaint.viewerActions: the role, the workflow, the four-eyes rule
      const refused = complaintRule(this.ctx.caller, complaint, action);
      if (refused) throw this.refuse(operation, 'Complaint', refused, [complaint.id], { status: from, action });
      const to = transition(
        {
          status: from,
          onsiteAttempts: complaint.onsiteAttempts,
          needsApproval: needsApproval(complaint) || action === ComplaintAction.PROPOSE_RESOLUTION,
        },
        action,
      );
      const fields = await change(complaint, em);
      if (to !== from) {
        // a new stage: its time limit runs from now, and it is not overdue yet (complaint.time-limits.ts)
        complaint.stageEnteredAt = new Date();
        complaint.overdueAt = null;
      }
      complaint.status = to;
      this.step(em, complaint, action, from, to, note ?? null);
      await em.flush();
      await this.audit(em, operation, complaint, fields);
      return complaint;
    });
  }

  private step(
    em: EntityManager,
    complaint: Complaint,
    action: string,
    from: ComplaintStatus | null,
    to: ComplaintStatus,
    note: string | null,
  ): void {
    persistNew(em, ComplaintStep, {
      complaintId: complaint.id,
      action,
      fromStatus: from,
      toStatus: to,
      actorId: actorId(this.ctx),
      actorName: this.ctx.caller.name ?? null,
      note: note?.trim() || null,
    });
  }

  private audit(
    em: EntityManager,
    operation: string,
    complaint: Complaint,
    fields: string[],
    occurredAt: Date | null = null,
  ): Promise<void> {
    return this.ctx.audit.change(em, {
      operation,
      targetType: 'Complaint',
      targetIds: [complaint.id],
      fields,
      customerIds: complaint.customerId ? [complaint.customerId] : [],
      occurredAt: occurredAt?.toISOString() ?? null,
    });
  }
}
