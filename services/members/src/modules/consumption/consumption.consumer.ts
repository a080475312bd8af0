import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@careline/service-kit';
import { consumeOnce, type ConsumptionRefundedData, type DealClosedData, type DomainEvent, type EventBus } from '@careline/service-kit';
import { isUuid, S, sql } from '../../common/sql.js';
import { pointsConfig, type PointsConfig } from '../points/points.config.js';
import { SYSTEM_OPERATOR, type LedgerScope } from '../points/points.ledger.js';
import { systemAudit } from '../points/points.policy.js';
import { ConsumptionSource } from './consumption.entity.js';
import { earnConsumption, insertConsumption, refundConsumption } from './consumption.core.js';
import { normaliseReceipt } from './consumption.rules.js';

export interface ConsumerScope {
  rootEm: EntityManager;
  bus: EventBus;
  log?: Logger;
  config?: PointsConfig;
  now?: () => Date;
}

const scopeFor = (scope: ConsumerScope, em: EntityManager): LedgerScope => ({
  em,
  bus: scope.bus,
  now: scope.now?.() ?? new Date(),
  config: scope.config ?? pointsConfig(),
});

/**
 * DealClosed → the consumption, and its points when the customer is an active member. Once per
 * event (processed_event) and once per receipt (its unique number): a redelivered event, or a
 * receipt a member specialist recorded first, earns nothing more.
 * @returns whether this delivery was the first of the event
 */
export function recordDealClosed(scope: ConsumerScope, event: DomainEvent<DealClosedData>): Promise<boolean> {
  return consumeOnce(scope.rootEm, 'members', event, async (em) => {
    const data = event.data;
    let receiptNumber: string;
    try {
      receiptNumber = normaliseReceipt(data.receiptNumber);
    } catch {
      scope.log?.warn({ eventId: event.id, receiptNumber: data.receiptNumber }, 'DealClosed with an unusable receipt number: not recorded');
      return;
    }
    if (!Number.isSafeInteger(data.amountFen) || data.amountFen <= 0 || !isUuid(data.customerId)) {
      scope.log?.warn({ eventId: event.id, receiptNumber }, 'DealClosed without a positive amount or a customer id: not recorded');
      return;
    }
    const ledger = scopeFor(scope, em);
    const customerId = data.customerId.toLowerCase();
    const [membership] = await sql<{ id: string }>(em, `select id from ${S('membership')} where customer_id = ?`, [customerId]);
    const staffId = isUuid(data.staffId) ? data.staffId.toLowerCase() : null;
    const recorded = await insertConsumption(ledger, {
      receiptNumber,
      customerId,
      membershipId: membership?.id ?? null,
      amountFen: data.amountFen,
      occurredAt: new Date(data.occurredAt),
      source: ConsumptionSource.DEAL,
      visitId: isUuid(data.visitId) ? data.visitId : null,
      departmentCode: data.departmentCode ?? null,
      staffId,
    });
    if (!recorded.inserted) scope.log?.info({ eventId: event.id, receiptNumber }, 'DealClosed for a receipt already recorded');
    const earned = await earnConsumption(ledger, recorded.id, { operatorId: staffId ?? SYSTEM_OPERATOR });
    if (recorded.inserted || earned.outcome === 'EARNED') {
      await systemAudit(scope.bus, event.id, 'DealClosed').change(em, {
        operation: 'event DealClosed',
        targetType: 'Consumption',
        targetIds: [recorded.id, ...earned.entries.map((e) => e.id)],
        fields: ['receiptNumber', 'amountFen', 'occurredAt', 'pointsEarned'],
        customerIds: [customerId],
      });
    }
  });
}

/**
 * ConsumptionRefunded → the receipt's points reversed, once. A refund that overtakes its
 * DealClosed (separate queues) fails and is retried by the bus until the consumption exists.
 */
export function recordConsumptionRefunded(scope: ConsumerScope, event: DomainEvent<ConsumptionRefundedData>): Promise<boolean> {
  return consumeOnce(scope.rootEm, 'members', event, async (em) => {
    const ledger = scopeFor(scope, em);
    const refunded = await refundConsumption(ledger, {
      receiptNumber: normaliseReceipt(event.data.receiptNumber),
      reason: event.data.reason?.trim() || 'refunded',
      refundedAt: new Date(event.data.refundedAt),
      operatorId: SYSTEM_OPERATOR,
    });
    if (refunded.changed) {
      await systemAudit(scope.bus, event.id, 'ConsumptionRefunded').change(em, {
        operation: 'event ConsumptionRefunded',
        targetType: 'Consumption',
        targetIds: [refunded.id, ...refunded.entries.map((e) => e.id)],
        fields: ['status', 'refundedAt', 'refundReason', 'pointsReversed'],
        customerIds: [refunded.customerId],
      });
    }
  });
}
