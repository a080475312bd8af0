import type { FeatureModule } from '@careline/service-kit';
import { analyticsEnv } from '../../env.js';
import { EventLog } from './event-log.entity.js';
import { ProcessedEvent } from './processed-event.entity.js';
import type { FactDispatcher } from './fact-dispatcher.js';
import { subscribeFactConsumers } from './facts.consumers.js';

/**
 * The event log and the consumers: every event type `dispatcher` records is consumed once, logged
 * in analytics.event_log and handed to the dispatcher (which the other modules gave their appliers).
 */
export function createFactsModule(dispatcher: FactDispatcher): FeatureModule {
  return {
    name: 'facts',
    entities: [ProcessedEvent, EventLog],
    subscribe: (scope) => subscribeFactConsumers(scope, dispatcher, analyticsEnv().HOSPITAL_TIME_ZONE),
    // a bulk load cut short left its committed batches' rollups staged: they count from the start
    bootstrap: (scope) => scope.orm.em.fork().transactional((tx) => dispatcher.foldStaged(tx)),
  };
}
