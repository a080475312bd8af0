import type { ApiKeyFieldsFragment as ApiKey } from '../../../gql/graphql';

/** Whether a key is still accepted: revoked wins over expired. */
export function apiKeyState(key: ApiKey, now = Date.now()): 'valid' | 'revoked' | 'expired' {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= now) return 'expired';
  return 'valid';
}
