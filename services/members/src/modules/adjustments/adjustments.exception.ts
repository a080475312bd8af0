import { DomainError } from '@careline/service-kit';

export const AdjustmentErrors = {
  notFound: (id: string) => new DomainError('NOT_FOUND', `points adjustment ${id} was not found`, { reason: 'ADJUSTMENT_NOT_FOUND' }),
  pointsInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'points must be a whole number other than 0, at most 1000000 either way', {
      field: 'points',
      reason: 'POINTS_INVALID',
    }),
  departmentInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'responsibleDepartment must be a department code (capital letters, digits and _)', {
      field: 'responsibleDepartment',
      reason: 'DEPARTMENT_INVALID',
    }),
  staffInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'responsibleStaffId must be a staff id', { field: 'responsibleStaffId', reason: 'STAFF_INVALID' }),
};
