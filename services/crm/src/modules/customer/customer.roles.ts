import { Role } from '@careline/service-kit';

/** Who may read customers: every staff role and partners (partners only their own people). */
export const CUSTOMER_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, Role.FINANCE, Role.AUDITOR, Role.PARTNER] as const;

/** Who may register customers. */
export const CUSTOMER_WRITERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;
