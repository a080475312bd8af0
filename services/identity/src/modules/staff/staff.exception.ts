import { DomainError } from '@careline/service-kit';

export const StaffErrors = {
  nameInvalid: () => new DomainError('BAD_USER_INPUT', 'name must be 1 to 50 characters', { field: 'name', reason: 'NAME_INVALID' }),
  positionInvalid: (position: string) =>
    new DomainError('BAD_USER_INPUT', `position "${position}" must be a code of capital letters, digits and _ (e.g. MEMBER_SPECIALIST)`, {
      field: 'position',
      reason: 'POSITION_INVALID',
    }),
  unknownDepartment: (code: string) =>
    new DomainError('BAD_USER_INPUT', `there is no department with code "${code}"`, { field: 'departmentCode', reason: 'DEPARTMENT_UNKNOWN' }),
  notFound: (id: string) => new DomainError('NOT_FOUND', `staff member ${id} was not found`, { reason: 'STAFF_NOT_FOUND' }),
};
