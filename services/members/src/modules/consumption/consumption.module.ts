import { Events, type ConsumptionRefundedData, type DealClosedData, type FeatureModule } from '@careline/service-kit';
import { Consumption } from './consumption.entity.js';
import { ConsumptionResolver } from './consumption.resolver.js';
import { recordConsumptionRefunded, recordDealClosed } from './consumption.consumer.js';

/** 消费: receipts recorded by hand or from crm's deals (DealClosed), refunds (ConsumptionRefunded), and the points they earn. */
export const consumptionModule: FeatureModule = {
  name: 'consumption',
  entities: [Consumption],
  resolvers: [ConsumptionResolver],
  subscribe: async ({ bus, orm, log }) => {
    const scope = { rootEm: orm.em, bus, log };
    await bus.subscribe<DealClosedData>('members', Events.DealClosed, async (event) => {
      await recordDealClosed(scope, event);
    });
    await bus.subscribe<ConsumptionRefundedData>('members', Events.ConsumptionRefunded, async (event) => {
      await recordConsumptionRefunded(scope, event);
    });
  },
};
