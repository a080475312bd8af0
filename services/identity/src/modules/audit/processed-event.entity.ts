import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One row per event identity has consumed; `consumeOnce` inserts the id in the handler's own
 * transaction, so a redelivered event finds it and changes nothing. Columns match the kit's
 * `processedEventTableSql`.
 */
@Entity({ tableName: 'processed_event' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId: string;

  @Property({ type: 'text' })
  eventType: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  processedAt: Date;
}
