import {
  Events,
  MemberFactEvents,
  type ConsumptionRecordedData,
  type ConsumptionRefundRecordedData,
  type CustomerReferredData,
  type FeatureModule,
} from '@careline/service-kit';
import { Referral, ReferralRule } from './referral.entity.js';
import { CustomerReferralResolver, ReferralResolver, ReferralRuleResolver } from './referral.resolver.js';
import { onConsumptionRecorded, onConsumptionRefundRecorded, onCustomerReferred } from './referral.consumer.js';

/**
 * 老带新: crm's CustomerReferred recorded; the referrer rewarded once when the referred customer's
 * first deal is recorded (members' own ConsumptionRecorded), reversed when that deal is refunded
 * (ConsumptionRefundRecorded) or the records prove one person (CustomersMerged, through the merge
 * module); the rule edited by the member centre's admin. docs/referral-rewards.md.
 */
export const referralModule: FeatureModule = {
  name: 'referral',
  entities: [ReferralRule, Referral],
  resolvers: [ReferralRuleResolver, ReferralResolver, CustomerReferralResolver],
  tablePrivileges: {
    updatableColumns: {
      referral_rule: ['enabled', 'points_per_referral', 'cap_per_period', 'cap_period', 'updated_at', 'updated_by'],
      referral: [
        'referrer_customer_id',
        'status',
        'decline_reason',
        'consumption_id',
        'receipt_number',
        'membership_id',
        'points',
        'reward_entry_id',
        'rewarded_at',
        'points_reversed',
        'reversal_entry_id',
        'reversed_at',
        'updated_at',
      ],
    },
  },
  subscribe: async ({ bus, orm, log }) => {
    const scope = { rootEm: orm.em, bus, log };
    await bus.subscribe<CustomerReferredData>('members', Events.CustomerReferred, async (event) => {
      await onCustomerReferred(scope, event);
    });
    await bus.subscribe<ConsumptionRecordedData>('members', MemberFactEvents.ConsumptionRecorded, async (event) => {
      await onConsumptionRecorded(scope, event);
    });
    await bus.subscribe<ConsumptionRefundRecordedData>('members', MemberFactEvents.ConsumptionRefundRecorded, async (event) => {
      await onConsumptionRefundRecorded(scope, event);
    });
  },
};
