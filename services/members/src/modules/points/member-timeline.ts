import { TimelinePages, type TimelineRow, type TimelineSource } from '@careline/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberTimelineKind as Kind, type MemberTimelineEntry } from './member-timeline.types.js';

/** One SELECT per kind, the same columns in each, for the customers in the CTE `ids` (as crm's Customer.timeline). */
const SELECTS: Record<Kind, (schema: string) => string> = {
  [Kind.CONSUMPTION]: (s) =>
    `select 'CONSUMPTION' as kind, id::text as record_id, customer_id, membership_id, occurred_at as at, source::text as code,
       status::text as status, amount_fen, points_earned + bonus_points as points, null::int as balance_after,
       coalesce(staff_id, recorded_by) as staff_id
     from ${s}.consumption where customer_id in (select id from ids)`,
  [Kind.POINTS]: (s) =>
    `select 'POINTS' as kind, id::text as record_id, customer_id, membership_id, created_at as at, kind::text as code, null::text as status,
       null::bigint as amount_fen, points, balance_after, operator_id as staff_id
     from ${s}.points_entry where customer_id in (select id from ids)`,
};

interface Row extends TimelineRow {
  kind: Kind;
  membership_id: string | null;
  code: string;
  status: string | null;
  amount_fen: string | number | null;
  points: number;
  balance_after: number | null;
  staff_id: string | null;
}

/** members' part of the customer 360's timeline, paged by the service kit's TimelinePages. */
const SOURCE: TimelineSource<Kind, Row, MemberTimelineEntry> = {
  select: (kind, schema) => SELECTS[kind](schema),
  columns: 'membership_id, code, status, amount_fen, points, balance_after, staff_id',
  toNode: (row) => ({
    id: `${row.kind}:${row.record_id}`,
    kind: row.kind,
    recordId: row.record_id,
    membershipId: row.membership_id,
    at: new Date(row.at),
    code: row.code,
    status: row.status,
    amountFen: row.amount_fen === null ? null : Number(row.amount_fen),
    points: Number(row.points),
    balanceAfter: row.balance_after === null ? null : Number(row.balance_after),
    staffId: row.staff_id,
  }),
};

/** Customer.memberTimeline for every customer of a response at once: one statement per distinct (first, after, kinds). */
export const memberTimelines = (em: EntityManager): TimelinePages<Kind, Row, MemberTimelineEntry> => new TimelinePages(em, SOURCE);
