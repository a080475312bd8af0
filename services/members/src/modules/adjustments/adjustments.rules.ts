import { registerEnumType } from 'type-graphql';
import { Role, type Caller } from '@careline/service-kit';
import { APPROVING_DEPARTMENT } from '../points/points.roles.js';
import { AdjustmentStatus } from './points-adjustment.entity.js';

/**
 * Who may decide a points adjustment (docs/access-control.md, "Actions by permission"): a pure
 * function of the caller, the adjustment and the member's balance. The approve and reject
 * mutations refuse with its answer and `PointsAdjustment.viewerActions` lists what it allows, so
 * the portal offers 批准 only when approving can succeed.
 */
export enum PointsAdjustmentAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(PointsAdjustmentAction, {
  name: 'PointsAdjustmentAction',
  description: 'a decision the caller may take on a points adjustment',
  valuesConfig: {
    APPROVE: { description: '批准 (approvePointsAdjustment)' },
    REJECT: { description: '驳回 (rejectPointsAdjustment)' },
  },
});

export interface AdjustmentRefusal {
  code: 'FORBIDDEN' | 'CONFLICT';
  reason: string;
  message: string;
  extensions?: Record<string, unknown>;
}

export interface AdjustmentFacts {
  status: string;
  requestedBy: string;
  points: number;
}

/** the role part: the director (and system jobs) or the member centre's admin; refused before anything is read */
export function adjustmentRoleRule(caller: Caller): AdjustmentRefusal | null {
  if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return null;
  if (caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN && caller.department === APPROVING_DEPARTMENT) return null;
  return {
    code: 'FORBIDDEN',
    reason: 'OTHER_DEPARTMENT',
    message: `only the ${APPROVING_DEPARTMENT} admin or the director decide points adjustments`,
  };
}

/**
 * The whole rule: the role, never the requester, still pending, and (approving a debit) a balance
 * that covers it: the ledger never goes below zero.
 */
export function adjustmentRule(
  caller: Caller,
  callerOperator: string,
  adjustment: AdjustmentFacts,
  action: PointsAdjustmentAction,
  balance: number,
): AdjustmentRefusal | null {
  const role = adjustmentRoleRule(caller);
  if (role) return role;
  if (adjustment.requestedBy === callerOperator)
    return {
      code: 'FORBIDDEN',
      reason: 'SAME_PERSON',
      message: 'an adjustment is approved by someone other than the person who asked for it',
    };
  if (adjustment.status !== AdjustmentStatus.PENDING)
    return {
      code: 'CONFLICT',
      reason: 'ADJUSTMENT_ALREADY_DECIDED',
      message: `the adjustment is already ${adjustment.status}`,
      extensions: { status: adjustment.status },
    };
  if (action === PointsAdjustmentAction.APPROVE && adjustment.points < 0 && balance + adjustment.points < 0)
    return {
      code: 'CONFLICT',
      reason: 'INSUFFICIENT_POINTS',
      message: `the member has ${balance} points; ${-adjustment.points} are needed`,
      extensions: { balance, needed: -adjustment.points },
    };
  return null;
}
