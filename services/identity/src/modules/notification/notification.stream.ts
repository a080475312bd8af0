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
 * count at once and whenever it changes. The count is read from the database, so a notification
 * stored by any replica, or read in another tab, reaches every open stream of its reader.
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
      let last: number | undefined;
      let closed = false;
      const push = async () => {
        try {
          const [row] = await orm.em
            .getConnection()
            .execute<{ unread: number }[]>(
              `select count(*)::int as unread from "identity"."notification" where recipient_id = ? and read_at is null`,
              [staffId],
            );
          const unread = row?.unread ?? 0;
          if (!closed && unread !== last) {
            last = unread;
            res.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
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
