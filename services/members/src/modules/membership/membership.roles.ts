import { partnerWith, PartnerScope, Role } from '@careline/service-kit';

/** Who may read memberships: every staff role and partners holding membership:read (only their own people's). */
export const MEMBERSHIP_READERS = [
  Role.OPS_DIRECTOR,
  Role.DEPT_ADMIN,
  Role.STAFF,
  Role.FINANCE,
  Role.AUDITOR,
  partnerWith(PartnerScope.MEMBERSHIP_READ),
] as const;

/** Who may enrol members (department admins and staff only from ENROLLING_DEPARTMENTS). */
export const MEMBERSHIP_WRITERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;

/** 会员中心 enrols; 客服部 enrols too (the member centre belongs to customer service). */
export const ENROLLING_DEPARTMENTS: readonly string[] = ['MEMBER_CENTRE', 'CUSTOMER_SERVICE'];

/** Staff who read membership internals (history, birthdays, activities): every staff role, no partners. */
export const MEMBERSHIP_STAFF_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, Role.FINANCE, Role.AUDITOR] as const;
