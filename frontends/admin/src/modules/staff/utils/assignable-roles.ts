import type { StaffRole } from '@careline/frontend-shared';

const allRoles: StaffRole[] = ['STAFF', 'DEPT_ADMIN', 'FINANCE', 'AUDITOR', 'OPS_DIRECTOR'];

/**
 * Roles offered when creating staff: a department admin adds people to their own department, as staff
 * or as a fellow admin; hospital-wide roles are the director's to give. identity checks it again.
 */
export function assignableRoles(limitedToDepartment: boolean): StaffRole[] {
  return limitedToDepartment ? ['STAFF', 'DEPT_ADMIN'] : allRoles;
}
