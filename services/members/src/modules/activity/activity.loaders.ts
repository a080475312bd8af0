import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildPages } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { ActivityRegistration } from './activity.entity.js';

export interface ActivityLoaders {
  /** Membership.activityRegistrations: newest registration first, for every membership of a response at once */
  registrationsByMembershipId: ChildPages<ActivityRegistration>;
  /** Activity.registrations: newest first, for every activity of a response at once */
  registrationsByActivityId: ChildPages<ActivityRegistration>;
}

export function createActivityLoaders(em: EntityManager): ActivityLoaders {
  return {
    registrationsByMembershipId: new ChildPages(em, ActivityRegistration, 'activity_registration', 'membership_id'),
    registrationsByActivityId: new ChildPages(em, ActivityRegistration, 'activity_registration', 'activity_id'),
  };
}

/**
 * Per request: one set per request's loaders object (which the service creates afresh for every
 * request), so two requests never share a batch or a cache. Like the points loaders they take no
 * caller: the Membership they hang off was already loaded through the caller-scoped loaders.
 */
const perRequest = new WeakMap<object, ActivityLoaders>();

export function activityLoaders(ctx: MembersContext): ActivityLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createActivityLoaders(ctx.em);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
