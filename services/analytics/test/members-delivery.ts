import type { MikroORM } from '@mikro-orm/postgresql';
import { consumeOnce, type DomainEvent } from '@careline/service-kit';
import { FactDispatcher } from '../src/modules/facts/fact-dispatcher.js';
import { membersAnalyticsFacts } from '../src/modules/members-analytics/members-analytics.appliers.js';

/** A dispatcher with the membership appliers only. */
const membersOnly = new FactDispatcher([membersAnalyticsFacts]);

/**
 * Delivers an event as analytics' consumer does: at most once per event id (consumeOnce), the
 * membership appliers in the consuming transaction. Re-published copies (new ids) get through to
 * the appliers, which must count them once by the fact's natural key.
 */
export function membersConsumer(orm: MikroORM, timeZone = 'Asia/Shanghai') {
  return {
    consume: (event: DomainEvent<unknown>) =>
      consumeOnce(orm.em, 'analytics', event, async (em) => {
        await membersOnly.apply(em, event, { timeZone });
      }),
  };
}
