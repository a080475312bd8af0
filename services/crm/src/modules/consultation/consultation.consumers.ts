import type { MikroORM } from '@mikro-orm/postgresql';
import { Events, type CustomerRegisteredData, type EventBus } from '@careline/service-kit';
import { linkConsultationsToCustomer } from './consultation.service.js';

/** A customer registered after their consultations: link those with the same phone (idempotent). */
export async function subscribeConsultationEvents({ bus, orm }: { bus: EventBus; orm: MikroORM }): Promise<void> {
  await bus.subscribe<CustomerRegisteredData>('crm-consultation', Events.CustomerRegistered, async (event) => {
    await orm.em.fork().transactional((em) => linkConsultationsToCustomer(em, bus, event.data.customerId));
  });
}
