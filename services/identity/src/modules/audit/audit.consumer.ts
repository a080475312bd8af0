import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AUDIT_STORE, AuditEvents, type AuditRecordedData, type DomainEvent, type EventBus, type Logger } from '@careline/service-kit';
import { AuditOutcome } from './audit-entry.entity.js';
import { identityEnv } from '../../env.js';

const OUTCOMES = new Set<string>(Object.values(AuditOutcome));
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** One audit_entry row, in the column names the batch INSERT reads from JSON. */
function rowOf(event: DomainEvent<AuditRecordedData>) {
  const data = event.data;
  const at = new Date(data.at);
  return {
    id: event.id,
    service: data.service ?? event.source,
    at: (Number.isNaN(at.getTime()) ? new Date(event.occurredAt) : at).toISOString(),
    actor_kind: data.actorKind ?? 'anonymous',
    actor_id: text(data.actorId),
    actor_name: text(data.actorName),
    role: text(data.role),
    department: text(data.department),
    partner_id: text(data.partnerId),
    operation: data.operation ?? 'unknown',
    root_fields: list(data.rootFields),
    operation_hash: text(data.operationHash),
    target_type: text(data.targetType),
    target_ids: list(data.targetIds),
    fields: list(data.fields),
    customer_ids: list(data.customerIds),
    request_id: text(data.requestId),
    client_ip: text(data.clientIp),
    // an outcome this version does not know is kept as a failure rather than dropped
    outcome: OUTCOMES.has(data.outcome) ? data.outcome : AuditOutcome.FAILED,
    reason: text(data.reason),
    occurred_at: text(data.occurredAt),
  };
}

const COLUMNS = `id uuid, service text, at timestamptz, actor_kind text, actor_id text, actor_name text, role text, department text,
  partner_id text, operation text, root_fields text[], operation_hash text, target_type text, target_ids text[], fields text[],
  customer_ids text[], request_id text, client_ip text, outcome text, reason text, occurred_at timestamptz`;
const NAMES = COLUMNS.split(',')
  .map((column) => column.trim().split(' ')[0])
  .join(', ');

/**
 * AuditRecorded events → audit_entry rows, one INSERT for the whole batch. The entry's id is the
 * event's id and a conflict on it is ignored, so a redelivered event (a retried batch, a replay)
 * is stored once without a processed_event row per entry.
 * @returns the ids stored by this call (those not stored before)
 */
export async function recordAuditEntries(rootEm: EntityManager, events: DomainEvent<AuditRecordedData>[]): Promise<string[]> {
  if (!events.length) return [];
  const rows = await rootEm
    .fork()
    .getConnection()
    .execute<{ id: string }[]>(
      `insert into "identity"."audit_entry" (${NAMES}, recorded_at)
       select ${NAMES}, clock_timestamp() from jsonb_to_recordset(?::jsonb) as r(${COLUMNS})
       on conflict (id) do nothing returning id`,
      [JSON.stringify(events.map(rowOf))],
    );
  return rows.map((row) => row.id);
}

/**
 * One AuditRecorded event → one audit_entry row, at most once.
 * @returns whether this delivery was the first one of the event
 */
export async function recordAuditEntry(rootEm: EntityManager, event: DomainEvent<AuditRecordedData>): Promise<boolean> {
  return (await recordAuditEntries(rootEm, [event])).length === 1;
}

/**
 * The ServiceDefinition's `subscribe` hook: identity keeps the audit log of every service.
 * Batches of AUDIT_BATCH_SIZE events, AUDIT_WORKERS of them at a time, each stored with one INSERT
 * (see docs/audit.md for why and the figures).
 */
export async function subscribeAuditConsumer(scope: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  const env = identityEnv();
  await scope.bus.subscribeBatch<AuditRecordedData>(
    AUDIT_STORE,
    AuditEvents.AuditRecorded,
    { batchSize: env.AUDIT_BATCH_SIZE, workers: env.AUDIT_WORKERS },
    async (events) => {
      await recordAuditEntries(scope.orm.em, events);
    },
  );
}
