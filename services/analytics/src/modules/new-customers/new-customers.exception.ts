import { DomainError } from '@careline/service-kit';

export const MAX_PERIOD_DAYS = 366;

export const NewCustomersErrors = {
  dayInvalid: (field: 'period.from' | 'period.to', value: string) =>
    new DomainError('BAD_USER_INPUT', `${field} "${value}" is not a date written YYYY-MM-DD`, { field, reason: 'DAY_INVALID' }),
  periodReversed: (from: string, to: string) =>
    new DomainError('BAD_USER_INPUT', `period.to (${to}) is before period.from (${from})`, {
      field: 'period.to',
      reason: 'PERIOD_REVERSED',
    }),
  periodTooLong: (days: number) =>
    new DomainError('BAD_USER_INPUT', `the period covers ${days} days; choose at most ${MAX_PERIOD_DAYS}`, {
      field: 'period',
      reason: 'PERIOD_TOO_LONG',
    }),
};
