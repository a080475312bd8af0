import type { FeatureModule } from '@careline/service-kit';
import { Membership } from './membership.entity.js';
import { MembershipEvent } from './membership-event.entity.js';
import { MembershipResolver } from './membership.resolver.js';
import { CustomerMembershipResolver } from './customer-membership.resolver.js';
import { MembershipLifecycleResolver } from './membership-lifecycle.resolver.js';
import { membershipReferences } from './membership.reference.js';
import { Customer } from './customer.stub.js';

/** 会员: enrolment, status, history, the membership's place on crm's Customer (federation). */
export const membershipModule: FeatureModule = {
  name: 'membership',
  entities: [Membership, MembershipEvent],
  resolvers: [MembershipResolver, CustomerMembershipResolver, MembershipLifecycleResolver],
  orphanedTypes: [Customer],
  references: membershipReferences,
};
