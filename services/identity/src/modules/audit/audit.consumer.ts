import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AuditEvents, consumeOnce, type AuditRecordedData, type DomainEvent, type EventBus, type Logger } from '@careline/service-kit';
import { AuditEntry, AuditOutcome } from './audit-entry.entity.js';

const OUTCOMES = new Set<string>(Object.values(AuditOutcome));
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/**
 * AuditRecorded → one audit_entry row, at most once per event (consumeOnce records the event id in
 * the same transaction; the entry's id is the event id too, so even a replay past processed_event
 * could not store it twice).
 * @returns whether this delivery was the first one of the event
 */
export function recordAuditEntry(rootEm: EntityManager, event: DomainEvent<AuditRecordedData>): Promise<boolean> {
  return consumeOnce(rootEm, 'identity', event, async (em) => {
    const data = event.data;
    const at = new Date(data.at);
    await em.insert(AuditEntry, {
      id: event.id,
      service: data.service ?? event.source,
      at: Number.isNaN(at.getTime()) ? new Date(event.occurredAt) : at,
      actorKind: data.actorKind ?? 'anonymous',
      actorId: text(data.actorId),
      actorName: text(data.actorName),
      role: text(data.role),
      department: text(data.department),
      partnerId: text(data.partnerId),
      operation: data.operation ?? 'unknown',
      targetType: text(data.targetType),
      targetIds: list(data.targetIds),
      fields: list(data.fields),
      customerIds: list(data.customerIds),
      requestId: text(data.requestId),
      clientIp: text(data.clientIp),
      // an outcome this version does not know is kept as a failure rather than dropped
      outcome: OUTCOMES.has(data.outcome) ? (data.outcome as AuditOutcome) : AuditOutcome.FAILED,
      reason: text(data.reason),
      recordedAt: new Date(),
    });
  });
}

/** The ServiceDefinition's `subscribe` hook: identity keeps the audit log of every service. */
export async function subscribeAuditConsumer(scope: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  await scope.bus.subscribe<AuditRecordedData>('identity', AuditEvents.AuditRecorded, async (event) => {
    await recordAuditEntry(scope.orm.em, event);
  });
}
