import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@careline/service-kit';
import {
  AuditEvents,
  consumeOnce,
  type AuditRecordedData,
  type ConsumptionRefundedData,
  type DealClosedData,
  type DomainEvent,
  type EventBus,
} from '@careline/service-kit';
import { isUuid, pgArray, S, sql } from '../../common/sql.js';
import { pointsConfig, type PointsConfig } from '../points/points.config.js';
import { SYSTEM_OPERATOR, type LedgerScope } from '../points/points.ledger.js';
import { systemAudit, systemAuditEntry } from '../points/points.policy.js';
import { ConsumptionSource } from './consumption.entity.js';
import { refundConsumption } from './consumption.core.js';
import { earnBatch, type EarnItem } from './consumption.batch.js';
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
 * receipt a member specialist recorded first, earns nothing more. One event is a batch of one.
 * @returns whether this delivery was the first of the event
 */
export async function recordDealClosed(scope: ConsumerScope, event: DomainEvent<DealClosedData>): Promise<boolean> {
  const [first] = await recordDealsClosed(scope, [event]);
  return first!;
}

/** how many DealClosed events one transaction takes, and how many such transactions run at once per replica */
export const DEAL_BATCH = { batchSize: 200, workers: 2 };

/**
 * DealClosed events in one transaction (the bus's subscribeBatch): each event once
 * (processed_event, claimed with one INSERT … ON CONFLICT in event-id order), each receipt once,
 * earned set-based (consumption.batch.ts), audited per event as the single path does.
 * @returns per event, whether this delivery was its first
 */
export async function recordDealsClosed(scope: ConsumerScope, events: readonly DomainEvent<DealClosedData>[]): Promise<boolean[]> {
  if (!events.length) return [];
  return scope.rootEm.fork().transactional(async (em) => {
    // PostgreSQL answers uuids in lower case
    const ids = [...new Set(events.map((e) => e.id.toLowerCase()))].sort();
    const claimed = await sql<{ event_id: string }>(
      em,
      `insert into ${S('processed_event')} (event_id, event_type, processed_at)
       select x.id, 'DealClosed', now() from unnest(?::uuid[]) as x(id) order by x.id on conflict do nothing returning event_id`,
      [pgArray(ids)],
    );
    const fresh = new Set(claimed.map((r) => r.event_id));
    const run: { event: DomainEvent<DealClosedData>; item: EarnItem }[] = [];
    // false for an event delivered before, or a second time in this batch
    const firstDelivery = events.map((event) => {
      if (!fresh.delete(event.id.toLowerCase())) return false;
      const item = dealItem(scope, event);
      if (item) run.push({ event, item });
      return true;
    });
    const outcomes = await earnBatch(
      scopeFor(scope, em),
      run.map((r) => r.item),
      { mode: 'event' },
    );
    const audits: AuditRecordedData[] = [];
    run.forEach(({ event, item }, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.inserted)
        scope.log?.info({ eventId: event.id, receiptNumber: item.receiptNumber }, 'DealClosed for a receipt already recorded');
      if (outcome.inserted || outcome.earned) {
        audits.push(
          systemAuditEntry(event.id, 'DealClosed', {
            operation: 'event DealClosed',
            targetType: 'Consumption',
            targetIds: [outcome.consumptionId, ...outcome.entryIds],
            fields: ['receiptNumber', 'amountFen', 'occurredAt', 'pointsEarned'],
            customerIds: [item.customerId],
          }),
        );
      }
    });
    if (audits.length) await scope.bus.publishAll<AuditRecordedData>(em, AuditEvents.AuditRecorded, audits, { required: true });
    return firstDelivery;
  });
}

/**
 * What the bus hands a DealClosed batch to: the batch in one transaction, or, when that fails, event
 * by event, so one bad event fails alone and the rest commit. The bus then hands the whole batch
 * back; the events that committed are in processed_event and change nothing again.
 */
export async function handleDealBatch(scope: ConsumerScope, events: DomainEvent<DealClosedData>[]): Promise<void> {
  try {
    await recordDealsClosed(scope, events);
  } catch (error) {
    if (events.length === 1) throw error;
    scope.log?.warn({ err: error, count: events.length }, 'DealClosed batch failed: recording its events one by one');
    const failed: unknown[] = [];
    for (const event of events) await recordDealClosed(scope, event).catch((e: unknown) => failed.push(e));
    if (failed.length) throw failed[0];
  }
}

/** the receipt a DealClosed event reports, or null (logged) when it cannot be recorded */
function dealItem(scope: ConsumerScope, event: DomainEvent<DealClosedData>): EarnItem | null {
  const data = event.data;
  let receiptNumber: string;
  try {
    receiptNumber = normaliseReceipt(data.receiptNumber);
  } catch {
    scope.log?.warn({ eventId: event.id, receiptNumber: data.receiptNumber }, 'DealClosed with an unusable receipt number: not recorded');
    return null;
  }
  if (
    !Number.isSafeInteger(data.amountFen) ||
    data.amountFen <= 0 ||
    !isUuid(data.customerId) ||
    Number.isNaN(new Date(data.occurredAt).getTime())
  ) {
    scope.log?.warn({ eventId: event.id, receiptNumber }, 'DealClosed without a positive amount, a customer id or a time: not recorded');
    return null;
  }
  const staffId = isUuid(data.staffId) ? data.staffId.toLowerCase() : null;
  return {
    receiptNumber,
    customerId: data.customerId.toLowerCase(),
    membershipId: null,
    amountFen: data.amountFen,
    occurredAt: new Date(data.occurredAt),
    source: ConsumptionSource.DEAL,
    visitId: isUuid(data.visitId) ? data.visitId : null,
    departmentCode: data.departmentCode ?? null,
    staffId,
    operatorId: staffId ?? SYSTEM_OPERATOR,
  };
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
