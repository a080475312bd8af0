import { stripVTControlCharacters } from 'node:util';
import {
  AuditEvents,
  newId,
  type AuditRecordedData,
  type Caller,
  type CustomerRegisteredData,
  type DomainEvent,
} from '@careline/service-kit';
import type { TestService } from '@careline/service-kit/testing';
import { recordCustomerRegistered } from '../src/modules/known-customer/known-customer.consumer.js';

/** The SQL statements among captured ORM log lines, without the logger's colour codes. */
export function statements(queries: string[], verb = 'select'): string[] {
  return queries
    .map((line) => stripVTControlCharacters(line).replace(/^\[query\]\s*/, ''))
    .filter((sql) => sql.toLowerCase().startsWith(verb));
}

export function customerRegistered(data: Partial<CustomerRegisteredData> = {}): DomainEvent<CustomerRegisteredData> {
  return {
    id: newId(),
    type: 'CustomerRegistered',
    source: 'crm',
    occurredAt: new Date().toISOString(),
    data: { customerId: newId(), channel: 'PHONE', region: '天河区', registeredAt: new Date().toISOString(), keyAccountId: null, ...data },
  };
}

/** A customer members knows of, as if crm's CustomerRegistered had arrived; optionally one of a key account's people. */
export async function knownCustomer(members: TestService, keyAccountId: string | null = null): Promise<string> {
  const event = customerRegistered({ keyAccountId });
  await recordCustomerRegistered(members.orm.em, event);
  return event.data.customerId;
}

export async function countRows(members: TestService, sql: string, params: unknown[] = []): Promise<number> {
  const rows = await members.orm.em.getConnection().execute<{ count: number }[]>(sql, params);
  return rows[0]!.count;
}

const AUDIT_QUEUE = 'audit-probe.AuditRecorded';

/**
 * Stands in for identity, which keeps the audit log: a queue subscribed to AuditRecorded and never
 * worked, so every entry the service publishes stays in pgboss.job to be read back.
 */
export async function auditProbe(service: TestService) {
  await service.bus.jobs.createQueue(AUDIT_QUEUE);
  await service.bus.jobs.subscribe(AuditEvents.AuditRecorded, AUDIT_QUEUE);
  return {
    /** every entry recorded for `actorId`, oldest first */
    async entriesOf(actorId: string): Promise<AuditRecordedData[]> {
      const rows = await service.orm.em
        .getConnection()
        .execute<{ entry: AuditRecordedData }[]>(
          `select data->'data' as entry from pgboss.job where name = ? and data->'data'->>'actorId' = ? order by created_on, id`,
          [AUDIT_QUEUE, actorId],
        );
      return rows.map((row) => row.entry);
    },
  };
}

/** A staff caller with a fresh id, so a test can pick out its own audit entries. */
export const staff = (role: string, department: string, name = `${role} ${department}`): Caller => ({
  kind: 'staff',
  id: newId(),
  name,
  role,
  department,
});

/** A partner organisation's API key, linked to key account `keyAccountId`. */
export const partner = (keyAccountId: string | undefined, name = '合作单位'): Caller => ({
  kind: 'partner',
  id: newId(),
  name,
  partnerId: keyAccountId,
  scopes: [],
});
