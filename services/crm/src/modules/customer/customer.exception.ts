import { DomainError } from '@careline/service-kit';

export const CustomerErrors = {
  nameRequired: () => new DomainError('BAD_USER_INPUT', 'name must be 1 to 50 characters', { field: 'name', reason: 'NAME_INVALID' }),
  phoneInvalid: (phone: string) =>
    new DomainError('BAD_USER_INPUT', `phone "${phone}" is not a valid phone number`, { field: 'phone', reason: 'PHONE_INVALID' }),
  phoneTaken: (existingCustomerId: string) =>
    new DomainError('CONFLICT', 'a customer with this phone already exists', {
      field: 'phone',
      reason: 'PHONE_TAKEN',
      existingCustomerId,
    }),
  registeredInFuture: () =>
    new DomainError('BAD_USER_INPUT', 'registeredAt must not be in the future', { field: 'registeredAt', reason: 'REGISTERED_IN_FUTURE' }),
  keyAccountInvalid: (keyAccountId: string) =>
    new DomainError('BAD_USER_INPUT', `keyAccountId "${keyAccountId}" is not a key account id`, { field: 'keyAccountId', reason: 'KEY_ACCOUNT_INVALID' }),
  phoneSearchNotAllowed: () =>
    new DomainError('FORBIDDEN', 'searching by phone needs access to personal data; search by name instead', {
      field: 'search',
      reason: 'PHONE_SEARCH_NOT_ALLOWED',
    }),
  notFound: (id: string) => new DomainError('NOT_FOUND', `customer ${id} was not found`, { reason: 'CUSTOMER_NOT_FOUND' }),
};
