import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  Events,
  consumeOnce,
  type CustomerRegisteredData,
  type DomainEvent,
  type EventBus,
  type Logger,
  type MemberEnrolledData,
} from '@careline/service-kit';
import { ANALYTICS } from '../../context.js';
import { FactsService } from './facts.service.js';

export interface FactConsumers {
  /** resolves to false when the event, or the fact it carries, was already recorded */
  onCustomerRegistered(event: DomainEvent<CustomerRegisteredData>): Promise<boolean>;
  onMemberEnrolled(event: DomainEvent<MemberEnrolledData>): Promise<boolean>;
}

/** The event handlers, each at most once per event id (consumeOnce) and in one transaction. */
export function createFactConsumers(orm: MikroORM, timeZone: string): FactConsumers {
  const facts = new FactsService(timeZone);
  const once = async (event: DomainEvent<unknown>, record: (em: EntityManager) => Promise<boolean>): Promise<boolean> => {
    let recorded = false;
    const fresh = await consumeOnce(orm.em, ANALYTICS, event, async (em) => {
      recorded = await record(em);
    });
    return fresh && recorded;
  };
  return {
    onCustomerRegistered: (event) => once(event, (em) => facts.recordCustomerRegistered(em, event.data)),
    onMemberEnrolled: (event) => once(event, (em) => facts.recordMemberEnrolled(em, event.data)),
  };
}

/** The ServiceDefinition's `subscribe` hook: analytics' own queue for each event it counts. */
export async function subscribeFactConsumers(scope: { bus: EventBus; orm: MikroORM; log: Logger }, timeZone: string): Promise<void> {
  const consumers = createFactConsumers(scope.orm, timeZone);
  await scope.bus.subscribe<CustomerRegisteredData>(ANALYTICS, Events.CustomerRegistered, async (event) => {
    await consumers.onCustomerRegistered(event);
  });
  await scope.bus.subscribe<MemberEnrolledData>(ANALYTICS, Events.MemberEnrolled, async (event) => {
    await consumers.onMemberEnrolled(event);
  });
  scope.log.info({ timeZone, events: [Events.CustomerRegistered, Events.MemberEnrolled] }, 'analytics consumers subscribed');
}
