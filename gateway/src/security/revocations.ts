import pg from 'pg';
import type { Logger } from 'pino';

/** the channel identity announces revocations on (services/identity … sessions.ts) */
export const REVOCATION_CHANNEL = 'careline_auth_revoked';

/**
 * Listens for identity's revocation announcements (PostgreSQL NOTIFY, sent in the transaction that
 * revokes, so it arrives only once the revocation is committed) and hands each to `onRevoked`.
 * Reconnects when the connection drops; while it is down the caches' short lifetimes still bound
 * how long a revoked credential works.
 */
export async function listenForRevocations(
  databaseUrl: string,
  onRevoked: (announcement: { sessionIds?: string[]; apiKeyId?: string }) => void,
  log: Logger,
): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      try {
        onRevoked(JSON.parse(message.payload ?? '{}') as { sessionIds?: string[]; apiKeyId?: string });
      } catch (error) {
        log.warn({ err: error }, 'unreadable revocation announcement ignored');
      }
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'revocation listener lost its connection; reconnecting');
      setTimeout(() => void (closed ? undefined : connect().catch(() => undefined)), 1000).unref();
    });
    await next.connect();
    await next.query(`listen ${REVOCATION_CHANNEL}`);
    client = next;
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
