import { DomainError, Role, type Caller, type ServiceContext } from '@careline/service-kit';

/** Staff roles that work in the front-line modules (department rules narrow them further). */
export const FRONT_LINE_ROLES = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;

export const CONSULTATION_DEPARTMENTS = ['CONSULTATION', 'CUSTOMER_SERVICE'] as const;
export const APPOINTMENT_DEPARTMENTS = ['CONSULTATION', 'ONSITE', 'GUIDE'] as const;
export const FOLLOW_UP_DEPARTMENTS = ['CUSTOMER_SERVICE', 'MEMBER_CENTRE'] as const;
export const COMPLAINT_DEPARTMENTS = ['CUSTOMER_SERVICE', 'ONSITE'] as const;

/** A rule's answer when it refuses (docs/access-control.md, "Actions by permission"). */
export interface Refusal {
  code: 'FORBIDDEN' | 'CONFLICT';
  reason: string;
  message: string;
}

/** The error a mutation throws with a rule's refusal. */
export const refusalError = (refusal: Refusal): DomainError => new DomainError(refusal.code, refusal.message, { reason: refusal.reason });

/**
 * Department rule of the front-line modules as a pure function, in the manner of the kit's
 * assertDepartment: the director and system jobs act anywhere; department admins and staff only
 * from `departments`. Null when allowed.
 */
export function departmentRefusal(caller: Caller, departments: readonly string[]): Refusal | null {
  if (caller.kind === 'system' || (caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR)) return null;
  if (caller.kind === 'staff' && caller.department && departments.includes(caller.department)) return null;
  return {
    code: 'FORBIDDEN',
    reason: 'OTHER_DEPARTMENT',
    message: `only ${departments.join(' or ')} may do this; you are in ${caller.department ?? 'no department'}`,
  };
}

/** departmentRefusal as a check: a refusal is recorded in the audit trail and thrown. */
export function assertDepartmentIn(
  ctx: ServiceContext<unknown>,
  departments: readonly string[],
  operation: string,
  targetType: string,
): void {
  const caller = ctx.caller;
  const refusal = departmentRefusal(caller, departments);
  if (!refusal) return;
  ctx.audit.denied(
    operation,
    targetType,
    `caller of ${caller.department ?? 'no department'} may not use ${operation} (${departments.join(', ')} only)`,
  );
  throw refusalError(refusal);
}

/** The acting staff id (system jobs have one too). */
export const actorId = (ctx: ServiceContext<unknown>): string | null => ctx.caller.id ?? null;

/** A new entity with the class's defaults and `data`, persisted in `em` (flushed by the caller). */
export function persistNew<T extends object>(em: { persist(entity: object): unknown }, type: new () => T, data: Partial<T>): T {
  const entity = Object.assign(new type(), data);
  em.persist(entity);
  return entity;
}
