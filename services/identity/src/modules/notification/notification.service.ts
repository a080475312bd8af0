import type { FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, isUuid, notFound, pageSize, parseCursor, toPage, type Page } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { announceNotificationChanges } from './notification.changes.js';
import { Notification } from './notification.entity.js';

/** The signed-in staff member's own notifications: nobody reads or marks another's. */
export class NotificationService {
  constructor(private readonly ctx: IdentityContext) {}

  private reader(): string {
    const id = this.ctx.caller.kind === 'staff' ? this.ctx.caller.id : undefined;
    if (!id) throw new DomainError('FORBIDDEN', 'notifications are for signed-in staff', { reason: 'NOT_STAFF' });
    return id;
  }

  async list(first: number | undefined, after: string | null | undefined, unreadOnly: boolean): Promise<Page<Notification>> {
    const recipientId = this.reader();
    const size = pageSize(first);
    const cursor = parseCursor(after);
    const where: FilterQuery<Notification> = { recipientId, ...(unreadOnly ? { readAt: null } : {}) };
    const [rows, total] = await Promise.all([
      this.ctx.em.find(Notification, cursor ? { ...where, id: { $lt: cursor } } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Notification, where),
    ]);
    return toPage(rows, size, total);
  }

  unreadCount(): Promise<number> {
    return this.ctx.em.count(Notification, { recipientId: this.reader(), readAt: null });
  }

  async markRead(id: string): Promise<Notification> {
    const recipientId = this.reader();
    return this.ctx.em.transactional(async (em) => {
      // another's notification is not found, the same as one that does not exist
      const found = isUuid(id) ? await em.findOne(Notification, { id: id.toLowerCase(), recipientId }) : null;
      if (!found) throw notFound('notification', id);
      if (found.readAt) return found; // marking twice changes nothing
      found.readAt = new Date();
      await em.flush();
      await announceNotificationChanges(em, [recipientId]);
      await this.ctx.audit.change(em, {
        operation: 'mutation markNotificationRead',
        targetType: 'Notification',
        targetIds: [found.id],
        fields: ['readAt'],
      });
      return found;
    });
  }

  /** @returns how many were unread */
  async markAllRead(): Promise<number> {
    const recipientId = this.reader();
    return this.ctx.em.transactional(async (em) => {
      const marked = await em.nativeUpdate(Notification, { recipientId, readAt: null }, { readAt: new Date() });
      if (marked > 0) await announceNotificationChanges(em, [recipientId]);
      if (marked > 0)
        await this.ctx.audit.change(em, {
          operation: 'mutation markAllNotificationsRead',
          targetType: 'Notification',
          targetIds: [],
          fields: ['readAt'],
        });
      return marked;
    });
  }
}
