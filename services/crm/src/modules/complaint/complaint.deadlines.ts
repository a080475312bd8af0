import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import {
  badInput,
  CareEvents,
  RequestAudit,
  type Caller,
  type ComplaintOverdueData,
  type EventBus,
  type Logger,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { assertDepartmentIn, COMPLAINT_DEPARTMENTS, persistNew } from '../../common/care-access.js';
import { hospitalTimeZone } from '../../common/hospital-time.js';
import { Complaint, ComplaintSeverity, ComplaintStep, ComplaintTimeLimit } from './complaint.entity.js';
import { ComplaintAction, transition, type ComplaintStatus } from './complaint.machine.js';
import { needsApproval } from './complaint.service.js';
import {
  dueAt,
  escalationTarget,
  isTimedStage,
  MAX_LIMIT_MINUTES,
  MIN_LIMIT_MINUTES,
  stageOwner,
  TIMED_STAGES,
  type ComplaintOwner,
  type TimedStage,
} from './complaint.time-limits.js';
import type { ComplaintTimeLimitInput } from './dto/complaint-time-limit.input.js';

/** graver first: a graver complaint never gets longer than a lighter one at the same stage */
const SEVERITY_ORDER = [ComplaintSeverity.CRITICAL, ComplaintSeverity.HIGH, ComplaintSeverity.MEDIUM, ComplaintSeverity.LOW];
const key = (stage: string, severity: string) => `${stage}:${severity}`;

/** Reading and editing the limits (the customer-service admin edits; the complaint departments read). */
export class ComplaintTimeLimitService {
  constructor(private readonly ctx: CrmContext) {}

  async list(): Promise<ComplaintTimeLimit[]> {
    assertDepartmentIn(this.ctx, COMPLAINT_DEPARTMENTS, 'query complaintTimeLimits', 'ComplaintTimeLimit');
    return sortLimits(await this.ctx.em.find(ComplaintTimeLimit, {}));
  }

  /**
   * Sets some limits, all or none: each names a timed stage once, whole minutes in range, and after
   * the change no graver severity waits longer than a lighter one at the same stage.
   */
  async update(inputs: ComplaintTimeLimitInput[]): Promise<ComplaintTimeLimit[]> {
    const operation = 'mutation updateComplaintTimeLimits';
    assertDepartmentIn(this.ctx, ['CUSTOMER_SERVICE'], operation, 'ComplaintTimeLimit');
    if (inputs.length === 0) throw badInput('name at least one limit', 'limits', 'NO_LIMITS');
    const seen = new Set<string>();
    inputs.forEach((input, i) => {
      if (!isTimedStage(input.stage))
        throw badInput(`${input.stage} has no time limit (only open stages do)`, `limits.${i}.stage`, 'STAGE_NOT_TIMED');
      if (!Number.isInteger(input.limitMinutes) || input.limitMinutes < MIN_LIMIT_MINUTES || input.limitMinutes > MAX_LIMIT_MINUTES)
        throw badInput(
          `a limit is whole minutes from ${MIN_LIMIT_MINUTES} to ${MAX_LIMIT_MINUTES}`,
          `limits.${i}.limitMinutes`,
          'LIMIT_OUT_OF_RANGE',
        );
      const k = key(input.stage, input.severity);
      if (seen.has(k)) throw badInput(`${k} is named twice`, `limits.${i}`, 'DUPLICATE_LIMIT');
      seen.add(k);
    });
    return this.ctx.em.transactional(async (em) => {
      // every row locked: two admins saving at once apply one after the other, each checked whole
      const rows = await em.find(ComplaintTimeLimit, {}, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const byKey = new Map(rows.map((row) => [key(row.stage, row.severity), row]));
      const changed: ComplaintTimeLimit[] = [];
      for (const input of inputs) {
        let row = byKey.get(key(input.stage, input.severity));
        if (!row) {
          row = persistNew(em, ComplaintTimeLimit, { stage: input.stage, severity: input.severity, limitMinutes: input.limitMinutes });
          byKey.set(key(input.stage, input.severity), row);
        }
        if (row.limitMinutes === input.limitMinutes) continue;
        row.limitMinutes = input.limitMinutes;
        row.updatedBy = this.ctx.caller.id ?? null;
        row.updatedAt = new Date();
        changed.push(row);
      }
      for (const stage of TIMED_STAGES) {
        const limits = SEVERITY_ORDER.map((severity) => byKey.get(key(stage, severity))?.limitMinutes);
        for (let i = 1; i < limits.length; i++) {
          const graver = limits[i - 1];
          const lighter = limits[i];
          if (graver !== undefined && lighter !== undefined && graver > lighter)
            throw badInput(
              `at ${stage} a ${SEVERITY_ORDER[i - 1]} complaint may not wait longer than a ${SEVERITY_ORDER[i]} one`,
              'limits',
              'LIMIT_ORDER',
            );
        }
      }
      await em.flush();
      if (changed.length)
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'ComplaintTimeLimit',
          targetIds: changed.map((row) => key(row.stage, row.severity)),
          fields: ['limitMinutes'],
        });
      return sortLimits([...byKey.values()]);
    });
  }
}

function sortLimits(rows: ComplaintTimeLimit[]): ComplaintTimeLimit[] {
  const stageIndex = (s: ComplaintStatus) => (TIMED_STAGES as readonly ComplaintStatus[]).indexOf(s);
  return rows.sort(
    (a, b) => stageIndex(a.stage) - stageIndex(b.stage) || SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity),
  );
}

/** A complaint's clock as the workbench shows it: its stage's limit, when it runs out, who owns it. */
export interface ComplaintClock {
  limitMinutes: number;
  dueAt: Date;
  owner: ComplaintOwner;
}

export function clockOf(complaint: Complaint, limits: ReadonlyMap<string, number>): ComplaintClock | null {
  if (!isTimedStage(complaint.status)) return null;
  const limitMinutes = limits.get(key(complaint.status, complaint.severity));
  if (limitMinutes === undefined) return null;
  return {
    limitMinutes,
    dueAt: dueAt(complaint.stageEnteredAt, limitMinutes),
    owner: stageOwner(complaint.status, needsApproval(complaint)),
  };
}

export async function limitsByKey(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.find(ComplaintTimeLimit, {});
  return new Map(rows.map((row) => [key(row.stage, row.severity), row.limitMinutes]));
}

export const COMPLAINT_TIME_LIMITS_QUEUE = 'crm.complaint-time-limits';
/** who the job acts as in the steps and the audit trail */
const JOB_CALLER: Caller = { kind: 'system', id: '00000000-0000-0000-0000-000000000000', name: '投诉时限 time-limit job' };
/** complaints escalated per transaction; a run goes on until none is left */
const BATCH = 100;

/**
 * The time-limit job 投诉时限检查: every open complaint whose stage has run past its limit (as of
 * `now`) is marked overdue and escalated to the next owner — the on-site stages go to customer
 * service (status ESCALATED), later stages stay and name the CS manager or the director — with a
 * step in its history, an audit entry and a ComplaintOverdue event, all in one transaction.
 *
 * Exactly once per stage: the candidates are locked with SKIP LOCKED (a second replica running at
 * the same moment takes the others or none) and re-checked under the lock (a rerun finds the stage
 * marked, or a new stage whose clock started at the escalation). Returns how many were escalated.
 */
export async function escalateOverdueComplaints(orm: MikroORM, bus: EventBus, now: Date = new Date(), runId?: string): Promise<number> {
  const audit = new RequestAudit('crm', JOB_CALLER, runId ?? `complaint-time-limits-${now.toISOString()}`, bus, orm);
  let escalated = 0;
  for (;;) {
    const { found, done } = await orm.em.fork().transactional(async (em) => {
      const ids = (
        await em.execute<{ id: string }[]>(
          `select c.id from "crm"."complaint" c
             join "crm"."complaint_time_limit" l on l.stage = c.status and l.severity = c.severity
            where c.overdue_at is null and c.stage_entered_at + l.limit_minutes * interval '1 minute' <= ?
            order by c.stage_entered_at, c.id limit ${BATCH}
            for update of c skip locked`,
          [now],
        )
      ).map((r) => r.id);
      if (ids.length === 0) return { found: 0, done: [] as Complaint[] };
      const limits = await limitsByKey(em);
      const done: Complaint[] = [];
      for (const complaint of await em.find(Complaint, { id: { $in: ids } })) {
        // re-checked on the locked row: the clock may have been reset or marked since the scan
        const clock = clockOf(complaint, limits);
        if (!clock || complaint.overdueAt || clock.dueAt > now || !isTimedStage(complaint.status)) continue;
        await escalate(em, bus, complaint, complaint.status, clock, now);
        done.push(complaint);
      }
      await em.flush();
      if (done.length)
        await audit.change(em, {
          operation: 'job complaint-time-limits',
          targetType: 'Complaint',
          targetIds: done.map((c) => c.id),
          fields: ['status', 'overdueAt', 'overdueCount', 'escalatedTo'],
          customerIds: done.flatMap((c) => (c.customerId ? [c.customerId] : [])),
        });
      return { found: ids.length, done };
    });
    escalated += done.length;
    // a short batch means nothing is left (a row another run holds is that run's to escalate)
    if (found < BATCH || done.length === 0) return escalated;
  }
}

/** Marks one locked complaint overdue at its stage and escalates it: fields, step, event. */
async function escalate(em: EntityManager, bus: EventBus, complaint: Complaint, from: TimedStage, clock: ComplaintClock, now: Date) {
  const money = needsApproval(complaint);
  const target = escalationTarget(from, money);
  const to = transition(
    { status: from, onsiteAttempts: complaint.onsiteAttempts, needsApproval: money },
    ComplaintAction.TIME_LIMIT_ESCALATE,
  );
  const stageEnteredAt = complaint.stageEnteredAt;
  const firstOverdueAt = complaint.firstOverdueAt ?? now;
  complaint.overdueCount += 1;
  complaint.firstOverdueAt = firstOverdueAt;
  complaint.escalatedTo = target;
  complaint.escalatedAt = now;
  if (to !== from) {
    // handed to customer service: a new stage with its own clock
    complaint.status = to;
    complaint.stageEnteredAt = now;
    complaint.overdueAt = null;
  } else complaint.overdueAt = now;
  persistNew(em, ComplaintStep, {
    complaintId: complaint.id,
    // the target rides in the action (as "PROPOSE_REMEDY CREDIT_POINTS" does) so the history shows it
    action: `${ComplaintAction.TIME_LIMIT_ESCALATE} ${target}`,
    fromStatus: from,
    toStatus: to,
    actorId: JOB_CALLER.id!,
    actorName: JOB_CALLER.name!,
    note: null,
    at: now,
  });
  await bus.publish<ComplaintOverdueData>(em, CareEvents.ComplaintOverdue, {
    complaintId: complaint.id,
    kind: complaint.kind,
    customerId: complaint.customerId,
    category: complaint.category,
    severity: complaint.severity,
    departmentCode: complaint.departmentCode,
    staffId: complaint.staffId,
    receivedAt: complaint.receivedAt.toISOString(),
    stage: from,
    toStatus: to,
    stageEnteredAt: stageEnteredAt.toISOString(),
    limitMinutes: clock.limitMinutes,
    dueAt: clock.dueAt.toISOString(),
    overdueAt: now.toISOString(),
    firstOverdueAt: firstOverdueAt.toISOString(),
    owner: clock.owner,
    escalatedTo: target,
  });
}

/** Every minute (hospital time): limits are minutes, and a critical complaint's first one is 30. */
export async function scheduleComplaintTimeLimits({ bus, orm, log }: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  await bus.jobs.createQueue(COMPLAINT_TIME_LIMITS_QUEUE);
  await bus.jobs.schedule(COMPLAINT_TIME_LIMITS_QUEUE, '* * * * *', null, { tz: hospitalTimeZone() });
  await bus.jobs.work(COMPLAINT_TIME_LIMITS_QUEUE, async (jobs) => {
    for (const job of jobs) {
      const escalated = await escalateOverdueComplaints(orm, bus, new Date(), job.id);
      if (escalated) log.info({ escalated }, 'complaints past their time limit escalated');
    }
  });
}
