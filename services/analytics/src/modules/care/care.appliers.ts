import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CareEvents,
  Events,
  type AppointmentBookedData,
  type ComplaintClosedData,
  type ComplaintReceivedData,
  type ConsultationLinkedData,
  type ConsultationRegisteredData,
  type ConsumptionRefundedData,
  type CustomerRegisteredData,
  type CustomersMergedData,
  type FollowUpCompletedData,
  type FollowUpScheduledData,
  type VisitOutcomeRecordedData,
  type VisitRegisteredData,
} from '@careline/service-kit';
import { fen, id, instant, optionalId, staffIdOf, text } from '../../common/event-fields.js';
import type { Contribution } from '../../common/rollup-deltas.js';
import type { FactApplier, FactPlugin } from '../facts/fact-dispatcher.js';
import { subjectContributions, type CareFactRow, type CareKind } from './care-contributions.js';

const CARE_FACT = `"analytics"."care_fact"`;
const KPI_DAILY = `"analytics"."kpi_daily"`;

type CareApplier = FactApplier;

// ---------------------------------------------------------------- payload checks

/** an instant as an ISO string (facts keep their fields as JSON) */
const iso = (type: string, field: string, value: unknown): string => instant(type, field, value).toISOString();
const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

// ---------------------------------------------------------------- the one write path

interface FactChange {
  kind: CareKind;
  factId: string;
  /** the customer the fact belongs to, when the event names one */
  customerId: string | null;
  /** fields merged into the fact's data (later events about the fact add to it) */
  patch: Record<string, unknown>;
  /** other facts that belong to the same customer from now on (a linked consultation, a visit's appointment) */
  absorb?: { kind: CareKind; factId: string }[];
}

const ownSubject = (kind: string, factId: string) => `${kind}:${factId}`;

async function factsOf(em: EntityManager, subjects: string[]): Promise<CareFactRow[]> {
  if (subjects.length === 0) return [];
  return em.execute<CareFactRow[]>(
    `select kind, fact_id, subject, data from ${CARE_FACT} where subject in (${subjects.map(() => '?').join(', ')})`,
    subjects,
  );
}

async function factRows(em: EntityManager, keys: { kind: string; factId: string }[]): Promise<CareFactRow[]> {
  if (keys.length === 0) return [];
  return em.execute<CareFactRow[]>(
    `select kind, fact_id, subject, data from ${CARE_FACT} where (kind, fact_id) in (${keys.map(() => '(?, ?)').join(', ')})`,
    keys.flatMap((k) => [k.kind, k.factId]),
  );
}

function contributionsBySubject(facts: CareFactRow[], timeZone: string): { subject: string; contributions: Contribution[] }[] {
  const bySubject = new Map<string, CareFactRow[]>();
  for (const fact of facts) bySubject.set(fact.subject, [...(bySubject.get(fact.subject) ?? []), fact]);
  return [...bySubject.entries()].map(([subject, rows]) => ({ subject, contributions: subjectContributions(subject, rows, timeZone) }));
}

/**
 * Records one change to a fact and moves kpi_daily by exactly what it changes: the contributions
 * of every customer (subject) it touches are computed from all their facts before and after, and
 * the difference applied. A KPI contribution may depend on other facts of the same customer (a
 * consultation counts as visited once a later visit exists), so the order events arrive in does
 * not matter, and applying the same change again nets to zero. False when nothing changed.
 */
async function applyChange(em: EntityManager, change: FactChange, timeZone: string, session?: CareRollup): Promise<boolean> {
  const keys = [{ kind: change.kind, factId: change.factId }, ...(change.absorb ?? [])];
  const isSelf = (f: CareFactRow) => f.kind === change.kind && f.fact_id === change.factId;
  // the customer the fact belongs to: named by the event, or already known to the fact or to a
  // linked fact; facts without a customer yet form a group of their own (subject "kind:id")
  const subjectOf = (rows: CareFactRow[]) => {
    const self = rows.find(isSelf)?.subject;
    return (
      change.customerId ??
      [self, ...rows.filter((f) => !isSelf(f)).map((f) => f.subject)].find((s): s is string => Boolean(s) && isCustomerSubject(s!)) ??
      self ??
      rows.find((f) => !isSelf(f))?.subject ??
      ownSubject(change.kind, change.factId)
    );
  };
  const touched = (rows: CareFactRow[], subject: string) => [...new Set([subject, ...rows.map((f) => f.subject)])].sort();
  const batch = batches.get(em);
  const rollup = session ?? batch ?? new CareRollup(em, timeZone);
  const guess = await factRows(em, keys);
  // every group touched is locked, in one order, before its facts are read for real
  const newlyLocked = await rollup.lock(touched(guess, subjectOf(guess)));
  const existing = newlyLocked ? await factRows(em, keys) : guess;
  const current = existing.find(isSelf);
  const subject = subjectOf(existing);
  const subjects = touched(existing, subject);
  if (await rollup.lock(subjects)) {
    // a group appeared between the reads (a concurrent link): read again with everything locked
    return applyChange(em, change, timeZone, rollup);
  }

  const data = mergeData(current?.data ?? {}, change.patch);
  // groups without a customer join the customer's facts whole; a fact already with another customer stays there
  const joining = subjects.filter((s) => s !== subject && !isCustomerSubject(s));
  const selfMoves = current !== undefined && current.subject !== subject;
  if (current && !selfMoves && joining.length === 0 && JSON.stringify(sortKeys(current.data)) === JSON.stringify(sortKeys(data)))
    return false;

  await rollup.remember(subjects);
  await em.execute(
    `insert into ${CARE_FACT} (kind, fact_id, subject, data) values (?, ?, ?, ?::jsonb)
     on conflict (kind, fact_id) do update set subject = excluded.subject, data = excluded.data`,
    [change.kind, change.factId, subject, JSON.stringify(data)],
  );
  for (const group of joining) await em.execute(`update ${CARE_FACT} set subject = ? where subject = ?`, [subject, group]);
  if (!batch) await rollup.finish();
  return true;
}

/**
 * The kpi_daily side of one transaction: the groups (subjects) it touched, locked once, and their
 * contributions before the first change; `finish` reads them after and applies the difference in
 * one statement. Per event by default; a bulk load keeps one open for its whole batch
 * (startCareBatch / finishCareBatch), which reads each touched customer twice per batch instead
 * of twice per event.
 */
class CareRollup {
  private readonly locked = new Set<string>();
  private readonly before = new Map<string, Contribution[]>();

  constructor(
    private readonly em: EntityManager,
    private readonly timeZone: string,
  ) {}

  /** Locks the subjects not locked yet, in one sorted order; true when some were. */
  async lock(subjects: string[]): Promise<boolean> {
    const fresh = [...new Set(subjects)].filter((s) => !this.locked.has(s)).sort();
    if (fresh.length === 0) return false;
    await this.em.execute(
      `select count(pg_advisory_xact_lock(hashtextextended('analytics.care:' || s, 0))) from (select s from jsonb_array_elements_text(?::jsonb) as s order by s) as l`,
      [JSON.stringify(fresh)],
    );
    for (const s of fresh) this.locked.add(s);
    return true;
  }

  /** Keeps the contributions of the subjects not seen yet, as they are before this transaction changes them. */
  async remember(subjects: string[]): Promise<void> {
    const fresh = subjects.filter((s) => !this.before.has(s));
    if (fresh.length === 0) return;
    const facts = await factsOf(this.em, fresh);
    for (const s of fresh) this.before.set(s, []);
    for (const c of contributionsBySubject(facts, this.timeZone)) this.before.get(c.subject)!.push(...c.contributions);
  }

  async finish(): Promise<void> {
    const subjects = [...this.before.keys()];
    const before = [...this.before.values()].flat();
    this.before.clear();
    const after: Contribution[] = [];
    for (let i = 0; i < subjects.length; i += 1000) {
      const facts = await factsOf(this.em, subjects.slice(i, i + 1000));
      for (const c of contributionsBySubject(facts, this.timeZone)) after.push(...c.contributions);
    }
    await applyRollup(this.em, before, after);
  }
}

const batches = new WeakMap<EntityManager, CareRollup>();

/** Bulk loads: from here until finishCareBatch, the care appliers in `em`'s transaction defer kpi_daily to one update. */
function startCareBatch(em: EntityManager, timeZone: string): void {
  batches.set(em, new CareRollup(em, timeZone));
}

async function finishCareBatch(em: EntityManager): Promise<void> {
  const batch = batches.get(em);
  batches.delete(em);
  await batch?.finish();
}

/** A customer's id (facts with no customer yet are grouped under "kind:id"). */
const isCustomerSubject = (subject: string) => !subject.includes(':');

/**
 * Moves kpi_daily from `before` to `after`, and drops the rows that fall to zero: the rollup holds
 * the same rows whichever order the events came in (a row first raised and then lowered again
 * would otherwise stay behind as a zero).
 */
async function applyRollup(em: EntityManager, before: Contribution[], after: Contribution[]): Promise<void> {
  const delta = new Map<string, { c: Contribution; value: number }>();
  for (const [list, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    for (const c of list) {
      const key = rollupKey(c);
      const row = delta.get(key) ?? { c, value: 0 };
      row.value += sign * (c.values.value ?? 0);
      delta.set(key, row);
    }
  }
  // one statement, rows in key order (two transactions lock shared rows in the same order)
  const changed = [...delta.entries()].filter(([, r]) => r.value !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (changed.length === 0) return;
  const records = changed.map(([, { c, value }]) => ({ ...c.key, value }));
  await em.execute(
    `insert into ${KPI_DAILY} (metric, day, department, dim, dim_key, value)
     select r->>'metric', (r->>'day')::date, r->>'department', r->>'dim', r->>'dim_key', (r->>'value')::bigint
     from jsonb_array_elements(?::jsonb) with ordinality as e(r, n) order by n
     on conflict (metric, day, department, dim, dim_key) do update set value = kpi_daily.value + excluded.value`,
    [JSON.stringify(records)],
  );
  // rows that fell to zero go: the rollup holds the same rows whatever order events came in
  const lowered = records.filter((r) => r.value < 0);
  if (lowered.length > 0) {
    await em.execute(
      `delete from ${KPI_DAILY} k using jsonb_to_recordset(?::jsonb) as r(metric text, day date, department text, dim text, dim_key text)
       where k.value = 0 and k.metric = r.metric and k.day = r.day and k.department = r.department and k.dim = r.dim and k.dim_key = r.dim_key`,
      [JSON.stringify(lowered)],
    );
  }
}
const rollupKey = (c: Contribution) => `${c.key.metric}|${c.key.day}|${c.key.department}|${c.key.dim}|${c.key.dim_key}`;

/** A later event adds to what earlier ones said; an empty value never erases a known one. */
function mergeData(current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const empty = value === null || value === undefined || value === '';
    if (empty && merged[key] !== undefined && merged[key] !== null && merged[key] !== '') continue;
    merged[key] = value;
  }
  return merged;
}

function sortKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** CustomersMerged: every fact of the merged record now belongs to the survivor. */
async function mergeSubjects(em: EntityManager, data: CustomersMergedData, timeZone: string): Promise<boolean> {
  const type = Events.CustomersMerged;
  const survivor = id(type, 'survivorId', data.survivorId);
  const merged = id(type, 'mergedId', data.mergedId);
  if (survivor === merged) return false;
  const batch = batches.get(em);
  const rollup = batch ?? new CareRollup(em, timeZone);
  await rollup.lock([merged, survivor]);
  const [moving] = await em.execute<{ n: number }[]>(`select count(*)::int as n from ${CARE_FACT} where subject = ?`, [merged]);
  if (!moving?.n) return false;
  await rollup.remember([merged, survivor]);
  await em.execute(`update ${CARE_FACT} set subject = ? where subject = ?`, [survivor, merged]);
  if (!batch) await rollup.finish();
  return true;
}

// ---------------------------------------------------------------- events → fact changes

const on =
  <T>(toChange: (data: T, type: string) => FactChange): CareApplier =>
  (em, event, ctx) =>
    applyChange(em, toChange(event.data as T, event.type), ctx.timeZone);

const careAppliers: Record<string, CareApplier[]> = {
  [Events.CustomerRegistered]: [
    on<CustomerRegisteredData>((d, type) => {
      const customerId = id(type, 'customerId', d.customerId);
      return {
        kind: 'customer',
        factId: customerId,
        customerId,
        patch: {
          registeredAt: iso(type, 'registeredAt', d.registeredAt),
          channel: text(type, 'channel', d.channel),
          region: optionalText(d.region),
          complete: Boolean(optionalText(d.region) && optionalText(d.birthDate ?? null)),
        },
      };
    }),
  ],
  [Events.CustomersMerged]: [(em, event, ctx) => mergeSubjects(em, event.data as CustomersMergedData, ctx.timeZone)],
  [CareEvents.ConsultationRegistered]: [
    on<ConsultationRegisteredData>((d, type) => ({
      kind: 'consultation',
      factId: id(type, 'consultationId', d.consultationId),
      customerId: optionalId(d.customerId),
      patch: {
        consultedAt: iso(type, 'consultedAt', d.consultedAt),
        channel: text(type, 'channel', d.channel),
        region: optionalText(d.region),
        departmentCode: optionalText(d.departmentCode) ?? '',
        consultantId: staffIdOf(d.consultantId),
        outcome: optionalText(d.outcome),
      },
    })),
  ],
  [CareEvents.ConsultationLinked]: [
    on<ConsultationLinkedData>((d, type) => ({
      kind: 'consultation',
      factId: id(type, 'consultationId', d.consultationId),
      customerId: id(type, 'customerId', d.customerId),
      patch: {},
    })),
  ],
  [CareEvents.AppointmentBooked]: [
    on<AppointmentBookedData>((d, type) => ({
      kind: 'appointment',
      factId: id(type, 'appointmentId', d.appointmentId),
      customerId: optionalId(d.customerId),
      patch: {
        slotStart: iso(type, 'slotStart', d.slotStart),
        departmentCode: optionalText(d.departmentCode) ?? '',
        phoneConverted: d.phoneConverted === true,
        bookedBy: staffIdOf(d.bookedBy),
        onsiteConsultantId: staffIdOf(d.onsiteConsultantId),
      },
      absorb: optionalId(d.consultationId) ? [{ kind: 'consultation', factId: optionalId(d.consultationId)! }] : [],
    })),
  ],
  [CareEvents.VisitRegistered]: [
    on<VisitRegisteredData>((d, type) => ({
      kind: 'visit',
      factId: id(type, 'visitId', d.visitId),
      customerId: id(type, 'customerId', d.customerId),
      patch: {
        arrivedAt: iso(type, 'arrivedAt', d.arrivedAt),
        appointmentId: optionalId(d.appointmentId),
        phoneConverted: d.phoneConverted === true,
        departmentCode: optionalText(d.departmentCode) ?? '',
        onsiteConsultantId: staffIdOf(d.onsiteConsultantId),
        registeredBy: staffIdOf(d.registeredBy),
      },
      absorb: optionalId(d.appointmentId) ? [{ kind: 'appointment', factId: optionalId(d.appointmentId)! }] : [],
    })),
  ],
  [CareEvents.VisitOutcomeRecorded]: [
    on<VisitOutcomeRecordedData>((d, type) => ({
      kind: 'visit',
      factId: id(type, 'visitId', d.visitId),
      customerId: id(type, 'customerId', d.customerId),
      patch: {
        outcomeAt: iso(type, 'recordedAt', d.recordedAt),
        dealt: d.dealt === true,
        amountFen: d.dealt === true ? fen(type, 'amountFen', d.amountFen) : 0,
        receiptNumber: optionalText(d.receiptNumber),
        outcomeDepartmentCode: optionalText(d.departmentCode) ?? '',
        outcomeConsultantId: staffIdOf(d.onsiteConsultantId),
        outcomePhoneConverted: d.phoneConverted === true,
        appointmentId: optionalId(d.appointmentId),
      },
      absorb: optionalId(d.appointmentId) ? [{ kind: 'appointment', factId: optionalId(d.appointmentId)! }] : [],
    })),
  ],
  [Events.ConsumptionRefunded]: [
    on<ConsumptionRefundedData>((d, type) => ({
      kind: 'refund',
      factId: text(type, 'receiptNumber', d.receiptNumber),
      customerId: optionalId(d.customerId ?? null),
      patch: {
        refundedAt: iso(type, 'refundedAt', d.refundedAt),
        amountFen: typeof d.amountFen === 'number' && Number.isSafeInteger(d.amountFen) ? d.amountFen : null,
      },
    })),
  ],
  [CareEvents.FollowUpScheduled]: [
    on<FollowUpScheduledData>((d, type) => ({
      kind: 'follow_up',
      factId: id(type, 'taskId', d.taskId),
      customerId: optionalId(d.customerId),
      patch: {
        dueDate: text(type, 'dueDate', d.dueDate).slice(0, 10),
        departmentCode: optionalText(d.departmentCode) ?? '',
        assigneeId: staffIdOf(d.assigneeId),
      },
    })),
  ],
  [CareEvents.FollowUpCompleted]: [
    on<FollowUpCompletedData>((d, type) => ({
      kind: 'follow_up',
      factId: id(type, 'taskId', d.taskId),
      customerId: optionalId(d.customerId),
      patch: {
        dueDate: text(type, 'dueDate', d.dueDate).slice(0, 10),
        departmentCode: optionalText(d.departmentCode) ?? '',
        assigneeId: staffIdOf(d.assigneeId),
        completedAt: iso(type, 'completedAt', d.completedAt),
        onTime: d.onTime === true,
        satisfaction: typeof d.satisfaction === 'number' && d.satisfaction >= 1 && d.satisfaction <= 5 ? Math.round(d.satisfaction) : null,
      },
    })),
  ],
  [CareEvents.ComplaintReceived]: [
    on<ComplaintReceivedData>((d, type) => ({
      kind: 'complaint',
      factId: id(type, 'complaintId', d.complaintId),
      customerId: optionalId(d.customerId),
      patch: {
        receivedAt: iso(type, 'receivedAt', d.receivedAt),
        complaintKind: text(type, 'kind', d.kind),
        channel: optionalText(d.channel),
        category: optionalText(d.category),
        departmentCode: optionalText(d.departmentCode) ?? '',
        staffId: staffIdOf(d.staffId),
      },
    })),
  ],
  [CareEvents.ComplaintClosed]: [
    on<ComplaintClosedData>((d, type) => ({
      kind: 'complaint',
      factId: id(type, 'complaintId', d.complaintId),
      customerId: optionalId(d.customerId),
      patch: {
        receivedAt: iso(type, 'receivedAt', d.receivedAt),
        complaintKind: text(type, 'kind', d.kind),
        category: optionalText(d.category),
        departmentCode: optionalText(d.departmentCode) ?? '',
        closedAt: iso(type, 'closedAt', d.closedAt),
      },
    })),
  ],
};

/**
 * The front-line facts (care_fact, kpi_daily, staff_dim) for the facts dispatcher; in bulk loads
 * kpi_daily is updated once per batch.
 */
export const careFacts: FactPlugin = {
  appliers: careAppliers,
  // staff_dim: the staff dimension the front-line figures are split by; the replay empties it with them
  tables: [`"analytics"."staff_dim"`, CARE_FACT, KPI_DAILY],
  beginBulk: (em, ctx) => startCareBatch(em, ctx.timeZone),
  endBulk: finishCareBatch,
};
