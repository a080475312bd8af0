import type { MikroORM } from '@mikro-orm/postgresql';
import {
  consumeOnce,
  type CustomerRegisteredData,
  type DomainEvent,
  type EventBus,
  type Logger,
  type MemberEnrolledData,
} from '@careline/service-kit';
import { ANALYTICS } from '../../context.js';
import { applyEvent, FACT_APPLIERS, logEvent } from './fact-appliers.js';

export interface FactConsumers {
  /**
   * Any event analytics consumes: logged in analytics.event_log and applied by FACT_APPLIERS, at
   * most once per event id and in one transaction. Resolves to false when the event, or the fact it
   * carries, was already recorded.
   */
  consume(event: DomainEvent<unknown>): Promise<boolean>;
  onCustomerRegistered(event: DomainEvent<CustomerRegisteredData>): Promise<boolean>;
  onMemberEnrolled(event: DomainEvent<MemberEnrolledData>): Promise<boolean>;
}

/** The event handlers, each at most once per event id (consumeOnce) and in one transaction. */
export function createFactConsumers(orm: MikroORM, timeZone: string): FactConsumers {
  const consume = async (event: DomainEvent<unknown>): Promise<boolean> => {
    let recorded = false;
    const fresh = await consumeOnce(orm.em, ANALYTICS, event, async (em) => {
      await logEvent(em, event);
      recorded = await applyEvent(em, event, { timeZone });
    });
    return fresh && recorded;
  };
  return { consume, onCustomerRegistered: consume, onMemberEnrolled: consume };
}

/** The ServiceDefinition's `subscribe` hook: analytics' own queue for every event type it records. */
export async function subscribeFactConsumers(scope: { bus: EventBus; orm: MikroORM; log: Logger }, timeZone: string): Promise<void> {
  const consumers = createFactConsumers(scope.orm, timeZone);
  const types = Object.keys(FACT_APPLIERS).sort();
  for (const type of types) {
    await scope.bus.subscribe(ANALYTICS, type, async (event) => {
      await consumers.consume(event);
    });
  }
  scope.log.info({ timeZone, events: types }, 'analytics consumers subscribed');
}
