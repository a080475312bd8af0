import type { EntityManager } from '@mikro-orm/postgresql';
import { Events, type CustomerRegisteredData, type DomainEvent, type MemberEnrolledData } from '@careline/service-kit';
import { ANALYTICS } from '../../context.js';
import { FactsService } from './facts.service.js';
import { MEMBERS_ANALYTICS_TABLES, membersAppliers } from '../members-analytics/members-analytics.module.js';
import { careAppliers, finishCareBatch, startCareBatch } from '../care/care.appliers.js';

export interface FactContext {
  /** the hospital's IANA time zone: every fact's day is its calendar day there */
  timeZone: string;
}

/**
 * Turns one consumed event into facts and keeps their rollups in step, in the caller's transaction.
 * Idempotent by the fact's natural key (insert … on conflict): applying an event twice, or a
 * re-published copy under a new id, changes nothing. May resolve to false when the fact was already
 * recorded (the direct-call consumers report it); anything else counts as recorded.
 */
export type FactApplier = (em: EntityManager, event: DomainEvent<any>, ctx: FactContext) => Promise<void | boolean>;

const core: Record<string, FactApplier[]> = {
  [Events.CustomerRegistered]: [
    (em, event: DomainEvent<CustomerRegisteredData>, ctx) => new FactsService(ctx.timeZone).recordCustomerRegistered(em, event.data),
  ],
  [Events.MemberEnrolled]: [
    (em, event: DomainEvent<MemberEnrolledData>, ctx) => new FactsService(ctx.timeZone).recordMemberEnrolled(em, event.data),
  ],
};

/** Merges appliers lists per event type, in the order given (each module keeps its own object). */
export function mergeAppliers(...sources: Record<string, FactApplier[]>[]): Record<string, FactApplier[]> {
  const merged: Record<string, FactApplier[]> = {};
  for (const source of sources) {
    for (const [type, appliers] of Object.entries(source)) merged[type] = [...(merged[type] ?? []), ...appliers];
  }
  return merged;
}

/**
 * The one dispatcher: event type → the appliers that record it. Other analytics modules add theirs
 * by spreading their module's `xxxAppliers` object into the mergeAppliers call.
 */
export const FACT_APPLIERS: Record<string, FactApplier[]> = mergeAppliers(core, membersAppliers, careAppliers);

/**
 * Every table the appliers write (facts and rollups), schema-qualified: the replay truncates them
 * all before re-applying the event log. Modules add their own lists here.
 */
export const FACT_TABLES: string[] = [
  `"${ANALYTICS}"."customer_fact"`,
  `"${ANALYTICS}"."membership_fact"`,
  `"${ANALYTICS}"."daily_new_customers"`,
  `"${ANALYTICS}"."staff_dim"`,
  `"${ANALYTICS}"."care_fact"`,
  `"${ANALYTICS}"."kpi_daily"`,
  ...MEMBERS_ANALYTICS_TABLES,
];

/**
 * Applies `event` with every applier registered for its type. Appliers that answer with a boolean
 * say whether their fact was new; those that answer nothing have no opinion. False when some applier
 * answered and none said its fact was new (a re-published copy under a new id).
 */
export async function applyEvent(em: EntityManager, event: DomainEvent<unknown>, ctx: FactContext): Promise<boolean> {
  const appliers = FACT_APPLIERS[event.type] ?? [];
  const answers: boolean[] = [];
  for (const apply of appliers) {
    const result = await apply(em, event, ctx);
    if (typeof result === 'boolean') answers.push(result);
  }
  return answers.length === 0 || answers.some(Boolean);
}

/** Appends the event to analytics.event_log (inside the consuming transaction). */
export async function logEvent(em: EntityManager, event: DomainEvent<unknown>): Promise<void> {
  await em.execute(
    `insert into "${ANALYTICS}"."event_log" (event_id, event_type, occurred_at, payload, received_at)
     values (?, ?, ?::timestamptz, ?::jsonb, now()) on conflict (event_id) do nothing`,
    [event.id, event.type, event.occurredAt, JSON.stringify(event.data)],
  );
}

/**
 * Bulk loads (the seed's bulk path, the replay): between beginBulk and endBulk, appliers that can
 * defer their rollup updates to the end of `em`'s transaction do so (the front-line rollup is then
 * updated once per batch instead of once per event). endBulk must run before the transaction commits.
 */
export function beginBulk(em: EntityManager, ctx: FactContext): void {
  startCareBatch(em, ctx.timeZone);
}

export async function endBulk(em: EntityManager): Promise<void> {
  await finishCareBatch(em);
}
