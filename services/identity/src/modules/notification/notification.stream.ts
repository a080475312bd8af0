import type { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid, listenToChannel, type ChannelListener, type Logger } from '@careline/service-kit';
import { NOTIFICATION_CHANNEL } from './notification.changes.js';

/**
 * how often an open stream looks at its reader's unread count without being told to: only a safety
 * net for an announcement lost with the listener's connection (it re-reads every stream on reconnecting)
 */
const SAFETY_POLL_MS = 60_000;
/** a comment line this often keeps proxies from closing a quiet stream */
const HEARTBEAT_MS = 15_000;

/**
 * The open streams of this replica, by reader, and the one LISTEN connection they share while any is
 * open. Every replica listens: a notification stored or read through any replica reaches every open
 * stream of its reader (notification.changes.ts announces it when its transaction commits).
 */
class StreamHub {
  private readonly streams = new Map<string, Set<() => void>>();
  private listener: Promise<ChannelListener | undefined> | undefined;
  /** the listener has connected and LISTENs */
  private listening = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  /**
   * Adds a stream and reads its state once it is listened for: at once when the listener is up, else
   * when it has connected (so nothing announced in between is missed, and nothing is read twice).
   */
  open(readerId: string, refresh: () => void): () => void {
    const own = this.streams.get(readerId) ?? new Set();
    own.add(refresh);
    this.streams.set(readerId, own);
    const refreshAll = () => this.streams.forEach((streams) => streams.forEach((push) => push()));
    if (this.listening) refresh();
    this.listener ??= listenToChannel(
      this.databaseUrl,
      NOTIFICATION_CHANNEL,
      {
        onPayload: (payload) => payload.split(',').forEach((id) => this.streams.get(id)?.forEach((push) => push())),
        // the first LISTEN, or a reconnection: whatever was announced before it is read now
        onConnected: () => {
          this.listening = true;
          refreshAll();
        },
      },
      this.log,
    ).catch((error: unknown) => {
      // the database is briefly away: the streams read now, then by the safety poll; the next stream opened tries again
      this.log.warn({ err: error }, 'notification streams could not listen for changes');
      this.listener = undefined;
      refreshAll();
      return undefined;
    });
    return () => {
      own.delete(refresh);
      if (own.size === 0) this.streams.delete(readerId);
      if (this.streams.size === 0 && this.listener) {
        const closing = this.listener;
        this.listener = undefined;
        this.listening = false;
        void closing.then((listener) => listener?.close());
      }
    };
  }
}

/**
 * `GET /internal/notifications/stream?staffId=…`: server-sent events for one staff member, opened by
 * the gateway for a signed-in caller (docs/notifications.md). Sends `event: unread` with the unread
 * count and the newest notification's id at once and whenever either changes. Both are read from the
 * database when identity announces a change for the reader. The newest id matters: a notification
 * read and another one arriving together leave the count as it was, and the reader must still hear of
 * the new one.
 */
export function notificationStreamRoute(orm: MikroORM, log: Logger) {
  const hub = new StreamHub(String(orm.config.get('clientUrl')), log);
  return (router: Router) => {
    router.get('/notifications/stream', (req, res) => {
      const staffId = typeof req.query['staffId'] === 'string' ? req.query['staffId'].toLowerCase() : '';
      if (!isUuid(staffId)) {
        res.status(400).json({ code: 'BAD_USER_INPUT', reason: 'staffId is required' });
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.flushHeaders();
      let last: string | undefined;
      let closed = false;
      const push = async () => {
        try {
          const [row] = await orm.em.getConnection().execute<{ unread: number; latest: string | null }[]>(
            `select (select count(*)::int from "identity"."notification" where recipient_id = ? and read_at is null) as unread,
                      (select id::text from "identity"."notification" where recipient_id = ? order by id desc limit 1) as latest`,
            [staffId, staffId],
          );
          const state = { unread: row?.unread ?? 0, latest: row?.latest ?? null };
          const key = `${state.unread}:${state.latest}`;
          if (!closed && key !== last) {
            last = key;
            res.write(`event: unread\ndata: ${JSON.stringify(state)}\n\n`);
          }
        } catch (error) {
          // the database is briefly away: the next announcement or the safety poll tries again
          log.warn({ err: error }, 'notification stream could not read the unread count');
        }
      };
      const leave = hub.open(staffId, () => void push());
      const poll = setInterval(() => void push(), SAFETY_POLL_MS);
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      req.on('close', () => {
        closed = true;
        leave();
        clearInterval(poll);
        clearInterval(heartbeat);
      });
    });
  };
}
