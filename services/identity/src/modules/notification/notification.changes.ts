import { sql } from '@careline/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';

/** the channel identity announces changed notifications on: the readers concerned, comma-separated */
export const NOTIFICATION_CHANNEL = 'careline_notifications';

/** ids per announcement: 200 × 37 characters stays well inside NOTIFY's 8,000-byte payload */
const PER_ANNOUNCEMENT = 200;

/**
 * Tells every identity replica's open streams that these readers' notifications changed (stored or
 * read). NOTIFY in `em`'s transaction: delivered when it commits, never for a rolled-back one, and
 * PostgreSQL folds identical announcements of one transaction into one.
 */
export async function announceNotificationChanges(em: EntityManager, readerIds: readonly string[]): Promise<void> {
  const readers = [...new Set(readerIds)];
  for (let start = 0; start < readers.length; start += PER_ANNOUNCEMENT)
    await sql(em, `select pg_notify('${NOTIFICATION_CHANNEL}', ?)`, [readers.slice(start, start + PER_ANNOUNCEMENT).join(',')]);
}
