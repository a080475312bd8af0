import { DomainError } from '@careline/service-kit';

export const PointsErrors = {
  /**
   * CONFLICT with reason INSUFFICIENT_POINTS (the request was fine; the balance is not): the
   * balance and what was needed travel with it, so the desk can tell the member.
   */
  insufficient: (balance: number, needed: number) =>
    new DomainError('CONFLICT', `the member has ${balance} points; ${needed} are needed`, {
      reason: 'INSUFFICIENT_POINTS',
      balance,
      needed,
    }),
  membershipNotFound: (id: string) =>
    new DomainError('NOT_FOUND', `membership ${id} was not found`, { reason: 'MEMBERSHIP_NOT_FOUND', field: 'membershipId' }),
  membershipNotActive: (status: string) =>
    new DomainError('CONFLICT', `the membership is ${status}: points can be earned and spent only on an active membership`, {
      reason: 'MEMBERSHIP_NOT_ACTIVE',
      status,
    }),
};
