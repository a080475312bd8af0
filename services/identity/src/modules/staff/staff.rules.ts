import { StaffRole } from './staff.entity.js';
import { StaffErrors } from './staff.exception.js';
import type { CreateStaffInput } from './dto/create-staff.input.js';

export interface NewStaff {
  name: string;
  departmentCode: string;
  position: string;
  role: StaffRole;
}

const POSITION = /^[A-Z][A-Z0-9_]{0,49}$/;

/**
 * Checks and normalises what a caller sent, before anything touches the database: names are
 * trimmed, codes upper-cased ("member_specialist" and "MEMBER_SPECIALIST" are one position).
 */
export function normaliseNewStaff(input: CreateStaffInput): NewStaff {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 50) throw StaffErrors.nameInvalid();
  const position = input.position.trim().toUpperCase();
  if (!POSITION.test(position)) throw StaffErrors.positionInvalid(input.position);
  return {
    name,
    departmentCode: input.departmentCode.trim().toUpperCase(),
    position,
    role: input.role ?? StaffRole.STAFF,
  };
}
