import { DomainError } from '@careline/service-kit';

export const PartnerErrors = {
  nameInvalid: () => new DomainError('BAD_USER_INPUT', 'name must be 1 to 100 characters', { field: 'name', reason: 'NAME_INVALID' }),
  keyAccountInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'keyAccountId must be a key account id (a UUID)', {
      field: 'keyAccountId',
      reason: 'KEY_ACCOUNT_INVALID',
    }),
  keyAccountTaken: (keyAccountId: string) =>
    new DomainError('CONFLICT', `key account ${keyAccountId} already has a partner organisation`, {
      field: 'keyAccountId',
      reason: 'KEY_ACCOUNT_TAKEN',
    }),
  notFound: (id: string) => new DomainError('NOT_FOUND', `partner organisation ${id} was not found`, { reason: 'PARTNER_NOT_FOUND' }),
  partnerInactive: () =>
    new DomainError('BAD_USER_INPUT', 'the partner organisation is deactivated; reactivate it before giving it keys', {
      field: 'partnerId',
      reason: 'PARTNER_INACTIVE',
    }),
  keyNameInvalid: () => new DomainError('BAD_USER_INPUT', 'name must be 1 to 100 characters', { field: 'name', reason: 'NAME_INVALID' }),
  scopesInvalid: (detail: string) =>
    new DomainError('BAD_USER_INPUT', `scopes: ${detail} (1 to 20 of the form resource:action, lower case, e.g. membership:read)`, {
      field: 'scopes',
      reason: 'SCOPES_INVALID',
    }),
  expiryInPast: () =>
    new DomainError('BAD_USER_INPUT', 'expiresAt must be in the future', { field: 'expiresAt', reason: 'EXPIRY_IN_PAST' }),
  keyNotFound: (id: string) => new DomainError('NOT_FOUND', `API key ${id} was not found`, { reason: 'API_KEY_NOT_FOUND' }),
};
