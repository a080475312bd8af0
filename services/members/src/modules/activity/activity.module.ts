import type { FeatureModule } from '@careline/service-kit';
import { Activity, ActivityRegistration } from './activity.entity.js';
import { ActivityRegistrationResolver, ActivityResolver, MembershipActivityResolver } from './activity.resolver.js';

/** 会员活动: activities, registrations, attendance and their effect. */
export const activityModule: FeatureModule = {
  name: 'activity',
  entities: [Activity, ActivityRegistration],
  resolvers: [ActivityResolver, ActivityRegistrationResolver, MembershipActivityResolver],
};
