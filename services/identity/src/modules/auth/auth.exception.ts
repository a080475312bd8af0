import { DomainError } from '@careline/service-kit';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

export const AuthErrors = {
  /** one message for an unknown username and a wrong password: the answer never tells which usernames exist */
  wrongCredentials: () => new DomainError('UNAUTHENTICATED', 'username or password is wrong', { reason: 'WRONG_CREDENTIALS' }),
  locked: (until: Date) =>
    new DomainError(
      'UNAUTHENTICATED',
      `the account is locked after ${LOCK_AFTER_FAILURES} failed sign-ins in a row; try again after ${until.toISOString()}`,
      {
        reason: 'ACCOUNT_LOCKED',
        lockedUntil: until.toISOString(),
      },
    ),
  inactive: () =>
    new DomainError('UNAUTHENTICATED', 'this account is deactivated; ask your department admin', { reason: 'ACCOUNT_INACTIVE' }),
  sessionEnded: () => new DomainError('UNAUTHENTICATED', 'the session has ended; sign in again', { reason: 'SESSION_ENDED' }),
  refreshTokenReused: () =>
    new DomainError('UNAUTHENTICATED', 'this refresh token was already used, so the session has been ended to be safe; sign in again', {
      reason: 'REFRESH_TOKEN_REUSED',
    }),
};
