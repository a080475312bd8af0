import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from '@careline/service-kit';
import { ANALYTICS } from '../../context.js';
import type { FactDispatcher } from './fact-dispatcher.js';

const BATCH = 2000;

export interface ReplayProgress {
  applied: number;
  total: number;
}

/**
 * Rebuilds every fact and rollup from analytics.event_log, in one transaction: truncates the
 * dispatcher's tables, then re-applies the log in (occurred_at, event_id) order. processed_event and
 * event_log are kept.
 */
export async function replayEventLog(
  rootEm: EntityManager,
  dispatcher: FactDispatcher,
  timeZone: string,
  onProgress: (progress: ReplayProgress) => void = () => undefined,
): Promise<ReplayProgress> {
  return rootEm.fork().transactional(async (em) => {
    await em.execute(`truncate ${dispatcher.tables.join(', ')}`);
    const [counted] = await em.execute<{ total: number }[]>(`select count(*)::int as total from "${ANALYTICS}"."event_log"`);
    const total = counted?.total ?? 0;
    let applied = 0;
    let after: { occurredAt: string; eventId: string } | null = null;
    for (;;) {
      const rows: { event_id: string; event_type: string; occurred_at: string; payload: unknown }[] = await em.execute(
        `select event_id, event_type, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at, payload
         from "${ANALYTICS}"."event_log"
         ${after ? `where (occurred_at, event_id) > (?::timestamptz, ?::uuid)` : ''}
         order by occurred_at, event_id limit ${BATCH}`,
        after ? [after.occurredAt, after.eventId] : [],
      );
      if (rows.length === 0) break;
      dispatcher.beginBulk(em, { timeZone });
      for (const row of rows) {
        const event: DomainEvent<unknown> = {
          id: row.event_id,
          type: row.event_type,
          source: 'replay',
          occurredAt: row.occurred_at,
          data: row.payload,
        };
        await dispatcher.apply(em, event, { timeZone });
        applied += 1;
      }
      await dispatcher.endBulk(em);
      const last = rows[rows.length - 1]!;
      after = { occurredAt: last.occurred_at, eventId: last.event_id };
      onProgress({ applied, total });
    }
    return { applied, total };
  });
}
