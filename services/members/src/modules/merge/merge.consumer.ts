import type { EntityManager } from '@mikro-orm/postgresql';
import { consumeOnce, RequestAudit, type Caller, type CustomersMergedData, type DomainEvent, type EventBus } from '@careline/service-kit';
import { mergeCustomers } from './merge.service.js';
import { pointsConfig } from '../points/points.config.js';
import { applyReferralMerge } from '../referral/referral.core.js';

const MERGE_CALLER: Caller = { kind: 'system', id: '00000000-0000-0000-0000-000000000000', name: 'members: customer merge' };

/**
 * CustomersMerged → the memberships and ledgers merged (merge.service.ts), once per event: the
 * event id is recorded in processed_event in the same transaction.
 * @returns whether this delivery was the first of the event
 */
export function recordCustomersMerged(rootEm: EntityManager, bus: EventBus, event: DomainEvent<CustomersMergedData>): Promise<boolean> {
  return consumeOnce(rootEm, 'members', event, async (em) => {
    // referrals first: their locks come before any membership's, as on every referral path
    await applyReferralMerge({ em, bus, now: new Date(), config: pointsConfig() }, event.data.survivorId ?? '', event.data.mergedId ?? '');
    await mergeCustomers(
      em,
      { caller: MERGE_CALLER, bus, audit: new RequestAudit('members', MERGE_CALLER, event.id, bus, undefined) },
      event.data,
    );
  });
}
