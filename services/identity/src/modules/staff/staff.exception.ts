import { DomainError } from '@careline/service-kit';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password.js';

export const StaffErrors = {
  nameInvalid: () => new DomainError('BAD_USER_INPUT', 'name must be 1 to 50 characters', { field: 'name', reason: 'NAME_INVALID' }),
  positionInvalid: (position: string) =>
    new DomainError('BAD_USER_INPUT', `position "${position}" must be a code of capital letters, digits and _ (e.g. MEMBER_SPECIALIST)`, {
      field: 'position',
      reason: 'POSITION_INVALID',
    }),
  unknownPosition: (code: string) =>
    new DomainError('BAD_USER_INPUT', `there is no position with code "${code}" (see the positions query)`, {
      field: 'position',
      reason: 'POSITION_UNKNOWN',
    }),
  unknownDepartment: (code: string) =>
    new DomainError('BAD_USER_INPUT', `there is no department with code "${code}"`, {
      field: 'departmentCode',
      reason: 'DEPARTMENT_UNKNOWN',
    }),
  usernameInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'username must be 2 to 32 of a-z, 0-9, ".", "_" and "-", starting with a letter', {
      field: 'username',
      reason: 'USERNAME_INVALID',
    }),
  usernameTaken: (username: string) =>
    new DomainError('CONFLICT', `the username "${username}" is already taken`, { field: 'username', reason: 'USERNAME_TAKEN' }),
  passwordTooShort: (field = 'password') =>
    new DomainError('BAD_USER_INPUT', `the password must be at least ${PASSWORD_MIN_LENGTH} characters`, {
      field,
      reason: 'PASSWORD_TOO_SHORT',
    }),
  passwordTooLong: (field = 'password') =>
    new DomainError('BAD_USER_INPUT', `the password must be at most ${PASSWORD_MAX_LENGTH} characters`, {
      field,
      reason: 'PASSWORD_TOO_LONG',
    }),
  roleNotGrantable: (role: string) =>
    new DomainError('FORBIDDEN', `a department admin may not give the ${role} role; ask the operations director`, {
      field: 'role',
      reason: 'ROLE_NOT_GRANTABLE',
    }),
  staffNotManageable: (role: string) =>
    new DomainError('FORBIDDEN', `a department admin may not manage a staff member with the ${role} role; ask the operations director`, {
      reason: 'STAFF_NOT_MANAGEABLE',
    }),
  specialitiesInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'specialities: at most 10, each 1 to 20 characters', {
      field: 'specialities',
      reason: 'SPECIALITIES_INVALID',
    }),
  notFound: (id: string) => new DomainError('NOT_FOUND', `staff member ${id} was not found`, { reason: 'STAFF_NOT_FOUND' }),
};
