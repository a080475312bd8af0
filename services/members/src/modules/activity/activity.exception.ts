import { DomainError } from '@careline/service-kit';

export const ActivityErrors = {
  notFound: (id: string) =>
    new DomainError('NOT_FOUND', `activity ${id} was not found`, { reason: 'ACTIVITY_NOT_FOUND', field: 'activityId' }),
  invalid: (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field, reason: 'ACTIVITY_INVALID' }),
  tierNotTargeted: (tier: string, targets: string[]) =>
    new DomainError('BAD_USER_INPUT', `this activity is for ${targets.join(', ')} members; this member is ${tier}`, {
      field: 'membershipId',
      reason: 'TIER_NOT_TARGETED',
    }),
  full: (capacity: number) => new DomainError('CONFLICT', `the activity is full (${capacity} places)`, { reason: 'ACTIVITY_FULL' }),
  ended: () => new DomainError('CONFLICT', 'the activity is over; registration is closed', { reason: 'ACTIVITY_ENDED' }),
  alreadyRegistered: () =>
    new DomainError('CONFLICT', 'the member is already registered for this activity', { reason: 'ALREADY_REGISTERED' }),
  notRegistered: () => new DomainError('CONFLICT', 'the member did not register for this activity', { reason: 'NOT_REGISTERED' }),
  alreadyAttended: () => new DomainError('CONFLICT', 'attendance was already recorded for this member', { reason: 'ALREADY_ATTENDED' }),
  notStarted: () =>
    new DomainError('CONFLICT', 'the activity has not started yet; attendance is recorded on the day', { reason: 'ACTIVITY_NOT_STARTED' }),
  membershipInactive: (status: string) =>
    new DomainError('CONFLICT', `the membership is ${status}; only active members register`, {
      reason: 'MEMBERSHIP_NOT_ACTIVE',
      field: 'membershipId',
    }),
};
