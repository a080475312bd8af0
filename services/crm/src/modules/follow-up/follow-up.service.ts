import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  CareEvents,
  DomainError,
  notFound,
  Role,
  Events,
  type EventBus,
  type FollowUpCompletedData,
  type FollowUpOverdueData,
  type FollowUpReassignedData,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { requireId } from '../../common/ids.js';
import { actorId, assertDepartmentIn, FOLLOW_UP_DEPARTMENTS, persistNew, refusalError } from '../../common/care-access.js';
import { FollowUpAction, followUpRule } from './follow-up.actions.js';
import {
  ANY_OUTCOME,
  FollowUpAssignment,
  FollowUpChannel,
  FollowUpRule,
  FollowUpStatus,
  FollowUpTask,
  FollowUpTrigger,
} from './follow-up.entity.js';
import type { CompleteFollowUpInput, CreateFollowUpInput, FollowUpRuleInput, ReassignFollowUpInput } from './dto/follow-up.input.js';
import { publishScheduled } from './follow-up.rules.js';
import { hospitalDay, isDay } from '../../common/hospital-time.js';
import { occurrenceTime } from '../../common/backdate.js';
import { Customer } from '../customer/customer.entity.js';
import { Visit } from '../visit/visit.entity.js';

const VISIT_OUTCOMES = ['DEALT', 'NOT_DEALT', ANY_OUTCOME];
const CONSULTATION_OUTCOMES = ['BOOKED', 'FOLLOW_UP_LATER', 'NO_INTENTION'];

/**
 * Marks open tasks past their due day (hospital calendar) as overdue; what the scheduled job
 * `crm.mark-overdue-follow-ups` runs. Each task is marked once (overdue false → true) and, in the
 * same transaction, announced once as FollowUpOverdue (identity tells its owner). Returns how many it marked.
 */
export async function markOverdueFollowUps(em: EntityManager, bus: EventBus, now = new Date()): Promise<number> {
  const today = hospitalDay(now);
  return em.fork().transactional(async (tx) => {
    const marked = await tx.execute<
      {
        id: string;
        customer_id: string | null;
        type: string;
        due_date: string | Date;
        department_code: string;
        assignee_id: string | null;
      }[]
    >(
      `update "crm"."follow_up_task" set overdue = true, overdue_marked_at = ?
        where status = ? and not overdue and due_date < ?
        returning id, customer_id, type, due_date::text as due_date, department_code, assignee_id`,
      [now, FollowUpStatus.OPEN, today],
    );
    await bus.publishAll<FollowUpOverdueData>(
      tx,
      Events.FollowUpOverdue,
      marked.map((task) => ({
        taskId: task.id,
        customerId: task.customer_id,
        type: task.type,
        dueDate: String(task.due_date),
        departmentCode: task.department_code,
        assigneeId: task.assignee_id,
        markedAt: now.toISOString(),
      })),
    );
    return marked.length;
  });
}

export class FollowUpService {
  constructor(private readonly ctx: CrmContext) {}

  async create(input: CreateFollowUpInput): Promise<FollowUpTask> {
    const operation = 'mutation createFollowUp';
    assertDepartmentIn(this.ctx, FOLLOW_UP_DEPARTMENTS, operation, 'FollowUpTask');
    if (!isDay(input.dueDate)) throw badInput('dueDate must be YYYY-MM-DD', 'dueDate');
    const assigneeId = input.assigneeId ? requireId(input.assigneeId, 'assigneeId') : actorId(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const task = persistNew(em, FollowUpTask, {
        customerId: requireId(input.customerId, 'customerId'),
        type: input.type,
        channel: input.channel ?? FollowUpChannel.PHONE,
        dueDate: input.dueDate,
        assigneeId,
        departmentCode: this.ctx.caller.department ?? 'CUSTOMER_SERVICE',
        createdBy: actorId(this.ctx),
      });
      await em.flush();
      await publishScheduled(em, this.ctx.bus, task);
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'FollowUpTask',
        targetIds: [task.id],
        fields: ['type', 'channel', 'dueDate', 'assigneeId'],
        customerIds: [task.customerId!],
      });
      return task;
    });
  }

  /** follow-up.actions.ts's rule of `action` on the locked task: a refusal is thrown, a forbidden one audited */
  private check(operation: string, task: FollowUpTask, action: FollowUpAction): void {
    const refused = followUpRule(this.ctx.caller, task, action);
    if (!refused) return;
    if (refused.code === 'FORBIDDEN')
      this.ctx.audit.denied(
        operation,
        'FollowUpTask',
        `${this.ctx.caller.department ?? 'no department'} may not ${action} a ${task.departmentCode} follow-up`,
        [task.id],
      );
    throw refusalError(refused);
  }

  /** Records the result once; the assignee may always complete their own task. */
  async complete(input: CompleteFollowUpInput): Promise<FollowUpTask> {
    const operation = 'mutation completeFollowUp';
    const taskId = requireId(input.taskId, 'taskId');
    if (input.satisfaction != null && (!Number.isInteger(input.satisfaction) || input.satisfaction < 1 || input.satisfaction > 5)) {
      throw badInput('satisfaction must be 1 to 5', 'satisfaction', 'SATISFACTION_INVALID');
    }
    const result = input.result.trim();
    if (!result) throw badInput('result is required', 'result');
    return this.ctx.em.transactional(async (em) => {
      const task = await em.findOne(FollowUpTask, { id: taskId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!task) throw notFound('follow-up', input.taskId);
      this.check(operation, task, FollowUpAction.COMPLETE);
      // 补录: a call entered late was made when it was, not before the visit it follows nor the customer's registration
      let notBefore: { at: Date; reason: string; what: string } | null = null;
      if (input.completedAt) {
        const visit = task.visitId
          ? await em.findOne(Visit, { id: task.visitId }, { fields: ['id', 'arrivedAt', 'dealRecordedAt'] })
          : null;
        const customer = task.customerId ? await em.findOne(Customer, { id: task.customerId }, { fields: ['id', 'createdAt'] }) : null;
        const visitAt = visit ? (visit.dealRecordedAt ?? visit.arrivedAt) : null;
        if (visitAt) notBefore = { at: visitAt, reason: 'OCCURRED_BEFORE_VISIT', what: 'the visit it follows' };
        else if (customer)
          notBefore = { at: customer.createdAt, reason: 'OCCURRED_BEFORE_REGISTRATION', what: 'the customer was registered' };
      }
      const now = occurrenceTime(this.ctx, input.completedAt, { field: 'completedAt', operation, targetType: 'FollowUpTask', notBefore });
      task.status = FollowUpStatus.DONE;
      task.result = result;
      task.satisfaction = input.satisfaction ?? null;
      task.newNeedFound = input.newNeedFound;
      task.newNeed = input.newNeed?.trim() || null;
      task.completedAt = now;
      task.completedBy = actorId(this.ctx);
      await em.flush();
      await this.ctx.bus.publish<FollowUpCompletedData>(em, CareEvents.FollowUpCompleted, {
        taskId: task.id,
        customerId: task.customerId,
        type: task.type,
        channel: task.channel,
        dueDate: task.dueDate,
        completedAt: now.toISOString(),
        onTime: hospitalDay(now) <= task.dueDate,
        satisfaction: task.satisfaction,
        newNeedFound: task.newNeedFound ?? false,
        departmentCode: task.departmentCode,
        assigneeId: task.assigneeId,
        completedBy: task.completedBy!,
      });
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'FollowUpTask',
        targetIds: [task.id],
        fields: ['status', 'result', 'satisfaction', 'newNeedFound', 'newNeed', ...(input.completedAt ? ['completedAt'] : [])],
        customerIds: task.customerId ? [task.customerId] : [],
        occurredAt: input.completedAt ? now.toISOString() : null,
      });
      return task;
    });
  }

  /**
   * Gives an open task to another owner (or takes it from the department queue). The director may
   * reassign any task, a department admin their own department's; assigning the current owner
   * again changes nothing (a retried request), so the event and the audit record are written once
   * per real change.
   */
  async reassign(input: ReassignFollowUpInput): Promise<FollowUpTask> {
    const operation = 'mutation reassignFollowUp';
    const taskId = requireId(input.taskId, 'taskId');
    const assigneeId = requireId(input.assigneeId, 'assigneeId').toLowerCase();
    return this.ctx.em.transactional(async (em) => {
      const task = await em.findOne(FollowUpTask, { id: taskId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!task) throw notFound('follow-up', input.taskId);
      this.check(operation, task, FollowUpAction.REASSIGN);
      if (task.assigneeId === assigneeId) return task;
      const previousAssigneeId = task.assigneeId;
      task.assigneeId = assigneeId;
      await em.flush();
      await this.ctx.bus.publish<FollowUpReassignedData>(em, CareEvents.FollowUpReassigned, {
        taskId: task.id,
        customerId: task.customerId,
        type: task.type,
        dueDate: task.dueDate,
        departmentCode: task.departmentCode,
        previousAssigneeId,
        assigneeId,
        reassignedBy: actorId(this.ctx) ?? 'system',
        reassignedAt: new Date().toISOString(),
      });
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'FollowUpTask',
        targetIds: [task.id],
        fields: ['assigneeId'],
        customerIds: task.customerId ? [task.customerId] : [],
      });
      return task;
    });
  }

  /** 'My tasks today': the caller's open tasks due today or earlier (hospital calendar), oldest due first. */
  async mine(now = new Date()): Promise<FollowUpTask[]> {
    if (!this.ctx.caller.id) return [];
    return this.ctx.em.find(
      FollowUpTask,
      { assigneeId: this.ctx.caller.id, status: FollowUpStatus.OPEN, dueDate: { $lte: hospitalDay(now) } },
      { orderBy: { dueDate: 'asc', id: 'asc' }, limit: 500 },
    );
  }

  /** Overdue tasks of a department: its admin sees their own department's, the director any. */
  async overdue(departmentCode: string | null): Promise<FollowUpTask[]> {
    const caller = this.ctx.caller;
    const department = departmentCode ?? caller.department ?? '';
    if (caller.kind !== 'system' && caller.role !== Role.OPS_DIRECTOR && caller.department !== department) {
      this.ctx.audit.denied('query overdueFollowUps', 'FollowUpTask', `admin of ${caller.department} asked for ${department}`, [
        department,
      ]);
      throw new DomainError('FORBIDDEN', 'you may only see your own department’s overdue follow-ups', { reason: 'OTHER_DEPARTMENT' });
    }
    return this.ctx.em.find(
      FollowUpTask,
      { departmentCode: department, status: FollowUpStatus.OPEN, overdue: true },
      { orderBy: { dueDate: 'asc', id: 'asc' }, limit: 500 },
    );
  }

  async rules(): Promise<FollowUpRule[]> {
    return this.ctx.em.find(FollowUpRule, {}, { orderBy: { trigger: 'asc', offsetDays: 'asc', id: 'asc' } });
  }

  async saveRule(input: FollowUpRuleInput): Promise<FollowUpRule> {
    const operation = 'mutation saveFollowUpRule';
    assertDepartmentIn(this.ctx, FOLLOW_UP_DEPARTMENTS, operation, 'FollowUpRule');
    const outcomes = input.trigger === FollowUpTrigger.VISIT ? VISIT_OUTCOMES : CONSULTATION_OUTCOMES;
    if (!outcomes.includes(input.outcome)) throw badInput(`outcome must be one of ${outcomes.join(', ')}`, 'outcome', 'OUTCOME_INVALID');
    if (!Number.isInteger(input.offsetDays) || input.offsetDays < 0 || input.offsetDays > 3650)
      throw badInput('offsetDays must be 0 to 3650', 'offsetDays');
    return this.ctx.em.transactional(async (em) => {
      const rule = input.id ? await em.findOne(FollowUpRule, { id: requireId(input.id, 'id') }) : persistNew(em, FollowUpRule, {});
      if (!rule) throw notFound('follow-up rule', input.id!);
      Object.assign(rule, {
        name: input.name.trim(),
        trigger: input.trigger,
        visitType: input.trigger === FollowUpTrigger.VISIT ? (input.visitType ?? null) : null,
        outcome: input.outcome,
        offsetDays: input.offsetDays,
        type: input.type,
        channel: input.channel ?? FollowUpChannel.PHONE,
        departmentCode: input.departmentCode?.trim() || 'CUSTOMER_SERVICE',
        assignTo: input.assignTo ?? FollowUpAssignment.DEPARTMENT_QUEUE,
        active: input.active,
      });
      await em.flush();
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'FollowUpRule',
        targetIds: [rule.id],
        fields: ['name', 'trigger', 'visitType', 'outcome', 'offsetDays', 'type', 'channel', 'departmentCode', 'assignTo', 'active'],
      });
      return rule;
    });
  }
}
