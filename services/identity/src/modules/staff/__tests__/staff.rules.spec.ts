import { describe, expect, it } from 'vitest';
import { DomainError } from '@careline/service-kit';
import { StaffRole } from '../staff.entity.js';
import { mayHandleRole, normaliseNewStaff } from '../staff.rules.js';

const valid = {
  name: ' 王会员 ',
  departmentCode: ' member_centre ',
  position: 'member_specialist',
  username: ' Wang.HY ',
  password: 'long enough pw',
};

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
  it('trims the name, upper-cases the department and position codes and lower-cases the username', () => {
    expect(normaliseNewStaff(valid)).toEqual({
      name: '王会员',
      departmentCode: 'MEMBER_CENTRE',
      position: 'MEMBER_SPECIALIST',
      role: StaffRole.STAFF,
      username: 'wang.hy',
      specialities: [],
    });
  });

  it('never returns the password', () => {
    expect(JSON.stringify(normaliseNewStaff(valid))).not.toContain('long enough pw');
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

  it('refuses a malformed username as BAD_USER_INPUT on the username field', () => {
    for (const username of ['', 'a', '1abc', 'with space', '王五', 'x'.repeat(33), 'semi;colon']) {
      const error = errorOf(() => normaliseNewStaff({ ...valid, username }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'username', reason: 'USERNAME_INVALID' } });
    }
  });

  it('refuses a password under 10 characters (counted as characters, not bytes) or over 200', () => {
    expect(errorOf(() => normaliseNewStaff({ ...valid, password: '123456789' })).details).toMatchObject({
      field: 'password',
      reason: 'PASSWORD_TOO_SHORT',
    });
    expect(errorOf(() => normaliseNewStaff({ ...valid, password: '密码密码密码密码密' })).details.reason).toBe('PASSWORD_TOO_SHORT');
    expect(normaliseNewStaff({ ...valid, password: '密码密码密码密码密码' }).username).toBe('wang.hy');
    expect(errorOf(() => normaliseNewStaff({ ...valid, password: 'x'.repeat(201) })).details.reason).toBe('PASSWORD_TOO_LONG');
  });
});

describe('mayHandleRole', () => {
  const director = { kind: 'staff', role: 'OPS_DIRECTOR', department: 'OPERATIONS' } as const;
  const csAdmin = { kind: 'staff', role: 'DEPT_ADMIN', department: 'CUSTOMER_SERVICE' } as const;
  const financeAdmin = { kind: 'staff', role: 'DEPT_ADMIN', department: 'FINANCE' } as const;

  it('lets the director and system jobs give every role', () => {
    for (const role of Object.values(StaffRole)) {
      expect(mayHandleRole(director, role)).toBe(true);
      expect(mayHandleRole({ kind: 'system' }, role)).toBe(true);
    }
  });

  it('lets a department admin give STAFF and DEPT_ADMIN, never OPS_DIRECTOR or AUDITOR', () => {
    expect([StaffRole.STAFF, StaffRole.DEPT_ADMIN].every((role) => mayHandleRole(csAdmin, role))).toBe(true);
    expect([StaffRole.OPS_DIRECTOR, StaffRole.AUDITOR, StaffRole.FINANCE].some((role) => mayHandleRole(csAdmin, role))).toBe(false);
  });

  it('lets only the finance department’s admin give FINANCE', () => {
    expect(mayHandleRole(financeAdmin, StaffRole.FINANCE)).toBe(true);
    expect(mayHandleRole(financeAdmin, StaffRole.AUDITOR)).toBe(false);
  });

  it('lets staff give no role at all', () => {
    expect(mayHandleRole({ kind: 'staff', role: 'STAFF', department: 'CUSTOMER_SERVICE' }, StaffRole.STAFF)).toBe(false);
  });
});
