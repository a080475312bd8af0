import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller, ServiceContext } from '@careline/service-kit';
import { createMembershipLoaders, type MembershipLoaders } from './modules/membership/membership.loaders.js';
import { createPointsLoaders, type PointsLoaders } from './modules/points/points.loaders.js';
import { createReferralLoaders, type ReferralLoaders } from './modules/referral/referral.loaders.js';

export type MembersLoaders = MembershipLoaders & PointsLoaders & ReferralLoaders;
export type MembersContext = ServiceContext<MembersLoaders>;

export const createMembersLoaders = (em: EntityManager, caller: Caller): MembersLoaders => ({
  ...createMembershipLoaders(em, caller),
  ...createPointsLoaders(em),
  ...createReferralLoaders(em),
});
