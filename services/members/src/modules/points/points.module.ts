import { CustomerMemberTimelineResolver, MemberTimelineStaffFields } from './member-timeline.resolver.js';
import type { FeatureModule } from '@careline/service-kit';
import { PointsEntry } from './points-entry.entity.js';
import { PointsLot } from './points-lot.entity.js';
import { PointsAllocation } from './points-allocation.entity.js';
import { PointsAccount } from './points-account.entity.js';
import { MembershipPointsResolver } from './membership-points.resolver.js';
import { scheduleExpiry } from './points.expiry.js';

/** 积分: the ledger, its lots and balances, and the daily expiry. */
export const pointsModule: FeatureModule = {
  name: 'points',
  entities: [PointsEntry, PointsLot, PointsAllocation, PointsAccount],
  resolvers: [MembershipPointsResolver, CustomerMemberTimelineResolver, MemberTimelineStaffFields],
  subscribe: ({ bus, orm, log }) => scheduleExpiry(bus, orm.em, log),
  // the ledger: entries and the lots each debit took from are written once; a correction is a new entry
  tablePrivileges: { appendOnly: ['points_entry', 'points_allocation'] },
};
