import pg from 'pg';
import type { Logger } from '../logger.js';

export interface ChannelListener {
  close(): Promise<void>;
}

export interface ChannelHandlers {
  /** each NOTIFY on the channel, in commit order (a NOTIFY sent in a transaction arrives only once it commits) */
  onPayload(payload: string): void;
  /**
   * after each LISTEN took effect, the first and every reconnection: what was announced while the
   * connection was down is lost, so a listener re-reads what it keeps here
   */
  onConnected?(): void;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * Listens on a PostgreSQL NOTIFY channel over a connection of its own (a pooled one would be handed
 * to other work between statements and miss announcements). Reconnects a second after a drop until
 * closed. The first connection's failure is the caller's: it rejects.
 */
export async function listenToChannel(
  databaseUrl: string,
  channel: string,
  handlers: ChannelHandlers,
  log: Logger,
): Promise<ChannelListener> {
  if (!CHANNEL.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: `listen ${channel}` });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onPayload(message.payload ?? '');
    });
    next.on('error', (error) => {
      if (closed) return;
      log.warn({ err: error, channel }, 'channel listener lost its connection; reconnecting');
      void next.end().catch(() => undefined);
      const retry = () => {
        if (closed) return;
        connect().catch((failure: unknown) => {
          log.warn({ err: failure, channel }, 'channel listener could not reconnect; trying again');
          setTimeout(retry, 1000).unref();
        });
      };
      setTimeout(retry, 1000).unref();
    });
    await next.connect();
    await next.query(`listen ${channel}`);
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    handlers.onConnected?.();
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
