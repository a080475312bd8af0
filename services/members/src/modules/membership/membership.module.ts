import type { NonEmptyArray } from 'type-graphql';
import type { ServiceDefinition } from '@careline/service-kit';
import { Membership } from './membership.entity.js';
import { MembershipEvent } from './membership-event.entity.js';
import { MembershipResolver } from './membership.resolver.js';
import { CustomerMembershipResolver } from './customer-membership.resolver.js';
import { CardResolver, MembershipLifecycleResolver } from './membership-lifecycle.resolver.js';
import { subscribeMembership } from './membership.jobs.js';
import { Card, UsedCardNumber } from '../card/card.entity.js';
import { Tier, TierChange } from '../tier/tier.entity.js';
import { TierResolver } from '../tier/tier.resolver.js';
import { Activity, ActivityRegistration } from '../activity/activity.entity.js';
import { ActivityRegistrationResolver, ActivityResolver, MembershipActivityResolver } from '../activity/activity.resolver.js';
import { BirthdayGreeting } from '../birthday/birthday-greeting.entity.js';
import { BirthdayResolver } from '../birthday/birthday.resolver.js';

/**
 * Membership lifecycle and cards, tiers, key customers, activities, birthdays and merges: what
 * service.ts registers for them, in one place.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const membershipModule = {
  entities: [Membership, MembershipEvent, Card, UsedCardNumber, Tier, TierChange, Activity, ActivityRegistration, BirthdayGreeting],
  resolvers: <NonEmptyArray<Function>>[
    MembershipResolver,
    CustomerMembershipResolver,
    MembershipLifecycleResolver,
    CardResolver,
    TierResolver,
    ActivityResolver,
    ActivityRegistrationResolver,
    MembershipActivityResolver,
    BirthdayResolver,
  ],
  subscribe: subscribeMembership satisfies NonNullable<ServiceDefinition<unknown>['subscribe']>,
};
