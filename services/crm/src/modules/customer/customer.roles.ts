import type { GraphQLResolveInfo } from 'graphql';
import { UseMiddleware } from 'type-graphql';
import { DomainError, operationOf, partnerWith, PartnerScope, Role, type ServiceContext } from '@careline/service-kit';

/** Who may read customers: every staff role and partners holding people:read (only their own people). */
export const CUSTOMER_READERS = [
  Role.OPS_DIRECTOR,
  Role.DEPT_ADMIN,
  Role.STAFF,
  Role.FINANCE,
  Role.AUDITOR,
  partnerWith(PartnerScope.PEOPLE_READ),
] as const;

/** Who may register and change customers (staff and admins of CUSTOMER_DEPARTMENTS, and the director). */
export const CUSTOMER_WRITERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;

/** The departments whose staff and admins work on customer records. */
export const CUSTOMER_DEPARTMENTS = ['CUSTOMER_SERVICE', 'CONSULTATION', 'ONSITE', 'GUIDE'] as const;

/**
 * Department rule beside `@Authorized`: staff and department admins act only when their department
 * is one of `departments`; the director and system jobs always. Denials are audited, FORBIDDEN.
 */
export function InDepartments(departments: readonly string[]) {
  return UseMiddleware(async ({ context, info }: { context: ServiceContext<unknown>; info: GraphQLResolveInfo }, next) => {
    const caller = context.caller;
    if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return next();
    if (caller.kind === 'staff' && departments.includes(caller.department ?? '')) return next();
    context.audit.denied(
      operationOf(info),
      info.parentType.name,
      `department ${caller.department ?? 'none'} may not use ${info.fieldName}`,
    );
    throw new DomainError('FORBIDDEN', `your department (${caller.department ?? 'none'}) may not use ${info.fieldName}`, {
      reason: 'DEPARTMENT_NOT_ALLOWED',
    });
  });
}
