import type { FeatureModule } from '@careline/service-kit';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { subscribeNotificationConsumers } from './notification.consumer.js';
import { notificationStreamRoute } from './notification.stream.js';

/**
 * The notification centre (docs/notifications.md): emergency escalations, hospital-wide notices,
 * key-account risk warnings, approvals waiting and overdue complaints, told once to each person
 * concerned, read in the portal's bell and pushed live through the gateway's event stream.
 */
export const notificationModule: FeatureModule = {
  name: 'notification',
  entities: [Notification],
  resolvers: [NotificationResolver],
  subscribe: subscribeNotificationConsumers,
  internalRoutes: ({ orm, log }) => notificationStreamRoute(orm, log),
};
