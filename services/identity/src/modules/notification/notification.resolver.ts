import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { STAFF_ROLES } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { Notification, NotificationConnection, NotificationParam } from './notification.entity.js';
import { NotificationService } from './notification.service.js';
import { MyNotificationsArgs } from './dto/my-notifications.args.js';

/** Every staff member has their own notifications (docs/notifications.md); partners have none. */
@Authorized(STAFF_ROLES)
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    // nullable: identity being down nulls only this field, not the page around it
    nullable: true,
    description: '我的通知: the signed-in staff member’s notifications, newest first',
  })
  myNotifications(
    @Args(() => MyNotificationsArgs) args: MyNotificationsArgs,
    @Ctx() ctx: IdentityContext,
  ): Promise<NotificationConnection> {
    return new NotificationService(ctx).list(args.first, args.after, args.unreadOnly);
  }

  @Query(() => Int, { description: 'how many of the signed-in staff member’s notifications are unread' })
  unreadNotificationCount(@Ctx() ctx: IdentityContext): Promise<number> {
    return new NotificationService(ctx).unreadCount();
  }

  @FieldResolver(() => [NotificationParam], { description: 'values for the kind’s message, filled in by the portal' })
  params(@Root() notification: Notification): NotificationParam[] {
    return Object.entries(notification.params).map(([name, value]) => ({ name, value: String(value) }));
  }

  @Mutation(() => Notification, { description: 'Marks one of the caller’s notifications read (NOT_FOUND for another’s)' })
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<Notification> {
    return new NotificationService(ctx).markRead(id);
  }

  @Mutation(() => Int, { description: 'Marks all the caller’s notifications read; answers how many were unread' })
  markAllNotificationsRead(@Ctx() ctx: IdentityContext): Promise<number> {
    return new NotificationService(ctx).markAllRead();
  }
}
