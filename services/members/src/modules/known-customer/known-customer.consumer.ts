import type { EntityManager } from '@mikro-orm/postgresql';
import { consumeOnce, type CustomerBirthDateChangedData, type CustomerRegisteredData, type DomainEvent } from '@careline/service-kit';
import { KnownCustomer } from './known-customer.entity.js';

const BIRTH_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function normaliseBirthDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return BIRTH_DATE.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : null;
}

/**
 * CustomerRegistered → one known_customer row. Idempotent twice over: the event id is recorded in
 * processed_event (a redelivery changes nothing), and the insert ignores a customer already known
 * (a second event about the same customer changes nothing either).
 * @returns whether this delivery was the first one of the event
 */
export function recordCustomerRegistered(rootEm: EntityManager, event: DomainEvent<CustomerRegisteredData>): Promise<boolean> {
  return consumeOnce(rootEm, 'members', event, async (em) => {
    await em
      .createQueryBuilder(KnownCustomer)
      .insert({
        customerId: event.data.customerId,
        channel: event.data.channel,
        region: event.data.region,
        registeredAt: new Date(event.data.registeredAt),
        // events published before key accounts existed carry none
        keyAccountId: event.data.keyAccountId ?? null,
        // nor a birth date; a malformed one is dropped rather than failing the event forever
        birthDate: normaliseBirthDate(event.data.birthDate),
        recordedAt: new Date(),
      })
      .onConflict('customerId')
      .ignore()
      .execute();
  });
}

/**
 * CustomerBirthDateChanged → the known customer's birth date, so a date added (or corrected) after
 * registration reaches the birthday list and birthday-month points. Once per event (processed_event);
 * when CustomerRegistered has not arrived yet, the event's registration facts record the customer,
 * and the later CustomerRegistered then changes nothing (its insert ignores a known customer).
 * @returns whether this delivery was the first one of the event
 */
export function recordCustomerBirthDateChanged(rootEm: EntityManager, event: DomainEvent<CustomerBirthDateChangedData>): Promise<boolean> {
  return consumeOnce(rootEm, 'members', event, async (em) => {
    const birthDate = normaliseBirthDate(event.data.birthDate);
    await em
      .createQueryBuilder(KnownCustomer)
      .insert({
        customerId: event.data.customerId,
        channel: event.data.channel,
        region: event.data.region,
        registeredAt: new Date(event.data.registeredAt),
        keyAccountId: event.data.keyAccountId ?? null,
        birthDate,
        recordedAt: new Date(),
      })
      .onConflict('customerId')
      .merge({ birthDate })
      .execute();
  });
}
