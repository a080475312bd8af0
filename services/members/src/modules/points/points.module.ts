import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@careline/service-kit';
import { Events, type ConsumptionRefundedData, type DealClosedData, type EventBus, type RemedyApprovedData } from '@careline/service-kit';
import { PointsEntry } from './points-entry.entity.js';
import { PointsLot } from './points-lot.entity.js';
import { PointsAllocation } from './points-allocation.entity.js';
import { PointsAccount } from './points-account.entity.js';
import { MembershipPointsResolver } from './membership-points.resolver.js';
import { scheduleExpiry } from './points.expiry.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity.js';
import { Consumption } from '../consumption/consumption.entity.js';
import { ConsumptionResolver } from '../consumption/consumption.resolver.js';
import { recordConsumptionRefunded, recordDealClosed } from '../consumption/consumption.consumer.js';
import { PointsAdjustment } from '../adjustments/points-adjustment.entity.js';
import { AdjustmentsResolver } from '../adjustments/adjustments.resolver.js';
import { Gift } from '../gifts/gift.entity.js';
import { GiftRedemption } from '../gifts/gift-redemption.entity.js';
import { GiftsResolver } from '../gifts/gifts.resolver.js';
import { GiftRedemptionResolver } from '../gifts/gift-redemption.resolver.js';
import { RemedyApplication } from '../remedies/remedy-application.entity.js';
import { applyRemedy } from '../remedies/remedies.consumer.js';
import { FinanceResolver } from '../finance/finance.resolver.js';

/**
 * Points, consumption, gifts, adjustments, remedies and finance: what service.ts registers for
 * them, in one place.
 */
export const pointsModule = {
  entities: [
    PointsEntry,
    PointsLot,
    PointsAllocation,
    PointsAccount,
    IdempotencyKey,
    Consumption,
    PointsAdjustment,
    Gift,
    GiftRedemption,
    RemedyApplication,
  ],
  resolvers: [MembershipPointsResolver, ConsumptionResolver, AdjustmentsResolver, GiftsResolver, GiftRedemptionResolver, FinanceResolver],
  subscribe: async ({ bus, orm, log }: { bus: EventBus; orm: MikroORM; log: Logger }) => {
    const scope = { rootEm: orm.em, bus, log };
    await bus.subscribe<DealClosedData>('members', Events.DealClosed, async (event) => {
      await recordDealClosed(scope, event);
    });
    await bus.subscribe<ConsumptionRefundedData>('members', Events.ConsumptionRefunded, async (event) => {
      await recordConsumptionRefunded(scope, event);
    });
    await bus.subscribe<RemedyApprovedData>('members', Events.RemedyApproved, async (event) => {
      await applyRemedy(scope, event);
    });
    await scheduleExpiry(bus, orm.em, log);
  },
};
