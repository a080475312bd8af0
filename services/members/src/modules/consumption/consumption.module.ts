import { Events, type ConsumptionRefundedData, type DealClosedData, type FeatureModule } from '@careline/service-kit';
import { Consumption } from './consumption.entity.js';
import { ConsumptionResolver } from './consumption.resolver.js';
import { DEAL_BATCH, handleDealBatch, recordConsumptionRefunded } from './consumption.consumer.js';

/** 消费: receipts recorded by hand or from crm's deals (DealClosed), refunds (ConsumptionRefunded), and the points they earn. */
export const consumptionModule: FeatureModule = {
  name: 'consumption',
  entities: [Consumption],
  resolvers: [ConsumptionResolver],
  // a receipt is never deleted and its facts (number, amount, time, source) never change; what its
  // life changes: earning once its customer is a member, a refund, a customers' merge
  tablePrivileges: {
    updatableColumns: {
      consumption: [
        'membership_id',
        'customer_id',
        'points_earned',
        'bonus_points',
        'earn_entry_id',
        'status',
        'refunded_at',
        'refund_reason',
        'points_reversed',
        'points_unrecovered',
        'reversal_entry_id',
      ],
    },
  },
  subscribe: async ({ bus, orm, log }) => {
    const scope = { rootEm: orm.em, bus, log };
    // in batches: a backlog after an outage drains at the batch path's rate
    await bus.subscribeBatch<DealClosedData>('members', Events.DealClosed, DEAL_BATCH, (events) => handleDealBatch(scope, events));
    await bus.subscribe<ConsumptionRefundedData>('members', Events.ConsumptionRefunded, async (event) => {
      await recordConsumptionRefunded(scope, event);
    });
  },
};
