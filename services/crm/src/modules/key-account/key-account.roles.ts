import { partnerWith, PartnerScope, Role } from '@careline/service-kit';

/** Key-account work: the KEY_ACCOUNT department's staff and admin (checked by department too) and the director. */
export const KEY_ACCOUNT_STAFF = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF] as const;
export const KEY_ACCOUNT_DEPARTMENTS = ['KEY_ACCOUNT'] as const;

/** Who may read a key account at all: its own partner organisation (account:read) may read its name and roster. */
export const KEY_ACCOUNT_READERS = [...KEY_ACCOUNT_STAFF, partnerWith(PartnerScope.ACCOUNT_READ)] as const;
/** A partner organisation's own account. */
export const OWN_ACCOUNT_READERS = [partnerWith(PartnerScope.ACCOUNT_READ)] as const;
