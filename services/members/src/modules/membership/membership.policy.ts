import { DomainError, Role, type ServiceContext } from '@careline/service-kit';
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
