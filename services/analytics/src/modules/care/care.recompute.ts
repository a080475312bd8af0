import type { EntityManager } from '@mikro-orm/postgresql';
import { ANALYTICS } from '../../context.js';

/**
 * The front-line measures recomputed straight from analytics.care_fact in SQL, independently of
 * the appliers' code (days computed by PostgreSQL in the hospital's zone): the check that
 * kpi_daily is right (tests) and the "from raw facts" side of the dashboard benchmark.
 * One row per measure: metric, hospital day, department, value.
 */
export function measuresFromFactsSql(timeZone: string): string {
  const zone = `'${timeZone.replace(/'/g, "''")}'`;
  return `
  with f as (select kind, fact_id, subject, data from "${ANALYTICS}"."care_fact"),
  visits as (select *, coalesce(data->>'arrivedAt', data->>'outcomeAt')::timestamptz as arrival from f where kind = 'visit'),
  -- bookings still standing: a cancelled or no-show one (cancelKind) counts only when a visit arrived on it anyway
  bookings as (select * from f a where a.kind = 'appointment' and (a.data->>'cancelKind' is null
    or exists (select 1 from visits v where v.subject = a.subject and v.data->>'appointmentId' = a.fact_id and (v.data->>'arrivedAt') is not null))),
  m as (
    select 'CONSULTATIONS' as metric, ((data->>'consultedAt')::timestamptz at time zone ${zone})::date as day, data->>'departmentCode' as department, 1::bigint as value
      from f where kind = 'consultation' and (data->>'consultedAt') is not null
    union all
    select 'CONSULTATIONS_VISITED', ((c.data->>'consultedAt')::timestamptz at time zone ${zone})::date, c.data->>'departmentCode', 1
      from f c where c.kind = 'consultation' and (c.data->>'consultedAt') is not null
       and exists (select 1 from visits v where v.subject = c.subject and (v.data->>'arrivedAt')::timestamptz >= (c.data->>'consultedAt')::timestamptz)
    union all
    select 'BOOKINGS', ((a.data->>'slotStart')::timestamptz at time zone ${zone})::date, a.data->>'departmentCode', 1 from bookings a
    union all
    select 'BOOKINGS_DEALT', ((a.data->>'slotStart')::timestamptz at time zone ${zone})::date, a.data->>'departmentCode', 1 from bookings a
      where exists (select 1 from visits v where v.subject = a.subject and v.data->>'appointmentId' = a.fact_id and (v.data->>'dealt')::boolean)
    union all
    select 'OUTPATIENT_VISITS', (arrival at time zone ${zone})::date, data->>'departmentCode', 1 from visits where (data->>'arrivedAt') is not null
    union all
    select 'DEALT_VISITS', (arrival at time zone ${zone})::date, data->>'departmentCode', 1 from visits where (data->>'dealt')::boolean
    union all
    select 'SALES_FEN', (arrival at time zone ${zone})::date, data->>'departmentCode', (data->>'amountFen')::bigint from visits where (data->>'dealt')::boolean
    union all
    select 'RETURNING_DEALT_VISITS', (v.arrival at time zone ${zone})::date, v.data->>'departmentCode', 1 from visits v
      where (v.data->>'dealt')::boolean and exists (select 1 from visits u where u.subject = v.subject and (u.data->>'dealt')::boolean and (u.arrival, u.fact_id collate "C") < (v.arrival, v.fact_id collate "C"))
    union all
    select 'REFUNDED_FEN', ((r.data->>'refundedAt')::timestamptz at time zone ${zone})::date, coalesce(v.data->>'departmentCode', ''), (r.data->>'amountFen')::bigint
      from f r left join visits v on v.subject = r.subject and v.data->>'receiptNumber' = r.fact_id where r.kind = 'refund'
    union all
    select 'FOLLOW_UPS_DUE', (data->>'dueDate')::date, data->>'departmentCode', 1 from f where kind = 'follow_up'
    union all
    select 'FOLLOW_UPS_ON_TIME', (data->>'dueDate')::date, data->>'departmentCode', 1 from f where kind = 'follow_up' and (data->>'onTime')::boolean
    union all
    select 'SATISFACTION_SUM', ((data->>'completedAt')::timestamptz at time zone ${zone})::date, data->>'departmentCode', (data->>'satisfaction')::bigint
      from f where kind = 'follow_up' and jsonb_typeof(data->'satisfaction') = 'number'
    union all
    select 'COMPLAINTS', ((data->>'receivedAt')::timestamptz at time zone ${zone})::date, data->>'departmentCode', 1 from f
      where kind = 'complaint' and data->>'complaintKind' = 'COMPLAINT' and (data->>'receivedAt') is not null
    union all
    select 'COMPLAINTS_OVERDUE', ((data->>'firstOverdueAt')::timestamptz at time zone ${zone})::date, data->>'departmentCode', 1 from f
      where kind = 'complaint' and data->>'complaintKind' = 'COMPLAINT' and (data->>'receivedAt') is not null and (data->>'firstOverdueAt') is not null
    union all
    select 'CUSTOMERS_COMPLETE', ((data->>'registeredAt')::timestamptz at time zone ${zone})::date, '', 1 from f where kind = 'customer' and (data->>'complete')::boolean
    union all
    select 'REFERRALS', ((data->>'referredAt')::timestamptz at time zone ${zone})::date, '', 1 from f where kind = 'referral' and (data->>'referredAt') is not null
    union all
    select 'REFERRALS_DEALT', ((r.data->>'referredAt')::timestamptz at time zone ${zone})::date, '', 1 from f r
      where r.kind = 'referral' and (r.data->>'referredAt') is not null
       and exists (select 1 from visits v where v.subject = r.subject and (v.data->>'dealt')::boolean and v.arrival >= (r.data->>'referredAt')::timestamptz)
  )
  select metric, day, department, value from m`;
}

/** The metrics measuresFromFactsSql recomputes. */
export const RECOMPUTED_METRICS = [
  'CONSULTATIONS',
  'CONSULTATIONS_VISITED',
  'BOOKINGS',
  'BOOKINGS_DEALT',
  'OUTPATIENT_VISITS',
  'DEALT_VISITS',
  'SALES_FEN',
  'RETURNING_DEALT_VISITS',
  'REFUNDED_FEN',
  'FOLLOW_UPS_DUE',
  'FOLLOW_UPS_ON_TIME',
  'SATISFACTION_SUM',
  'COMPLAINTS',
  'COMPLAINTS_OVERDUE',
  'CUSTOMERS_COMPLETE',
  'REFERRALS',
  'REFERRALS_DEALT',
] as const;

export interface FactTotalsFilter {
  from: string;
  to: string;
  departmentCode?: string | null;
}

/** Each recomputed metric's total over [from, to] (one department or the hospital), from the raw facts. */
export async function metricTotalsFromFacts(
  em: EntityManager,
  timeZone: string,
  filter: FactTotalsFilter,
): Promise<Record<string, number>> {
  const rows = await em.execute<{ metric: string; value: string }[]>(
    `with m as (${measuresFromFactsSql(timeZone)}) select metric, sum(value)::text as value from m
     where day between ?::date and ?::date ${filter.departmentCode != null ? 'and department = ?' : ''} group by metric`,
    [filter.from, filter.to, ...(filter.departmentCode != null ? [filter.departmentCode] : [])],
  );
  const totals: Record<string, number> = Object.fromEntries(RECOMPUTED_METRICS.map((metric) => [metric, 0]));
  for (const row of rows) totals[row.metric] = Number(row.value);
  return totals;
}

/** One recomputed metric over [from, to] per department, from the raw facts. */
export async function metricByDepartmentFromFacts(
  em: EntityManager,
  timeZone: string,
  metric: string,
  filter: FactTotalsFilter,
): Promise<Record<string, number>> {
  const rows = await em.execute<{ department: string; value: string }[]>(
    `with m as (${measuresFromFactsSql(timeZone)}) select department, sum(value)::text as value from m
     where metric = ? and day between ?::date and ?::date group by department`,
    [metric, filter.from, filter.to],
  );
  return Object.fromEntries(rows.map((r) => [r.department, Number(r.value)]));
}
