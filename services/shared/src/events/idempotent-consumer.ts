import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from './event-bus.js';

/**
 * Runs `handle` at most once per event id: the id is recorded in the consumer's own
 * `processed_event` table in the same transaction as the handler's writes, so a redelivered
 * event (pg-boss retries, replays) finds its id and changes nothing.
 */
export async function consumeOnce<T>(
  rootEm: EntityManager,
  schema: string,
  event: DomainEvent<T>,
  handle: (em: EntityManager) => Promise<void>,
): Promise<boolean> {
  return rootEm.fork().transactional(async (em) => {
    const inserted = await em
      .getConnection()
      .execute<{ event_id: string }[]>(
        `insert into "${schema}"."processed_event" (event_id, event_type, processed_at) values (?, ?, now()) on conflict do nothing returning event_id`,
        [event.id, event.type],
        'all',
        em.getTransactionContext(),
      );
    if (inserted.length === 0) return false;
    await handle(em);
    return true;
  });
}

/** SQL for the table every consuming service creates in its first migration. */
export const processedEventTableSql = (schema: string) =>
  `create table if not exists "${schema}"."processed_event" (event_id uuid primary key, event_type text not null, processed_at timestamptz not null default now());`;
