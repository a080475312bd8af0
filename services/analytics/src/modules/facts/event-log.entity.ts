import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Every event analytics consumed, appended in the same transaction as its facts (inside
 * consumeOnce). The replay command rebuilds every fact and rollup from this table alone.
 */
@Entity({ tableName: 'event_log' })
@Index({ name: 'event_log_replay_order_idx', properties: ['occurredAt', 'eventId'] })
export class EventLog {
  @PrimaryKey({ type: 'uuid' })
  eventId: string;

  @Property({ type: 'text' })
  eventType: string;

  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  @Property({ type: 'jsonb' })
  payload: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date;
}
