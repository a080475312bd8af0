import { Role, TimelinePages, type Caller, type TimelineRow, type TimelineSource } from '@careline/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { COMPLAINT_DEPARTMENTS, FOLLOW_UP_DEPARTMENTS } from '../../common/care-access.js';
import { CustomerTimelineKind as Kind, type CustomerTimelineEntry } from './dto/customer-timeline.types.js';

/**
 * The kinds a caller may see, by the same rules as the records' own lists (common/care-access.ts):
 * consultations, appointments, visits and deals for the front line; follow-ups for CUSTOMER_SERVICE
 * and MEMBER_CENTRE; complaints for CUSTOMER_SERVICE, ONSITE and finance; everything for the
 * director and system jobs. A kind the caller may not see is left out of the timeline, not refused.
 */
export function visibleKinds(caller: Caller): Kind[] {
  const all = Object.values(Kind);
  if (caller.kind === 'system' || (caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR)) return all;
  if (caller.kind !== 'staff') return [];
  if (caller.role === Role.FINANCE) return [Kind.COMPLAINT];
  if (caller.role !== Role.DEPT_ADMIN && caller.role !== Role.STAFF) return [];
  const department = caller.department ?? '';
  return all.filter(
    (kind) =>
      (kind !== Kind.FOLLOW_UP || (FOLLOW_UP_DEPARTMENTS as readonly string[]).includes(department)) &&
      (kind !== Kind.COMPLAINT || (COMPLAINT_DEPARTMENTS as readonly string[]).includes(department)),
  );
}

/**
 * One SELECT per kind, the same columns in each, for the customers in the CTE `ids`. `at_key` is
 * the time to the microsecond as text, so the keyset cursor compares exactly what PostgreSQL stores.
 */
const SELECTS: Record<Kind, (schema: string) => string> = {
  [Kind.CONSULTATION]: (s) =>
    `select 'CONSULTATION' as kind, id::text as record_id, customer_id, consulted_at as at, outcome::text as code, channel::text as status,
       department_code, null::bigint as amount_fen, consultant_id as staff_id, null::uuid as visit_id
     from ${s}.consultation where customer_id in (select id from ids)`,
  [Kind.APPOINTMENT]: (s) =>
    `select 'APPOINTMENT' as kind, id::text as record_id, customer_id, slot_start as at, type::text as code, status::text as status, department_code,
       null::bigint as amount_fen, doctor_id as staff_id, null::uuid as visit_id
     from ${s}.appointment where customer_id in (select id from ids)`,
  [Kind.VISIT]: (s) =>
    `select 'VISIT' as kind, id::text as record_id, customer_id, arrived_at as at, type::text as code,
       case when dealt is null then 'PENDING' when dealt then 'DEALT' else 'NOT_DEALT' end as status, department_code, deal_amount_fen as amount_fen,
       coalesce(onsite_consultant_id, doctor_id) as staff_id, null::uuid as visit_id
     from ${s}.visit where customer_id in (select id from ids)`,
  [Kind.DEAL]: (s) =>
    `select 'DEAL' as kind, receipt_number as record_id, customer_id, occurred_at as at, null::text as code, null::text as status,
       null::text as department_code, amount_fen, null::uuid as staff_id, visit_id
     from ${s}.customer_deal where customer_id in (select id from ids)`,
  [Kind.FOLLOW_UP]: (s) =>
    `select 'FOLLOW_UP' as kind, id::text as record_id, customer_id, coalesce(completed_at, due_date::timestamp at time zone 'Asia/Shanghai') as at,
       type::text as code, status::text as status, department_code, null::bigint as amount_fen, coalesce(completed_by, assignee_id) as staff_id,
       null::uuid as visit_id
     from ${s}.follow_up_task where customer_id in (select id from ids)`,
  [Kind.COMPLAINT]: (s) =>
    `select 'COMPLAINT' as kind, id::text as record_id, customer_id, received_at as at, category::text as code, status::text as status,
       department_code, amount_fen, received_by as staff_id, null::uuid as visit_id
     from ${s}.complaint where customer_id in (select id from ids)`,
};

interface Row extends TimelineRow {
  kind: Kind;
  code: string | null;
  status: string | null;
  department_code: string | null;
  amount_fen: string | number | null;
  staff_id: string | null;
  visit_id: string | null;
}

/** crm's part of the customer 360's timeline, paged by the service kit's TimelinePages. */
const SOURCE: TimelineSource<Kind, Row, CustomerTimelineEntry> = {
  select: (kind, schema) => SELECTS[kind](schema),
  columns: 'code, status, department_code, amount_fen, staff_id, visit_id',
  toNode: (row) => ({
    id: `${row.kind}:${row.record_id}`,
    kind: row.kind,
    recordId: row.record_id,
    at: new Date(row.at),
    code: row.code,
    status: row.status,
    departmentCode: row.department_code,
    amountFen: row.amount_fen === null ? null : Number(row.amount_fen),
    staffId: row.staff_id,
    visitId: row.visit_id,
  }),
};

/** Customer.timeline for every customer of a response at once: one statement per distinct (first, after, kinds). */
export const customerTimelines = (em: EntityManager): TimelinePages<Kind, Row, CustomerTimelineEntry> => new TimelinePages(em, SOURCE);
