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
import { logEvent, type FactDispatcher } from './fact-dispatcher.js';

export interface FactConsumers {
  /**
   * Any event analytics consumes: logged in analytics.event_log and applied by the dispatcher, at
   * most once per event id and in one transaction. Resolves to false when the event, or the fact it
   * carries, was already recorded.
   */
  consume(event: DomainEvent<unknown>): Promise<boolean>;
  onCustomerRegistered(event: DomainEvent<CustomerRegisteredData>): Promise<boolean>;
  onMemberEnrolled(event: DomainEvent<MemberEnrolledData>): Promise<boolean>;
}

/** The event handlers, each at most once per event id (consumeOnce) and in one transaction. */
export function createFactConsumers(orm: MikroORM, dispatcher: FactDispatcher, timeZone: string): FactConsumers {
  const consume = async (event: DomainEvent<unknown>): Promise<boolean> => {
    let recorded = false;
    const fresh = await consumeOnce(orm.em, ANALYTICS, event, async (em) => {
      await logEvent(em, event);
      recorded = await dispatcher.apply(em, event, { timeZone });
    });
    return fresh && recorded;
  };
  return { consume, onCustomerRegistered: consume, onMemberEnrolled: consume };
}

/** The facts module's `subscribe` hook: analytics' own queue for every event type the dispatcher records. */
export async function subscribeFactConsumers(
  scope: { bus: EventBus; orm: MikroORM; log: Logger },
  dispatcher: FactDispatcher,
  timeZone: string,
): Promise<void> {
  const consumers = createFactConsumers(scope.orm, dispatcher, timeZone);
  const types = dispatcher.eventTypes;
  for (const type of types) {
    await scope.bus.subscribe(ANALYTICS, type, async (event) => {
      await consumers.consume(event);
    });
  }
  scope.log.info({ timeZone, events: types }, 'analytics consumers subscribed');
}
