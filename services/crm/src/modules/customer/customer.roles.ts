import type { GraphQLResolveInfo } from 'graphql';
import { UseMiddleware } from 'type-graphql';
import { DomainError, operationOf, partnerWith, PartnerScope, Role, type Caller, type ServiceContext } from '@careline/service-kit';

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

/** The department rule as a predicate (InDepartments, and customer.actions.ts for viewerActions). */
export const inDepartments = (caller: Caller, departments: readonly string[]): boolean =>
  caller.kind === 'system' ||
  caller.role === Role.OPS_DIRECTOR ||
  (caller.kind === 'staff' && departments.includes(caller.department ?? ''));

/**
 * Department rule beside `@Authorized`: staff and department admins act only when their department
 * is one of `departments`; the director and system jobs always. Denials are audited, FORBIDDEN.
 */
export function InDepartments(departments: readonly string[]) {
  return UseMiddleware(async ({ context, info }: { context: ServiceContext<unknown>; info: GraphQLResolveInfo }, next) => {
    const caller = context.caller;
    if (inDepartments(caller, departments)) return next();
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
