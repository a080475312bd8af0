import { partnerWith, PartnerScope, Role } from '@careline/service-kit';
import { ENROLLING_DEPARTMENTS } from '../membership/membership.roles.js';

/** Who reads ledgers, consumptions, adjustments, gifts and redemptions. */
export const POINTS_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, Role.FINANCE] as const;

/** A partner (membership:read) sees its own people's balance and nothing else of the ledger. */
export const BALANCE_READERS = [...POINTS_READERS, partnerWith(PartnerScope.MEMBERSHIP_READ)] as const;

/** Record consumptions, redeem and cancel gifts, ask for adjustments (admins and staff only from MEMBER_DESKS). */
export const POINTS_WRITERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;

/** Refunds are also finance's (退款确认), from any department. */
export const REFUNDERS = [...POINTS_WRITERS, Role.FINANCE] as const;

/** Approve or reject adjustments (a department admin only of APPROVING_DEPARTMENT). */
export const ADJUSTMENT_APPROVERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN] as const;

/** Add gifts and restock them (department admins only of MEMBER_DESKS; finance from anywhere). */
export const CATALOGUE_MANAGERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.FINANCE] as const;

/** Unit costs, the gift cost report and the points liability. */
export const FINANCE_READERS = [Role.FINANCE, Role.OPS_DIRECTOR] as const;

/** the member centre and customer service handle members' points */
export const MEMBER_DESKS: readonly string[] = ENROLLING_DEPARTMENTS;

export const APPROVING_DEPARTMENT = 'MEMBER_CENTRE';
