import type { Caller } from '@careline/service-kit';
import { StaffRole } from './staff.entity.js';
import { StaffErrors } from './staff.exception.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password.js';
import type { CreateStaffInput } from './dto/create-staff.input.js';

export interface NewStaff {
  name: string;
  departmentCode: string;
  position: string;
  role: StaffRole;
  username: string;
  specialities: string[];
}

const POSITION = /^[A-Z][A-Z0-9_]{0,49}$/;
const USERNAME = /^[a-z][a-z0-9._-]{1,31}$/;

/** Sign-in names are compared in lower case, without surrounding spaces. */
export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

/** A password a person chooses: long enough to resist guessing, short enough to hash cheaply. */
export function checkPassword(password: string, field = 'password'): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) throw StaffErrors.passwordTooShort(field);
  if (password.length > PASSWORD_MAX_LENGTH) throw StaffErrors.passwordTooLong(field);
}

/**
 * Checks and normalises what a caller sent, before anything touches the database: names are
 * trimmed, codes upper-cased ("member_specialist" and "MEMBER_SPECIALIST" are one position),
 * usernames lower-cased. The password is checked, never returned.
 */
export function normaliseNewStaff(input: CreateStaffInput): NewStaff {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 50) throw StaffErrors.nameInvalid();
  const position = input.position.trim().toUpperCase();
  if (!POSITION.test(position)) throw StaffErrors.positionInvalid(input.position);
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username)) throw StaffErrors.usernameInvalid();
  checkPassword(input.password);
  return {
    name,
    departmentCode: input.departmentCode.trim().toUpperCase(),
    position,
    role: input.role ?? StaffRole.STAFF,
    username,
    specialities: normaliseSpecialities(input.specialities ?? []),
  };
}

/** Specialities (种植, 正畸…): trimmed, blanks dropped, each once in the order given; at most 10 of 1 to 20 characters. */
export function normaliseSpecialities(specialities: readonly string[]): string[] {
  const kept = [...new Set(specialities.map((s) => s.trim()).filter(Boolean))];
  if (kept.length > 10 || kept.some((s) => [...s].length > 20)) throw StaffErrors.specialitiesInvalid();
  return kept;
}

/**
 * Roles a caller may give or manage. A department admin runs their own department's people, but
 * cannot make anyone operations director or auditor (nor reset those accounts): that would let
 * them grant themselves more than they have. The operations director and system jobs may do all.
 */
export function mayHandleRole(caller: Caller, role: StaffRole): boolean {
  if (caller.kind === 'system' || caller.role === StaffRole.OPS_DIRECTOR) return true;
  if (caller.role !== StaffRole.DEPT_ADMIN) return false;
  return role === StaffRole.STAFF || role === StaffRole.DEPT_ADMIN || (role === StaffRole.FINANCE && caller.department === 'FINANCE');
}
