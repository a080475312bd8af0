import { staffFieldsResolver, type FeatureModule } from '@careline/service-kit';
import { Staff } from '../../common/staff.stub.js';
import { Activity, ActivityRegistration } from '../activity/activity.entity.js';
import { PointsAdjustment } from '../adjustments/points-adjustment.entity.js';
import { Card } from '../card/card.entity.js';
import { Consumption } from '../consumption/consumption.entity.js';
import { GiftRedemption } from '../gifts/gift-redemption.entity.js';
import { Membership } from '../membership/membership.entity.js';
import { PointsEntry } from '../points/points-entry.entity.js';
import { ReferralRule } from '../referral/referral.entity.js';
import { Tier } from '../tier/tier.entity.js';

/**
 * 员工姓名: every staff id members answers has a `Staff` next to it (`operatorId` → `operator`,
 * `requestedBy` → `requestedByStaff`), which the gateway resolves in identity (docs/staff-names.md).
 * The system's own postings (operator 00000000-…) resolve to null: identity has no such person.
 */
export const staffNamesModule: FeatureModule = {
  name: 'staff-names',
  orphanedTypes: [Staff],
  resolvers: [
    staffFieldsResolver(Membership, Staff, { enrolledByStaff: 'enrolledBy', developer: 'developerId' }),
    staffFieldsResolver(Card, Staff, { issuedByStaff: 'issuedBy', activatedByStaff: 'activatedBy' }),
    staffFieldsResolver(Tier, Staff, { updatedByStaff: 'updatedBy' }),
    staffFieldsResolver(Activity, Staff, { createdByStaff: 'createdBy' }),
    staffFieldsResolver(ActivityRegistration, Staff, {
      registeredByStaff: 'registeredBy',
      attendanceRecordedByStaff: 'attendanceRecordedBy',
    }),
    staffFieldsResolver(PointsEntry, Staff, { operator: 'operatorId' }),
    staffFieldsResolver(Consumption, Staff, { staff: 'staffId' }),
    staffFieldsResolver(GiftRedemption, Staff, { redeemedByStaff: 'redeemedBy', cancelledByStaff: 'cancelledBy' }),
    staffFieldsResolver(PointsAdjustment, Staff, {
      responsibleStaff: 'responsibleStaffId',
      requestedByStaff: 'requestedBy',
      decidedByStaff: 'decidedBy',
    }),
    staffFieldsResolver(ReferralRule, Staff, { updatedByStaff: 'updatedBy' }),
  ],
};
