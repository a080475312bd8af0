import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '@careline/service-kit';
import { CareEvents, type FollowUpScheduledData } from '@careline/service-kit';
import type { AppointmentType } from '../appointment/appointment.entity.js';
import { ANY_OUTCOME, FollowUpAssignment, FollowUpRule, FollowUpTask, type FollowUpTrigger } from './follow-up.entity.js';
import { Customer } from '../customer/customer.entity.js';
import { addDays, hospitalDay } from '../../common/hospital-time.js';
import { persistNew } from '../../common/care-access.js';

export interface FollowUpSource {
  trigger: FollowUpTrigger;
  outcome: string;
  visitType?: AppointmentType | null;
  /** the consultation or visit id */
  sourceId: string;
  customerId: string | null;
  consultationId?: string | null;
  visitId?: string | null;
  /** when it happened: due days count from its hospital-calendar day */
  at: Date;
  /** the staff member the source names: a visit's on-site consultant, a consultation's consultant */
  consultantId: string | null;
  createdBy: string | null;
}

/**
 * Generates the tasks the active rules ask for, inside the caller's transaction: one task per rule
 * and source (`sourceKey` is unique, so running it twice adds nothing), due `offsetDays` after the
 * hospital-calendar day of the event. Returns the tasks created.
 */
export async function generateFollowUps(em: EntityManager, bus: EventBus, source: FollowUpSource): Promise<FollowUpTask[]> {
  const rules = await em.find(
    FollowUpRule,
    {
      active: true,
      trigger: source.trigger,
      outcome: { $in: [source.outcome, ANY_OUTCOME] },
      $or: [{ visitType: null }, ...(source.visitType ? [{ visitType: source.visitType }] : [])],
    },
    { orderBy: { offsetDays: 'asc', id: 'asc' } },
  );
  if (!rules.length) return [];
  const day = hospitalDay(source.at);
  const keys = rules.map((rule) => `${rule.id}:${source.sourceId}`);
  const existing = new Set((await em.find(FollowUpTask, { sourceKey: { $in: keys } }, { fields: ['sourceKey'] })).map((t) => t.sourceKey));
  const specialistId = rules.some((rule) => rule.assignTo === FollowUpAssignment.CUSTOMER_SPECIALIST)
    ? await customerSpecialist(em, source.customerId)
    : null;
  const ownerBy: Record<FollowUpAssignment, string | null> = {
    [FollowUpAssignment.CONSULTANT]: source.consultantId,
    [FollowUpAssignment.CUSTOMER_SPECIALIST]: specialistId,
    [FollowUpAssignment.DEPARTMENT_QUEUE]: null,
  };
  const created: FollowUpTask[] = [];
  for (const rule of rules) {
    const sourceKey = `${rule.id}:${source.sourceId}`;
    if (existing.has(sourceKey)) continue;
    created.push(
      persistNew(em, FollowUpTask, {
        customerId: source.customerId,
        consultationId: source.consultationId ?? null,
        visitId: source.visitId ?? null,
        ruleId: rule.id,
        sourceKey,
        type: rule.type,
        channel: rule.channel,
        dueDate: addDays(day, rule.offsetDays),
        assigneeId: ownerBy[rule.assignTo] ?? null,
        departmentCode: rule.departmentCode,
        createdBy: source.createdBy,
      }),
    );
  }
  await em.flush();
  for (const task of created) await publishScheduled(em, bus, task);
  return created;
}

async function customerSpecialist(em: EntityManager, customerId: string | null): Promise<string | null> {
  if (!customerId) return null;
  const customer = await em.findOne(Customer, { id: customerId }, { fields: ['consultantId'] });
  return customer?.consultantId ?? null;
}

export async function publishScheduled(em: EntityManager, bus: EventBus, task: FollowUpTask): Promise<void> {
  await bus.publish<FollowUpScheduledData>(em, CareEvents.FollowUpScheduled, {
    taskId: task.id,
    customerId: task.customerId,
    type: task.type,
    dueDate: task.dueDate,
    departmentCode: task.departmentCode,
    assigneeId: task.assigneeId,
    ruleId: task.ruleId,
  });
}
