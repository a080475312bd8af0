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
    new DomainError('BAD_USER_INPUT', `keyAccountId "${keyAccountId}" is not a key account id`, {
      field: 'keyAccountId',
      reason: 'KEY_ACCOUNT_INVALID',
    }),
  idInvalid: (field: string, value: string) =>
    new DomainError('BAD_USER_INPUT', `${field} "${value}" is not an id`, { field, reason: 'ID_INVALID' }),
  birthDateInvalid: (value: string) =>
    new DomainError('BAD_USER_INPUT', `birthDate "${value}" is not a past date YYYY-MM-DD`, {
      field: 'birthDate',
      reason: 'BIRTH_DATE_INVALID',
    }),
  referrerInvalid: (value: string) =>
    new DomainError('BAD_USER_INPUT', `referrer ${value} is not another existing customer`, {
      field: 'referrerId',
      reason: 'REFERRER_INVALID',
    }),
  tagInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'tags must be 1 to 20 characters, at most 20 of them', { field: 'tags', reason: 'TAG_INVALID' }),
  reasonRequired: () =>
    new DomainError('BAD_USER_INPUT', 'a reason is required (1 to 500 characters)', { field: 'reason', reason: 'REASON_REQUIRED' }),
  mergeSelf: () =>
    new DomainError('BAD_USER_INPUT', 'a customer cannot be merged into itself', { field: 'mergedId', reason: 'MERGE_SELF' }),
  phoneSearchNotAllowed: () =>
    new DomainError('FORBIDDEN', 'searching by phone needs access to personal data; search by name instead', {
      field: 'search',
      reason: 'PHONE_SEARCH_NOT_ALLOWED',
    }),
  filterNotAllowed: () =>
    new DomainError('FORBIDDEN', 'class, stage, tag, consultant and consent are staff filters', {
      field: 'filter',
      reason: 'FILTER_NOT_ALLOWED',
    }),
  notFound: (id: string, mergedInto?: string) =>
    mergedInto
      ? new DomainError('NOT_FOUND', `customer ${id} was merged into ${mergedInto}`, { reason: 'CUSTOMER_MERGED', mergedInto })
      : new DomainError('NOT_FOUND', `customer ${id} was not found`, { reason: 'CUSTOMER_NOT_FOUND' }),
};
