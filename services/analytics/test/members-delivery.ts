import type { MikroORM } from '@mikro-orm/postgresql';
import { consumeOnce, type DomainEvent } from '@careline/service-kit';
import { membersAppliers } from '../src/modules/members-analytics/members-analytics.module.js';

/**
 * Delivers an event as analytics' consumer does: at most once per event id (consumeOnce), the
 * membership appliers in the consuming transaction. Re-published copies (new ids) get through to
 * the appliers, which must count them once by the fact's natural key.
 */
export function membersConsumer(orm: MikroORM, timeZone = 'Asia/Shanghai') {
  return {
    consume: (event: DomainEvent<unknown>) =>
      consumeOnce(orm.em, 'analytics', event, async (em) => {
        for (const apply of membersAppliers[event.type] ?? []) await apply(em, event, { timeZone });
      }),
  };
}
