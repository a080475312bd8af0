import {
  DomainError,
  RequestAudit,
  Role,
  type AuditRecordedData,
  type Caller,
  type EventBus,
  type ServiceContext,
} from '@careline/service-kit';
import { isUuid } from '../../common/sql.js';
import { SYSTEM_OPERATOR } from './points.ledger.js';
import { MEMBER_DESKS } from './points.roles.js';

/**
 * Department rule for points work (in the manner of the kit's assertDepartment): the director and
 * system jobs act from anywhere, admins and staff only from the member centre or customer service;
 * finance, where a field lets finance in, too. Refused before anything is read, and audited.
 */
export function assertMemberDesk(ctx: ServiceContext<unknown>, operation: string, targetType: string, { finance = false } = {}): void {
  const caller = ctx.caller;
  if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return;
  if (finance && caller.role === Role.FINANCE) return;
  if (caller.kind === 'staff' && caller.department && MEMBER_DESKS.includes(caller.department)) return;
  ctx.audit.denied(
    operation,
    targetType,
    `caller of ${caller.department ?? 'no department'} may not do points work (${MEMBER_DESKS.join(', ')} only)`,
  );
  throw new DomainError(
    'FORBIDDEN',
    `only ${MEMBER_DESKS.join(' or ')} handle members’ points; you are in ${caller.department ?? 'no department'}`,
    {
      reason: 'OTHER_DEPARTMENT',
    },
  );
}

/** Who an entry names as its operator: the staff member, or SYSTEM_OPERATOR for system callers. */
export function operatorOf(caller: Caller): string {
  return caller.kind !== 'system' && isUuid(caller.id) ? caller.id.toLowerCase() : SYSTEM_OPERATOR;
}

export const systemCaller = (name: string): Caller => ({ kind: 'system', id: SYSTEM_OPERATOR, name });

/** The audit trail of work no request asked for (events, the scheduled expiry): the actor is the system. */
export function systemAudit(bus: EventBus, requestId: string, name = 'members'): RequestAudit {
  return new RequestAudit('members', systemCaller(name), requestId, bus, undefined);
}

/**
 * The entry systemAudit(…).change would publish, for a consumer that audits many events in one
 * transaction and publishes their entries with one publishAll (the DealClosed batch).
 */
export function systemAuditEntry(
  requestId: string,
  name: string,
  change: { operation: string; targetType: string; targetIds: string[]; fields: string[]; customerIds: string[] },
): AuditRecordedData {
  return {
    service: 'members',
    at: new Date().toISOString(),
    actorKind: 'system',
    actorId: SYSTEM_OPERATOR,
    actorName: name,
    role: null,
    department: null,
    partnerId: null,
    operation: change.operation,
    rootFields: [],
    operationHash: null,
    targetType: change.targetType,
    targetIds: [...new Set(change.targetIds)],
    fields: [...new Set(change.fields)].sort(),
    customerIds: [...new Set(change.customerIds)],
    requestId,
    clientIp: null,
    outcome: 'SUCCESS',
    reason: null,
  };
}
