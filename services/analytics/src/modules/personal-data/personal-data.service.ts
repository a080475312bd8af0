import type { EntityManager } from '@mikro-orm/postgresql';
import {
  collectPersonalData,
  consumeOnce,
  ERASED_TEXT,
  RequestAudit,
  type CustomerPseudonymisedData,
  type DomainEvent,
  type EventBus,
  type PersonalDataSection,
} from '@careline/service-kit';
import { ANALYTICS } from '../../context.js';

/** Every analytics row on the person: each fact table with their customer id, and the events about them it logged. */
export async function analyticsPersonalData(em: EntityManager, customerId: string): Promise<PersonalDataSection[]> {
  const sections = await collectPersonalData(em, ANALYTICS, { customer_id: [customerId] });
  const events = await em.execute<Record<string, unknown>[]>(`select * from analytics.event_log where payload->>'customerId' = ?`, [
    customerId,
  ]);
  if (events.length) sections.push({ service: ANALYTICS, table: 'event_log', rows: events });
  return sections;
}

/**
 * CustomerPseudonymised → analytics holds no name or phone; the events it logged (for replays) carry
 * the person's birth date and emergency notes. The birth date becomes `erased` (present, so a replay
 * still counts the profile as complete, as it did) and notes become `[已删除]`. Facts and rollups are
 * not touched: every figure stays what it was. Once per event id.
 */
export function applyPseudonymisation(
  rootEm: EntityManager,
  bus: EventBus,
  event: DomainEvent<CustomerPseudonymisedData>,
): Promise<boolean> {
  const { customerId } = event.data;
  return consumeOnce(rootEm, ANALYTICS, event, async (em) => {
    const result = (await em.execute(
      `update analytics.event_log set payload = payload
          || (case when payload->>'birthDate' is not null then '{"birthDate":"erased"}'::jsonb else '{}'::jsonb end)
          || (case when payload->>'note' is not null then jsonb_build_object('note', ?::text) else '{}'::jsonb end)
        where payload->>'customerId' = ? and (payload->>'birthDate' is not null or payload->>'note' is not null)`,
      [ERASED_TEXT, customerId],
      'run',
    )) as { affectedRows?: number };
    const audit = new RequestAudit(ANALYTICS, { kind: 'system', name: 'personal-data erasure' }, event.id, bus, undefined);
    await audit.change(em, {
      operation: `event ${event.type}`,
      targetType: 'Customer',
      targetIds: [customerId],
      fields: result.affectedRows ? ['pseudonymised:event_log'] : [],
      customerIds: [customerId],
    });
  });
}
