import { listenToChannel, type ChannelListener } from '@careline/service-kit';
import type { Logger } from 'pino';

/** the channel identity announces revocations on (services/identity … sessions.ts) */
export const REVOCATION_CHANNEL = 'careline_auth_revoked';

/**
 * Listens for identity's revocation announcements (PostgreSQL NOTIFY, sent in the transaction that
 * revokes, so it arrives only once the revocation is committed) and hands each to `onRevoked`.
 * Reconnects when the connection drops; while it is down the caches' short lifetimes still bound
 * how long a revoked credential works.
 */
export function listenForRevocations(
  databaseUrl: string,
  onRevoked: (announcement: { sessionIds?: string[]; apiKeyId?: string }) => void,
  log: Logger,
): Promise<ChannelListener> {
  return listenToChannel(
    databaseUrl,
    REVOCATION_CHANNEL,
    {
      onPayload: (payload) => {
        try {
          onRevoked(JSON.parse(payload || '{}') as { sessionIds?: string[]; apiKeyId?: string });
        } catch (error) {
          log.warn({ err: error }, 'unreadable revocation announcement ignored');
        }
      },
    },
    log,
  );
}
