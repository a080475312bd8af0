import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One front-line fact from crm's events (consultation, appointment, visit, deal, follow-up,
 * complaint, customer), keyed by its natural id. `data` is the fact's fields merged from every
 * event about it (a visit's registration and its outcome), so a redelivered event merges the same
 * values again and changes nothing.
 *
 * `subject` groups the facts whose KPI contributions depend on each other: the customer id, or the
 * fact itself while it has no customer (a consultation before its customer exists).
 *
 * The key columns compare bytewise (`COLLATE "C"`), as kpi_daily's do: they hold codes and ids,
 * never words, and under a libc locale every comparison in their indexes is a `strcoll` call (a
 * bulk load inserts ≈ one fact an event into both).
 */
@Entity({ tableName: 'care_fact' })
export class CareFact {
  [PrimaryKeyProp]?: ['kind', 'factId'];

  @PrimaryKey({ type: 'text', collation: 'C' })
  kind: string;

  @PrimaryKey({ type: 'text', collation: 'C' })
  factId: string;

  @Property({ type: 'text', collation: 'C' })
  @Index({ name: 'care_fact_subject_idx' })
  subject: string;

  /** an appointment id a visit refers to, or a visit's appointment: finds the other side of the link */
  @Property({ type: 'text', collation: 'C', nullable: true })
  @Index({ name: 'care_fact_link_idx' })
  link: string | null = null;

  /** a staff id whose department was unknown when the fact was recorded (filled when StaffRegistered arrives) */
  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'care_fact_pending_staff_idx' })
  pendingStaff: string | null = null;

  @Property({ type: 'jsonb' })
  data: Record<string, unknown>;
}
