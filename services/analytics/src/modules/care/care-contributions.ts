import { localDay } from '../../common/local-day.js';
import type { Contribution } from '../../common/rollup-deltas.js';
import { CareDim, CareMetric, type CareDimCode, type CareMetricCode } from './care-metrics.js';

export type CareKind = 'customer' | 'consultation' | 'appointment' | 'visit' | 'refund' | 'follow_up' | 'complaint' | 'referral';

/**
 * What a care_fact's data may hold: the fields the appliers merge in from the events about the
 * fact (care.appliers.ts), each present once its event has arrived. Instants are ISO strings.
 */
export type CareFactData = {
  // customer
  registeredAt?: string | null;
  complete?: boolean | null;
  channel?: string | null;
  region?: string | null;
  // consultation
  consultedAt?: string | null;
  consultantId?: string | null;
  // appointment
  slotStart?: string | null;
  bookedBy?: string | null;
  /** CANCELLED or NO_SHOW (AppointmentCancelled): the booking leaves BOOKINGS */
  cancelKind?: string | null;
  cancelledAt?: string | null;
  // visit
  arrivedAt?: string | null;
  outcomeAt?: string | null;
  registeredBy?: string | null;
  appointmentId?: string | null;
  onsiteConsultantId?: string | null;
  outcomeConsultantId?: string | null;
  outcomeDepartmentCode?: string | null;
  dealt?: boolean | null;
  phoneConverted?: boolean | null;
  outcomePhoneConverted?: boolean | null;
  receiptNumber?: string | null;
  amountFen?: number | null;
  // refund
  refundedAt?: string | null;
  // follow-up
  dueDate?: string | null;
  assigneeId?: string | null;
  completedAt?: string | null;
  onTime?: boolean | null;
  satisfaction?: number | null;
  // complaint
  receivedAt?: string | null;
  closedAt?: string | null;
  /** the first time a stage of the complaint ran past its time limit */
  firstOverdueAt?: string | null;
  complaintKind?: string | null;
  staffId?: string | null;
  // referral (老带新: the referred customer's fact; CustomerReferred)
  referrerId?: string | null;
  referredAt?: string | null;
  // most kinds
  departmentCode?: string | null;
};

/** A care_fact row as read back (data as merged from every event about the fact). */
export interface CareFactRow {
  kind: CareKind;
  fact_id: string;
  subject: string;
  data: CareFactData;
}

const KPI_DAILY = `"analytics"."kpi_daily"`;

/** One measure of one fact: the day and department it counts on, and the dimension keys it splits by. */
interface Measure {
  metric: CareMetricCode;
  at: string;
  department: string;
  value: number;
  staff?: (string | null | undefined)[];
  channel?: string | null;
  region?: string | null;
}

const time = (value: unknown): number => (typeof value === 'string' ? new Date(value).getTime() : Number.NaN);

/**
 * Everything one customer's facts (a subject) contribute to kpi_daily. A pure function of the
 * facts, so the appliers apply "after − before" and a recomputation from care_fact gives the same
 * rollup. Facts whose own day is unknown yet (a visit outcome before its registration still knows
 * its recording time; a follow-up always knows its due day) count on the day they do know.
 */
export function subjectContributions(subject: string, facts: readonly CareFactRow[], timeZone: string): Contribution[] {
  const of = (kind: CareKind) => facts.filter((f) => f.kind === kind);
  const customer = facts.find((f) => f.kind === 'customer' && f.fact_id === subject)?.data ?? of('customer')[0]?.data ?? null;
  const channel = customer?.channel ?? null;
  const region = customer?.region ?? null;
  const visits: (CareFactData & { id: string; arrival: string | null })[] = of('visit').map((v) => ({
    id: v.fact_id,
    ...v.data,
    arrival: v.data.arrivedAt ?? v.data.outcomeAt ?? null,
  }));
  const dealtVisits = visits.filter((v) => v.dealt === true && v.arrival);
  const measures: Measure[] = [];

  if (customer?.registeredAt) {
    measures.push({ metric: CareMetric.CUSTOMERS_REGISTERED, at: customer.registeredAt, department: '', value: 1, channel, region });
    if (customer.complete)
      measures.push({ metric: CareMetric.CUSTOMERS_COMPLETE, at: customer.registeredAt, department: '', value: 1, channel, region });
  }

  for (const c of of('consultation').map((f) => f.data)) {
    if (!c.consultedAt) continue; // linked before its registration arrived: counts once it does
    const base = {
      at: c.consultedAt,
      department: c.departmentCode ?? '',
      value: 1,
      staff: [c.consultantId],
      channel: c.channel ?? channel,
      region: c.region ?? region,
    };
    measures.push({ metric: CareMetric.CONSULTATIONS, ...base });
    const consulted = time(c.consultedAt);
    if (visits.some((v) => v.arrivedAt && time(v.arrivedAt) >= consulted))
      measures.push({ metric: CareMetric.CONSULTATIONS_VISITED, ...base });
  }

  for (const a of of('appointment')) {
    if (!a.data.slotStart) continue;
    // cancelled or a no-show: no longer a booking that could end in a deal, so it leaves the
    // denominator of the booking deal rate and the funnel's bookings; a visit that did arrive on it
    // (crm refuses that, but a visit is what happened) keeps it counted
    const arrived = visits.some((v) => v.appointmentId === a.fact_id && v.arrivedAt);
    if (a.data.cancelKind && !arrived) continue;
    const base = {
      at: a.data.slotStart,
      department: a.data.departmentCode ?? '',
      value: 1,
      staff: [a.data.bookedBy, a.data.onsiteConsultantId],
      channel,
      region,
    };
    measures.push({ metric: CareMetric.BOOKINGS, ...base });
    if (visits.some((v) => v.appointmentId === a.fact_id && v.dealt === true))
      measures.push({ metric: CareMetric.BOOKINGS_DEALT, ...base });
  }

  const appointments = new Map(of('appointment').map((a) => [a.fact_id, a.data]));
  for (const v of visits) {
    if (!v.arrival) continue;
    const department = v.departmentCode || v.outcomeDepartmentCode || '';
    const consultant = v.onsiteConsultantId ?? v.outcomeConsultantId ?? null;
    const phoneConverted = v.phoneConverted === true || v.outcomePhoneConverted === true;
    const base = { at: v.arrival, department, staff: [consultant], channel, region };
    // a phone-converted arrival and its spend credit the phone consultant who booked it (the
    // registry's BOOKING_PHONE_CONSULTANT), not the on-site consultant who received the customer
    const booked = { ...base, staff: [v.appointmentId ? appointments.get(v.appointmentId)?.bookedBy : null] };
    if (v.arrivedAt) {
      measures.push({ metric: CareMetric.OUTPATIENT_VISITS, ...base, value: 1 });
      if (phoneConverted) measures.push({ metric: CareMetric.PHONE_CONVERTED_VISITS, ...booked, value: 1 });
      if (v.registeredBy)
        measures.push({ metric: CareMetric.FRONT_DESK_VISITS, at: v.arrival, department, value: 1, staff: [v.registeredBy] });
    }
    if (v.dealt === true) {
      const amount = Number(v.amountFen ?? 0);
      measures.push({ metric: CareMetric.DEALT_VISITS, ...base, value: 1 });
      measures.push({ metric: CareMetric.SALES_FEN, ...base, value: amount });
      if (phoneConverted) measures.push({ metric: CareMetric.PHONE_CONVERTED_SALES_FEN, ...booked, value: amount });
      const at = time(v.arrival);
      const earlier = dealtVisits.some((u) => u.id !== v.id && (time(u.arrival) < at || (time(u.arrival) === at && u.id < v.id)));
      if (earlier) measures.push({ metric: CareMetric.RETURNING_DEALT_VISITS, ...base, value: 1 });
    }
  }

  for (const r of of('refund')) {
    if (!r.data.refundedAt) continue;
    const visit = dealtVisits.find((v) => v.receiptNumber === r.fact_id);
    const amount = r.data.amountFen ?? visit?.amountFen ?? 0;
    measures.push({
      metric: CareMetric.REFUNDED_FEN,
      at: r.data.refundedAt,
      department: visit ? visit.departmentCode || visit.outcomeDepartmentCode || '' : '',
      value: Number(amount),
      staff: [visit ? (visit.onsiteConsultantId ?? visit.outcomeConsultantId ?? null) : null],
      channel,
      region,
    });
  }

  for (const f of of('follow_up').map((x) => x.data)) {
    if (!f.dueDate) continue;
    // the due day is a hospital calendar day already: noon keeps it on that day in any zone
    const due = { at: `${f.dueDate}T12:00:00`, department: f.departmentCode ?? '', value: 1, staff: [f.assigneeId] };
    measures.push({ metric: CareMetric.FOLLOW_UPS_DUE, ...due });
    if (f.completedAt && f.onTime === true) measures.push({ metric: CareMetric.FOLLOW_UPS_ON_TIME, ...due });
    if (f.completedAt && typeof f.satisfaction === 'number') {
      const done = { at: f.completedAt, department: f.departmentCode ?? '', staff: [f.assigneeId] };
      measures.push({ metric: CareMetric.SATISFACTION_COUNT, ...done, value: 1 });
      measures.push({ metric: CareMetric.SATISFACTION_SUM, ...done, value: f.satisfaction });
      if (f.satisfaction >= 4) measures.push({ metric: CareMetric.SATISFACTION_GE4, ...done, value: 1 });
    }
  }

  for (const k of of('complaint').map((x) => x.data)) {
    if (!k.receivedAt || k.complaintKind !== 'COMPLAINT') continue;
    const base = { department: k.departmentCode ?? '', staff: [k.staffId], channel: k.channel ?? channel, region };
    measures.push({ metric: CareMetric.COMPLAINTS, at: k.receivedAt, ...base, value: 1 });
    if (k.firstOverdueAt) measures.push({ metric: CareMetric.COMPLAINTS_OVERDUE, at: k.firstOverdueAt, ...base, value: 1 });
    if (k.closedAt) {
      measures.push({ metric: CareMetric.COMPLAINTS_CLOSED, at: k.closedAt, ...base, value: 1 });
      const hours = Math.max(0, Math.round((time(k.closedAt) - time(k.receivedAt)) / 3_600_000));
      measures.push({ metric: CareMetric.COMPLAINT_RESOLUTION_HOURS, at: k.closedAt, ...base, value: hours });
    }
  }

  for (const r of of('referral').map((x) => x.data)) {
    if (!r.referredAt) continue;
    // counted on the referral's day for the hospital (department ''), split by the referred customer's channel and region
    const base = { at: r.referredAt, department: '', value: 1, channel, region };
    measures.push({ metric: CareMetric.REFERRALS, ...base });
    const referred = time(r.referredAt);
    if (dealtVisits.some((v) => time(v.arrival) >= referred)) measures.push({ metric: CareMetric.REFERRALS_DEALT, ...base });
  }

  return measures.flatMap((m) => rows(m, timeZone));
}

/** A measure's kpi_daily rows: the department total and one row per dimension key it names. */
function rows(m: Measure, timeZone: string): Contribution[] {
  const at = m.at.length === 19 ? null : new Date(m.at);
  const day = at ? localDay(at, timeZone) : m.at.slice(0, 10);
  const row = (dim: CareDimCode, key: string): Contribution => ({
    table: KPI_DAILY,
    key: { metric: m.metric, day, department: m.department, dim, dim_key: key },
    values: { value: m.value },
  });
  const out = [row(CareDim.ALL, '')];
  for (const staff of new Set((m.staff ?? []).filter((s): s is string => Boolean(s)))) out.push(row(CareDim.STAFF, staff));
  if (m.channel !== undefined) out.push(row(CareDim.CHANNEL, m.channel ?? ''));
  if (m.region !== undefined) out.push(row(CareDim.REGION, m.region ?? ''));
  return out;
}
