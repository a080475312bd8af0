import type { EntityManager } from '@mikro-orm/postgresql';
import {
  consumeOnce,
  type ConsumptionRecordedData,
  type ConsumptionRefundRecordedData,
  type CustomerReferredData,
  type DomainEvent,
  type EventBus,
  type Logger,
} from '@careline/service-kit';
import { isUuid } from '../../common/sql.js';
import { pointsConfig, type PointsConfig } from '../points/points.config.js';
import type { LedgerScope } from '../points/points.ledger.js';
import { systemAudit } from '../points/points.policy.js';
import { lockReferred, recordReferral, reverseForRefund, settleReferral, type SettleResult } from './referral.core.js';

export interface ReferralConsumerScope {
  rootEm: EntityManager;
  bus: EventBus;
  log?: Logger;
  config?: PointsConfig;
  now?: () => Date;
}

const ledgerScope = (scope: ReferralConsumerScope, em: EntityManager): LedgerScope => ({
  em,
  bus: scope.bus,
  now: scope.now?.() ?? new Date(),
  config: scope.config ?? pointsConfig(),
});

/** One audit entry per referral the event changed (the actor is the system, named by the event). */
async function audit(scope: ReferralConsumerScope, em: EntityManager, event: DomainEvent<unknown>, result: SettleResult): Promise<void> {
  if (!result.referral || !['REWARDED', 'DECLINED', 'REVERSED'].includes(result.outcome)) return;
  await systemAudit(scope.bus, event.id, event.type).change(em, {
    operation: `event ${event.type}`,
    targetType: 'Referral',
    targetIds: [result.referral.referred_customer_id, ...result.entries.map((e) => e.id)],
    fields: ['status', 'points', 'declineReason'],
    customerIds: [result.referral.referrer_customer_id, result.referral.referred_customer_id],
  });
}

/** CustomerReferred → the referral recorded (and settled at once when the first deal is already in). */
export function onCustomerReferred(scope: ReferralConsumerScope, event: DomainEvent<CustomerReferredData>): Promise<boolean> {
  return consumeOnce(scope.rootEm, 'members', event, async (em) => {
    const { referrerId, customerId } = event.data;
    if (!isUuid(referrerId) || !isUuid(customerId)) {
      scope.log?.warn({ eventId: event.id }, 'CustomerReferred without two customer ids: not recorded');
      return;
    }
    const recorded = await recordReferral(ledgerScope(scope, em), {
      referrerId,
      customerId,
      referredAt: new Date(event.occurredAt),
    });
    await audit(scope, em, event, recorded.settled);
  });
}

/** ConsumptionRecorded (members' own, once per receipt) → a deal from crm may settle its customer's referral. */
export function onConsumptionRecorded(scope: ReferralConsumerScope, event: DomainEvent<ConsumptionRecordedData>): Promise<boolean> {
  return consumeOnce(scope.rootEm, 'members', event, async (em) => {
    if (event.data.source !== 'DEAL' || !isUuid(event.data.customerId)) return;
    const customerId = event.data.customerId.toLowerCase();
    const ledger = ledgerScope(scope, em);
    await lockReferred(em, [customerId]);
    await audit(scope, em, event, await settleReferral(ledger, customerId));
  });
}

/** ConsumptionRefundRecorded → the reward the refunded deal earned is taken back. */
export function onConsumptionRefundRecorded(
  scope: ReferralConsumerScope,
  event: DomainEvent<ConsumptionRefundRecordedData>,
): Promise<boolean> {
  return consumeOnce(scope.rootEm, 'members', event, async (em) => {
    if (!isUuid(event.data.consumptionId)) return;
    await audit(scope, em, event, await reverseForRefund(ledgerScope(scope, em), event.data.consumptionId.toLowerCase()));
  });
}
