import type { StaffRole } from '../../../gql/graphql';

const allRoles = ['STAFF', 'DEPT_ADMIN', 'FINANCE', 'AUDITOR', 'OPS_DIRECTOR'] as const satisfies readonly StaffRole[];

/**
 * Roles offered when creating staff: a department admin adds people to their own department, as staff
 * or as a fellow admin; hospital-wide roles are the director's to give. identity checks it again.
 */
export function assignableRoles(limitedToDepartment: boolean): readonly StaffRole[] {
  return limitedToDepartment ? ['STAFF', 'DEPT_ADMIN'] : allRoles;
}
