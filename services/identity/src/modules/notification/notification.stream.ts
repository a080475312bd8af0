import type { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid, type Logger } from '@careline/service-kit';

/** how often an open stream looks at its reader's unread count (one indexed count per stream) */
const POLL_MS = 2000;
/** a comment line this often keeps proxies from closing a quiet stream */
const HEARTBEAT_MS = 15_000;

/**
 * `GET /internal/notifications/stream?staffId=…`: server-sent events for one staff member, opened by
 * the gateway for a signed-in caller (docs/notifications.md). Sends `event: unread` with the unread
 * count and the newest notification's id at once and whenever either changes. Both are read from the
 * database, so a notification stored by any replica, or read in another tab, reaches every open stream
 * of its reader. The newest id matters: a notification read and another one arriving between two
 * polls leave the count as it was, and the reader must still hear of the new one.
 */
export function notificationStreamRoute(orm: MikroORM, log: Logger) {
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
          // the database is briefly away: the next poll tries again
          log.warn({ err: error }, 'notification stream could not read the unread count');
        }
      };
      void push();
      const poll = setInterval(() => void push(), POLL_MS);
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      req.on('close', () => {
        closed = true;
        clearInterval(poll);
        clearInterval(heartbeat);
      });
    });
  };
}
