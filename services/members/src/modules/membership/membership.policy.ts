import { DomainError, Role, type ServiceContext } from '@careline/service-kit';
import { ENROLLING_DEPARTMENTS } from './membership.roles.js';

/**
 * Department rule for enrolment, in the manner of the kit's assertDepartment: the director and
 * system jobs enrol from anywhere; department admins and staff only from a department that
 * enrols. A refusal is recorded in the audit trail before anything is read or written.
 */
export function assertMayEnrol(context: ServiceContext<unknown>, operation = 'mutation enrollMember'): void {
  const caller = context.caller;
  if (caller.kind === 'system' || (caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR)) return;
  if (caller.kind === 'staff' && caller.department && ENROLLING_DEPARTMENTS.includes(caller.department)) return;
  context.audit.denied(operation, 'Membership', `caller of ${caller.department ?? 'no department'} may not enrol members (${ENROLLING_DEPARTMENTS.join(', ')} only)`);
  throw new DomainError('FORBIDDEN', `only ${ENROLLING_DEPARTMENTS.join(' or ')} enrol members; you are in ${caller.department ?? 'no department'}`, {
    reason: 'OTHER_DEPARTMENT',
  });
}
