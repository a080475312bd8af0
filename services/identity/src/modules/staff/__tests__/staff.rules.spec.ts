import { describe, expect, it } from 'vitest';
import { DomainError } from '@careline/service-kit';
import { StaffRole } from '../staff.entity.js';
import { normaliseNewStaff } from '../staff.rules.js';

const valid = { name: ' 王会员 ', departmentCode: ' member_centre ', position: 'member_specialist' };

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('normaliseNewStaff', () => {
  it('trims the name and upper-cases the department and position codes', () => {
    expect(normaliseNewStaff(valid)).toEqual({
      name: '王会员',
      departmentCode: 'MEMBER_CENTRE',
      position: 'MEMBER_SPECIALIST',
      role: StaffRole.STAFF,
    });
  });

  it('keeps the role the caller chose', () => {
    expect(normaliseNewStaff({ ...valid, role: StaffRole.DEPT_ADMIN }).role).toBe(StaffRole.DEPT_ADMIN);
  });

  it('refuses an empty or over-long name as BAD_USER_INPUT on the name field', () => {
    for (const name of ['   ', 'x'.repeat(51)]) {
      const error = errorOf(() => normaliseNewStaff({ ...valid, name }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.details.field).toBe('name');
    }
  });

  it('refuses a position that is not a code as BAD_USER_INPUT on the position field', () => {
    for (const position of ['', '会员专员', '1ST_LINE', 'MEMBER SPECIALIST']) {
      const error = errorOf(() => normaliseNewStaff({ ...valid, position }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.details.field).toBe('position');
    }
  });
});
