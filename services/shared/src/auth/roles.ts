/** Staff roles (identity assigns one per account) plus the partner organisations' pseudo-role. */
export const Role = {
  OPS_DIRECTOR: 'OPS_DIRECTOR',
  DEPT_ADMIN: 'DEPT_ADMIN',
  STAFF: 'STAFF',
  FINANCE: 'FINANCE',
  AUDITOR: 'AUDITOR',
  PARTNER: 'PARTNER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const STAFF_ROLES: Role[] = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, Role.FINANCE, Role.AUDITOR];
export const ALL_ROLES: Role[] = [...STAFF_ROLES, Role.PARTNER];
