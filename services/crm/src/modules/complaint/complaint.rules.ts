import { registerEnumType } from 'type-graphql';
import { Role, type Caller } from '@careline/service-kit';
import { COMPLAINT_DEPARTMENTS, FRONT_LINE_ROLES } from '../../common/care-access.js';
import type { Complaint, Remedy } from './complaint.entity.js';
import { RemedyStatus, RemedyStep, ResolutionKind } from './complaint.entity.js';
import { ComplaintAction, refusalOf } from './complaint.machine.js';

/**
 * Who may take which step of a complaint or a remedy (docs/access-control.md, "Actions by
 * permission"). Each rule is a pure function of the caller and the record: the mutations refuse
 * with its answer, and `viewerActions` lists the actions it allows, so the portal offers exactly
 * what the API will accept.
 */
export interface Refusal {
  code: 'FORBIDDEN' | 'CONFLICT';
  reason: string;
  message: string;
}

const forbidden = (reason: string, message: string): Refusal => ({ code: 'FORBIDDEN', reason, message });

const isDirector = (caller: Caller) => caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR;
const frontLine = (caller: Caller) => caller.kind === 'staff' && (FRONT_LINE_ROLES as readonly string[]).includes(caller.role ?? '');

/** the front-line department rule (care-access.ts assertDepartmentIn): the director and system jobs anywhere */
function inDepartments(caller: Caller, departments: readonly string[]): Refusal | null {
  if (caller.kind === 'system' || isDirector(caller)) return null;
  if (frontLine(caller) && caller.department && departments.includes(caller.department)) return null;
  return forbidden('OTHER_DEPARTMENT', `only ${departments.join(' or ')} may do this; you are in ${caller.department ?? 'no department'}`);
}

/** The complaint actions staff take (the time-limit job's own step is never one of them), in workflow order. */
export const STAFF_COMPLAINT_ACTIONS: readonly ComplaintAction[] = [
  ComplaintAction.START_ONSITE,
  ComplaintAction.ONSITE_ATTEMPT_FAILED,
  ComplaintAction.RESOLVE_ONSITE,
  ComplaintAction.CONVENE_CONFERENCE,
  ComplaintAction.PROPOSE_RESOLUTION,
  ComplaintAction.DIRECTOR_APPROVE,
  ComplaintAction.DIRECTOR_REJECT,
  ComplaintAction.FINANCE_CONFIRM,
  ComplaintAction.RESOLVE,
  ComplaintAction.CLOSE,
  ComplaintAction.EMERGENCY,
  ComplaintAction.RECORD_RESPONSIBILITY,
];

/** The role part of an action's rule: what can be refused before the complaint is read. */
export function complaintRoleRule(caller: Caller, action: ComplaintAction): Refusal | null {
  switch (action) {
    case ComplaintAction.PROPOSE_RESOLUTION:
    case ComplaintAction.RECORD_RESPONSIBILITY:
      return inDepartments(caller, ['CUSTOMER_SERVICE']);
    case ComplaintAction.DIRECTOR_APPROVE:
    case ComplaintAction.DIRECTOR_REJECT:
      return caller.kind === 'system' || isDirector(caller) ? null : forbidden('ROLE_NOT_ALLOWED', 'only the director approves a refund');
    case ComplaintAction.FINANCE_CONFIRM:
      return caller.kind === 'system' || isDirector(caller) || (caller.kind === 'staff' && caller.role === Role.FINANCE)
        ? null
        : forbidden('ROLE_NOT_ALLOWED', 'only finance confirms a refund');
    case ComplaintAction.TIME_LIMIT_ESCALATE:
      return caller.kind === 'system' ? null : forbidden('ROLE_NOT_ALLOWED', 'only the time-limit job escalates past a time limit');
    default:
      return inDepartments(caller, COMPLAINT_DEPARTMENTS);
  }
}

/** A refund or compensation needs the director's approval, then finance's confirmation. */
export const needsApproval = (c: Pick<Complaint, 'resolutionKind'>) =>
  c.resolutionKind === ResolutionKind.REFUND || c.resolutionKind === ResolutionKind.COMPENSATION;

/**
 * The whole rule of one action on one complaint: the role, then the workflow (complaint.machine.ts),
 * then the four-eyes rule (the proposer never approves; finance is neither the proposer nor the approver).
 */
export function complaintRule(caller: Caller, complaint: Complaint, action: ComplaintAction): Refusal | null {
  const role = complaintRoleRule(caller, action);
  if (role) return role;
  const state = refusalOf(
    {
      status: complaint.status,
      onsiteAttempts: complaint.onsiteAttempts,
      // proposing sets the resolution: the machine's money guards do not apply to it
      needsApproval: needsApproval(complaint) || action === ComplaintAction.PROPOSE_RESOLUTION,
    },
    action,
  );
  if (state) return { code: 'CONFLICT', reason: state.reason, message: state.message };
  const me = caller.id;
  if (me && (action === ComplaintAction.DIRECTOR_APPROVE || action === ComplaintAction.DIRECTOR_REJECT) && complaint.proposedBy === me)
    return forbidden('SAME_PERSON', 'the person who proposed it cannot approve it');
  if (me && action === ComplaintAction.FINANCE_CONFIRM && (complaint.proposedBy === me || complaint.directorApprovedBy === me))
    return forbidden('SAME_PERSON', 'the person who proposed or approved it cannot confirm it');
  return null;
}

/** Every action `caller` may take on `complaint` now, in workflow order. */
export const complaintViewerActions = (caller: Caller, complaint: Complaint): ComplaintAction[] =>
  STAFF_COMPLAINT_ACTIONS.filter((action) => complaintRule(caller, complaint, action) === null);

/**
 * The approvers of a complaint's money read its text: the director and finance, for a refund or
 * compensation (their roles see `description` masked). Everyone else: no.
 */
export const readsApprovalText = (caller: Caller, complaint: Complaint): boolean =>
  caller.kind === 'staff' && (caller.role === Role.OPS_DIRECTOR || caller.role === Role.FINANCE) && needsApproval(complaint);

// ---- remedies ----

/** A remedy's verification steps as actions: each its own mutation (approveRemedy, financeApproveRemedy, checkRemedyRecord). */
export enum RemedyAction {
  APPROVE = 'APPROVE',
  FINANCE_APPROVE = 'FINANCE_APPROVE',
  CHECK_RECORD = 'CHECK_RECORD',
}
registerEnumType(RemedyAction, {
  name: 'RemedyAction',
  description: 'a step of a remedy’s verification the caller may take',
  valuesConfig: {
    APPROVE: { description: '院长批准 (approveRemedy)' },
    FINANCE_APPROVE: { description: '财务批准 (financeApproveRemedy)' },
    CHECK_RECORD: { description: '会员中心核实记录 (checkRemedyRecord)' },
  },
});

export const REMEDY_ACTION_STEP: Record<RemedyAction, RemedyStep> = {
  [RemedyAction.APPROVE]: RemedyStep.DIRECTOR,
  [RemedyAction.FINANCE_APPROVE]: RemedyStep.FINANCE,
  [RemedyAction.CHECK_RECORD]: RemedyStep.MEMBER_CENTRE,
};

interface RemedyStepFacts {
  who: string;
  from: RemedyStatus;
  takenBy: (remedy: Remedy) => string | null;
}

/** who takes each step and from which status (docs/domain.md §3, 补救的核实) */
export const REMEDY_STEP_RULES: Record<RemedyStep, RemedyStepFacts & { may: (caller: Caller) => boolean }> = {
  [RemedyStep.DIRECTOR]: {
    who: 'the director',
    may: (caller) => isDirector(caller),
    from: RemedyStatus.PROPOSED,
    takenBy: (r) => r.approvedBy,
  },
  [RemedyStep.FINANCE]: {
    who: 'finance',
    may: (caller) => caller.kind === 'staff' && caller.role === Role.FINANCE,
    from: RemedyStatus.DIRECTOR_APPROVED,
    takenBy: (r) => r.financeApprovedBy,
  },
  [RemedyStep.MEMBER_CENTRE]: {
    who: 'the member centre’s admin',
    may: (caller) => caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN && caller.department === 'MEMBER_CENTRE',
    from: RemedyStatus.FINANCE_APPROVED,
    takenBy: (r) => r.recordCheckedBy,
  },
};

/** The role part of a remedy step's rule (refused before the remedy is read). */
export function remedyRoleRule(caller: Caller, step: RemedyStep): Refusal | null {
  const rule = REMEDY_STEP_RULES[step];
  return rule.may(caller) ? null : forbidden('REMEDY_WRONG_ROLE', `this step of a remedy is taken by ${rule.who}`);
}

/** The whole rule of one step on one remedy: the role, never the proposer, not taken yet, in order. */
export function remedyRule(caller: Caller, remedy: Remedy, step: RemedyStep): Refusal | null {
  const role = remedyRoleRule(caller, step);
  if (role) return role;
  const rule = REMEDY_STEP_RULES[step];
  if (remedy.proposedBy === caller.id) return forbidden('SAME_PERSON', 'the person who proposed it cannot approve it');
  if (rule.takenBy(remedy))
    return { code: 'CONFLICT', reason: 'REMEDY_STEP_TAKEN', message: `the ${step} step of this remedy was already taken` };
  if (remedy.status !== rule.from)
    return {
      code: 'CONFLICT',
      reason: 'REMEDY_WRONG_ORDER',
      message: `the ${step} step cannot be taken while the remedy is ${remedy.status}`,
    };
  return null;
}

export const remedyViewerActions = (caller: Caller, remedy: Remedy): RemedyAction[] =>
  Object.values(RemedyAction).filter((action) => remedyRule(caller, remedy, REMEDY_ACTION_STEP[action]) === null);
