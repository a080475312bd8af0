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
    new DomainError('BAD_USER_INPUT', 'joinedAt cannot be in the future; back-dating is allowed', {
      field: 'joinedAt',
      reason: 'JOINED_IN_FUTURE',
    }),
  notFound: (id: string) => new DomainError('NOT_FOUND', `membership ${id} was not found`, { reason: 'MEMBERSHIP_NOT_FOUND' }),
  tierUnknown: (tier: string) =>
    new DomainError('BAD_USER_INPUT', `there is no tier "${tier}"; see the tiers query`, { field: 'tier', reason: 'TIER_UNKNOWN' }),
  cardNotFound: (id: string) => new DomainError('NOT_FOUND', `card ${id} was not found`, { reason: 'CARD_NOT_FOUND' }),
  reasonRequired: () => new DomainError('BAD_USER_INPUT', 'say why (1 to 500 characters)', { field: 'reason', reason: 'REASON_REQUIRED' }),
  ownerRequired: () =>
    new DomainError('BAD_USER_INPUT', 'a key customer needs an owner: give ownerStaffId', {
      field: 'ownerStaffId',
      reason: 'OWNER_REQUIRED',
    }),
  ownerInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'ownerStaffId is not a staff id', { field: 'ownerStaffId', reason: 'OWNER_INVALID' }),
  developerInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'developerId is not a staff id', { field: 'developerId', reason: 'DEVELOPER_INVALID' }),
  cancelled: () =>
    new DomainError('CONFLICT', 'the membership is cancelled; nothing can change any more', { reason: 'MEMBERSHIP_CANCELLED' }),
  statusFilterInvalid: () => new DomainError('BAD_USER_INPUT', 'unknown membership status', { field: 'status' }),
};

const REASON_MAX = 500;

/** A reason the history keeps: trimmed, 1 to 500 characters; `optional` lets it be absent. */
export function normaliseReason(reason: string | null | undefined, optional = false): string | null {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) {
    if (optional) return null;
    throw MembershipErrors.reasonRequired();
  }
  if (trimmed.length > REASON_MAX) throw MembershipErrors.reasonRequired();
  return trimmed;
}
