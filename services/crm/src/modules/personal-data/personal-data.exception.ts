import { DomainError } from '@careline/service-kit';

export const PersonalDataErrors = {
  notFound: (id: string) => new DomainError('NOT_FOUND', `personal-data request ${id} was not found`, { reason: 'REQUEST_NOT_FOUND' }),
  customerNotFound: (id: string) =>
    new DomainError('NOT_FOUND', `customer ${id} was not found`, { field: 'customerId', reason: 'CUSTOMER_NOT_FOUND' }),
  reasonInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'reason must be 1 to 500 characters', { field: 'reason', reason: 'REASON_INVALID' }),
  alreadyOpen: () =>
    new DomainError('CONFLICT', 'a request of this kind is already waiting for a decision for this customer', { reason: 'REQUEST_OPEN' }),
  alreadyErased: () => new DomainError('CONFLICT', 'this customer has already been erased', { reason: 'ALREADY_ERASED' }),
  decided: () => new DomainError('CONFLICT', 'this request has already been decided', { reason: 'REQUEST_DECIDED' }),
  exportNeedsDirector: () =>
    new DomainError('FORBIDDEN', 'only the operations director decides an export request', { reason: 'DIRECTOR_DECIDES_EXPORT' }),
  secondPersonNeeded: () =>
    new DomainError('FORBIDDEN', 'an erasure must be approved by someone other than its proposer', { reason: 'SECOND_PERSON_REQUIRED' }),
  exportNotAvailable: () =>
    new DomainError('FORBIDDEN', 'the export is available to the director and its proposer, once approved and for 7 days', {
      reason: 'EXPORT_NOT_AVAILABLE',
    }),
};
