import { DomainError } from '@careline/service-kit';

export const TierErrors = {
  notFound: (code: string) => new DomainError('NOT_FOUND', `there is no tier ${code}`, { reason: 'TIER_NOT_FOUND', field: 'code' }),
  invalid: (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field, reason: 'TIER_INVALID' }),
  inconsistent: (message: string) => new DomainError('BAD_USER_INPUT', message, { field: 'minSpendFen', reason: 'TIERS_INCONSISTENT' }),
  asOfInFuture: () => new DomainError('BAD_USER_INPUT', 'asOf cannot be in the future', { field: 'asOf', reason: 'AS_OF_IN_FUTURE' }),
};
