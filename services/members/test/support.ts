import { stripVTControlCharacters } from 'node:util';
import { newId, type CustomerRegisteredData, type DomainEvent } from '@careline/service-kit';
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

export { auditProbe, partner, staff } from '@careline/service-kit/testing';
