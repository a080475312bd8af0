import { DomainError } from '@careline/service-kit';

export const MembershipErrors = {
  customerUnknown: (customerId: string) =>
    new DomainError('NOT_FOUND', `customer ${customerId} was not found`, { field: 'customerId', reason: 'CUSTOMER_NOT_FOUND' }),
  alreadyMember: (existingMembershipId: string) =>
    new DomainError('CONFLICT', 'this customer is already a member', {
      field: 'customerId',
      reason: 'ALREADY_MEMBER',
      existingMembershipId,
    }),
  tierInvalid: (tier: string) =>
    new DomainError('BAD_USER_INPUT', `tier "${tier}" must be a code of capital letters, digits and _ (e.g. GOLD)`, {
      field: 'tier',
      reason: 'TIER_INVALID',
    }),
  joinedInFuture: () =>
    new DomainError('BAD_USER_INPUT', 'joinedAt cannot be in the future; back-dating is allowed', { field: 'joinedAt', reason: 'JOINED_IN_FUTURE' }),
  notFound: (id: string) => new DomainError('NOT_FOUND', `membership ${id} was not found`, { reason: 'MEMBERSHIP_NOT_FOUND' }),
};
