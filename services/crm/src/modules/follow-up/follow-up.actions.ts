import { registerEnumType } from 'type-graphql';
import { Role, type Caller } from '@careline/service-kit';
import { departmentRefusal, FOLLOW_UP_DEPARTMENTS, type Refusal } from '../../common/care-access.js';
import { type FollowUpTask, FollowUpStatus } from './follow-up.entity.js';

/**
 * Who may take which step of a follow-up (docs/access-control.md, "Actions by permission"). Each
 * rule is a pure function of the caller and the task: completeFollowUp and reassignFollowUp refuse
 * with its answer (after locking the row), and `FollowUpTask.viewerActions` lists what it allows.
 */
export enum FollowUpAction {
  COMPLETE = 'COMPLETE',
  REASSIGN = 'REASSIGN',
}
registerEnumType(FollowUpAction, {
  name: 'FollowUpAction',
  description: 'a step the caller may take on a follow-up now',
  valuesConfig: {
    COMPLETE: { description: '记录结果 (completeFollowUp)' },
    REASSIGN: { description: '改派 (reassignFollowUp)' },
  },
});

export const FOLLOW_UP_ACTIONS: readonly FollowUpAction[] = [FollowUpAction.COMPLETE, FollowUpAction.REASSIGN];

type Task = Pick<FollowUpTask, 'assigneeId' | 'departmentCode' | 'status'>;

/**
 * The who part: the assignee may always complete their own task, otherwise the follow-up
 * departments (and the director); the director reassigns any task, a department admin their own
 * department's.
 */
export function followUpRoleRule(caller: Caller, task: Task, action: FollowUpAction): Refusal | null {
  if (action === FollowUpAction.COMPLETE)
    return caller.id && task.assigneeId === caller.id ? null : departmentRefusal(caller, FOLLOW_UP_DEPARTMENTS);
  if (caller.kind === 'system' || (caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR)) return null;
  if (caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN && caller.department === task.departmentCode) return null;
  return { code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT', message: 'you may only reassign your own department’s follow-ups' };
}

/** The whole rule of one action on one task: who, then the task still open. */
export function followUpRule(caller: Caller, task: Task, action: FollowUpAction): Refusal | null {
  const who = followUpRoleRule(caller, task, action);
  if (who) return who;
  if (task.status !== FollowUpStatus.OPEN) return { code: 'CONFLICT', reason: 'NOT_OPEN', message: `this follow-up is ${task.status}` };
  return null;
}

export const followUpViewerActions = (caller: Caller, task: Task): FollowUpAction[] =>
  FOLLOW_UP_ACTIONS.filter((action) => followUpRule(caller, task, action) === null);
