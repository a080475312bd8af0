import { registerEnumType } from 'type-graphql';
import { DomainError } from '@careline/service-kit';

/**
 * The complaint workflow (docs/domain.md §3) in one place. Every change of a complaint's status goes
 * through `transition`, which either answers the next status or refuses with CONFLICT
 * (reason TRANSITION_NOT_ALLOWED, or the guard's own reason).
 */
export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  ONSITE = 'ONSITE',
  ESCALATED = 'ESCALATED',
  CONFERENCE = 'CONFERENCE',
  RESOLUTION_PROPOSED = 'RESOLUTION_PROPOSED',
  DIRECTOR_APPROVED = 'DIRECTOR_APPROVED',
  FINANCE_CONFIRMED = 'FINANCE_CONFIRMED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  valuesConfig: {
    RECEIVED: { description: '已受理' },
    ONSITE: { description: '现场处理中' },
    ESCALATED: { description: '已升级至客服 (three on-site attempts failed)' },
    CONFERENCE: { description: '会诊中' },
    RESOLUTION_PROPOSED: { description: '已提出处理方案' },
    DIRECTOR_APPROVED: { description: '院长已批准 (refund / compensation)' },
    FINANCE_CONFIRMED: { description: '财务已确认' },
    RESOLVED: { description: '已解决' },
    CLOSED: { description: '已结案' },
  },
});

export enum ComplaintAction {
  START_ONSITE = 'START_ONSITE',
  ONSITE_ATTEMPT_FAILED = 'ONSITE_ATTEMPT_FAILED',
  RESOLVE_ONSITE = 'RESOLVE_ONSITE',
  CONVENE_CONFERENCE = 'CONVENE_CONFERENCE',
  PROPOSE_RESOLUTION = 'PROPOSE_RESOLUTION',
  DIRECTOR_APPROVE = 'DIRECTOR_APPROVE',
  DIRECTOR_REJECT = 'DIRECTOR_REJECT',
  FINANCE_CONFIRM = 'FINANCE_CONFIRM',
  RESOLVE = 'RESOLVE',
  CLOSE = 'CLOSE',
  EMERGENCY = 'EMERGENCY',
  RECORD_RESPONSIBILITY = 'RECORD_RESPONSIBILITY',
  /** the time-limit job only (complaint.time-limits.ts): a stage ran past its limit */
  TIME_LIMIT_ESCALATE = 'TIME_LIMIT_ESCALATE',
}
registerEnumType(ComplaintAction, { name: 'ComplaintAction', description: 'a step of the complaint workflow' });

/** after this many unsuccessful on-site attempts the complaint goes to customer service */
export const ONSITE_ATTEMPTS_BEFORE_ESCALATION = 3;

export interface ComplaintFacts {
  status: ComplaintStatus;
  onsiteAttempts: number;
  /** the proposed resolution involves money (refund or compensation) */
  needsApproval: boolean;
}

export const OPEN_STATUSES: readonly ComplaintStatus[] = [
  ComplaintStatus.RECEIVED,
  ComplaintStatus.ONSITE,
  ComplaintStatus.ESCALATED,
  ComplaintStatus.CONFERENCE,
  ComplaintStatus.RESOLUTION_PROPOSED,
  ComplaintStatus.DIRECTOR_APPROVED,
  ComplaintStatus.FINANCE_CONFIRMED,
];

/** action → status it may start from → the next status (a function when it depends on the facts) */
export const TRANSITIONS: Record<
  ComplaintAction,
  Partial<Record<ComplaintStatus, ComplaintStatus | ((f: ComplaintFacts) => ComplaintStatus)>>
> = {
  [ComplaintAction.START_ONSITE]: { [ComplaintStatus.RECEIVED]: ComplaintStatus.ONSITE },
  [ComplaintAction.ONSITE_ATTEMPT_FAILED]: {
    [ComplaintStatus.ONSITE]: (f) =>
      f.onsiteAttempts + 1 >= ONSITE_ATTEMPTS_BEFORE_ESCALATION ? ComplaintStatus.ESCALATED : ComplaintStatus.ONSITE,
  },
  [ComplaintAction.RESOLVE_ONSITE]: { [ComplaintStatus.ONSITE]: ComplaintStatus.RESOLVED },
  [ComplaintAction.CONVENE_CONFERENCE]: { [ComplaintStatus.ESCALATED]: ComplaintStatus.CONFERENCE },
  [ComplaintAction.PROPOSE_RESOLUTION]: {
    [ComplaintStatus.ESCALATED]: ComplaintStatus.RESOLUTION_PROPOSED,
    [ComplaintStatus.CONFERENCE]: ComplaintStatus.RESOLUTION_PROPOSED,
  },
  [ComplaintAction.DIRECTOR_APPROVE]: { [ComplaintStatus.RESOLUTION_PROPOSED]: ComplaintStatus.DIRECTOR_APPROVED },
  [ComplaintAction.DIRECTOR_REJECT]: { [ComplaintStatus.RESOLUTION_PROPOSED]: ComplaintStatus.ESCALATED },
  [ComplaintAction.FINANCE_CONFIRM]: { [ComplaintStatus.DIRECTOR_APPROVED]: ComplaintStatus.FINANCE_CONFIRMED },
  [ComplaintAction.RESOLVE]: {
    [ComplaintStatus.RESOLUTION_PROPOSED]: ComplaintStatus.RESOLVED,
    [ComplaintStatus.FINANCE_CONFIRMED]: ComplaintStatus.RESOLVED,
  },
  [ComplaintAction.CLOSE]: { [ComplaintStatus.RESOLVED]: ComplaintStatus.CLOSED },
  // emergency escalation keeps the status: it raises the flag and notifies
  [ComplaintAction.EMERGENCY]: Object.fromEntries(OPEN_STATUSES.map((s) => [s, s])),
  [ComplaintAction.RECORD_RESPONSIBILITY]: { [ComplaintStatus.CLOSED]: ComplaintStatus.CLOSED },
  // past the time limit: the on-site stages go to customer service (as after the third failed attempt);
  // later stages keep their status and are escalated to the next owner (complaint.time-limits.ts)
  [ComplaintAction.TIME_LIMIT_ESCALATE]: {
    ...Object.fromEntries(OPEN_STATUSES.map((s) => [s, s])),
    [ComplaintStatus.RECEIVED]: ComplaintStatus.ESCALATED,
    [ComplaintStatus.ONSITE]: ComplaintStatus.ESCALATED,
  },
};

/** Guards beyond "from which status": the money path cannot be skipped, nor taken without money. */
function guard(action: ComplaintAction, facts: ComplaintFacts): string | null {
  if (action === ComplaintAction.RESOLVE && facts.status === ComplaintStatus.RESOLUTION_PROPOSED && facts.needsApproval)
    return 'APPROVAL_REQUIRED';
  if ((action === ComplaintAction.DIRECTOR_APPROVE || action === ComplaintAction.DIRECTOR_REJECT) && !facts.needsApproval)
    return 'NO_APPROVAL_NEEDED';
  return null;
}

export function canTransition(facts: ComplaintFacts, action: ComplaintAction): boolean {
  return refusalOf(facts, action) === null;
}

/** Why the workflow refuses `action` now (the reason `transition` throws), or null when it allows it. */
export function refusalOf(facts: ComplaintFacts, action: ComplaintAction): { reason: string; message: string } | null {
  if (TRANSITIONS[action][facts.status] === undefined)
    return { reason: 'TRANSITION_NOT_ALLOWED', message: `a complaint in ${facts.status} cannot ${action}` };
  const refused = guard(action, facts);
  return refused ? { reason: refused, message: `${action} is not allowed: ${refused}` } : null;
}

export function transition(facts: ComplaintFacts, action: ComplaintAction): ComplaintStatus {
  const next = TRANSITIONS[action][facts.status];
  if (next === undefined) {
    throw new DomainError('CONFLICT', `a complaint in ${facts.status} cannot ${action}`, {
      reason: 'TRANSITION_NOT_ALLOWED',
      status: facts.status,
      action,
    });
  }
  const refused = guard(action, facts);
  if (refused) throw new DomainError('CONFLICT', `${action} is not allowed: ${refused}`, { reason: refused, status: facts.status, action });
  return typeof next === 'function' ? next(facts) : next;
}
