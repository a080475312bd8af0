import { DomainError, Role, type ServiceContext } from '@careline/service-kit';
import { isUuid } from '../../common/sql.js';
import { ENROLLING_DEPARTMENTS } from './membership.roles.js';

/**
 * Department rule for changing memberships (enrolment, cards, status, key customers, activities),
 * in the manner of the kit's assertDepartment: the director and system jobs act from anywhere;
 * department admins and staff only from the member centre or customer service. A refusal is
 * recorded in the audit trail before anything is read or written.
 */
export function assertMemberCentre(context: ServiceContext<unknown>, operation: string, what = 'manage memberships'): void {
  const caller = context.caller;
  if (caller.kind === 'system' || (caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR)) return;
  if (caller.kind === 'staff' && caller.department && ENROLLING_DEPARTMENTS.includes(caller.department)) return;
  context.audit.denied(
    operation,
    'Membership',
    `caller of ${caller.department ?? 'no department'} may not ${what} (${ENROLLING_DEPARTMENTS.join(', ')} only)`,
  );
  throw new DomainError(
    'FORBIDDEN',
    `only ${ENROLLING_DEPARTMENTS.join(' or ')} ${what}; you are in ${caller.department ?? 'no department'}`,
    {
      reason: 'OTHER_DEPARTMENT',
    },
  );
}

/** Enrolment's department rule (kept by name: the access tests and the colleague's remedies call it). */
export function assertMayEnrol(context: ServiceContext<unknown>, operation = 'mutation enrollMember'): void {
  assertMemberCentre(context, operation, 'enrol members');
}

/**
 * 开发人 (issue 20): the member admin — the director or a department admin of the member centre or
 * customer service — changes a member's developing specialist; a refusal is audited before anything is read.
 */
export function assertMemberAdmin(context: ServiceContext<unknown>, operation: string): void {
  const caller = context.caller;
  if (caller.kind === 'system' || (caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR)) return;
  if (caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN && caller.department && ENROLLING_DEPARTMENTS.includes(caller.department))
    return;
  context.audit.denied(
    operation,
    'Membership',
    `caller (${caller.role ?? 'no role'} of ${caller.department ?? 'no department'}) is not the member admin`,
  );
  throw new DomainError(
    'FORBIDDEN',
    `only the director or the admin of ${ENROLLING_DEPARTMENTS.join(' or ')} change a member's developer`,
    {
      reason: 'NOT_MEMBER_ADMIN',
    },
  );
}

/**
 * The developer a member gets by default: the staff member who enrolled them when that is a member
 * specialist. Members knows a caller's role and department, not identity's
 * position: a specialist is staff (role STAFF) of the member centre or customer service.
 */
export function defaultDeveloperOf(caller: ServiceContext<unknown>['caller']): string | null {
  if (caller.kind !== 'staff' || caller.role !== Role.STAFF || !caller.department || !ENROLLING_DEPARTMENTS.includes(caller.department))
    return null;
  return caller.id && isUuid(caller.id) ? caller.id.toLowerCase() : null;
}
