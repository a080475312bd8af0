import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CareEvents,
  Events,
  type DomainEvent,
  type AppointmentBookedData,
  type AppointmentCancelledData,
  type ComplaintClosedData,
  type ComplaintOverdueData,
  type ComplaintReceivedData,
  type ConsultationLinkedData,
  type ConsultationRegisteredData,
  type ConsumptionRefundedData,
  type CustomerReferredData,
  type CustomerRegisteredData,
  type CustomersMergedData,
  type FollowUpCompletedData,
  type FollowUpScheduledData,
  type VisitOutcomeRecordedData,
  type VisitRegisteredData,
} from '@careline/service-kit';
import { fen, id, instant, optionalId, staffIdOf, text } from '../../common/event-fields.js';
import type { Contribution } from '../../common/rollup-deltas.js';
import type { FactApplier, FactContext, FactPlugin, RowStager } from '../facts/fact-dispatcher.js';
import { subjectContributions, type CareFactData, type CareFactRow, type CareKind } from './care-contributions.js';

const CARE_FACT = `"analytics"."care_fact"`;
const KPI_DAILY = `"analytics"."kpi_daily"`;
const KPI_DAILY_LOAD = `"analytics"."kpi_daily_load"`;

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

/**
 * Where applyChange reads and writes facts: the database (the consumers, one event at a time) or a
 * batch held in memory (bulk loads: the batch's facts are read in two statements, changed in memory
 * by the same code, and written back in one).
 */
interface FactSource {
  byKeys(keys: { kind: string; factId: string }[]): Promise<CareFactRow[]>;
  bySubjects(subjects: string[]): Promise<CareFactRow[]>;
  save(kind: CareKind, factId: string, subject: string, data: Record<string, unknown>): Promise<void>;
  /** every fact of group `from` now belongs to `to` */
  move(from: string, to: string): Promise<void>;
  countOf(subject: string): Promise<number>;
  /** serialise the writers of these groups until the transaction ends (the database source only) */
  lock(subjects: string[]): Promise<void>;
}

function databaseFacts(em: EntityManager): FactSource {
  return {
    async byKeys(keys) {
      if (keys.length === 0) return [];
      return em.execute<CareFactRow[]>(
        `select kind, fact_id, subject, data from ${CARE_FACT} where (kind, fact_id) in (${keys.map(() => '(?, ?)').join(', ')})`,
        keys.flatMap((k) => [k.kind, k.factId]),
      );
    },
    async bySubjects(subjects) {
      if (subjects.length === 0) return [];
      return em.execute<CareFactRow[]>(
        `select kind, fact_id, subject, data from ${CARE_FACT} where subject in (${subjects.map(() => '?').join(', ')})`,
        subjects,
      );
    },
    async save(kind, factId, subject, data) {
      await em.execute(
        `insert into ${CARE_FACT} (kind, fact_id, subject, data) values (?, ?, ?, ?::jsonb)
         on conflict (kind, fact_id) do update set subject = excluded.subject, data = excluded.data`,
        [kind, factId, subject, JSON.stringify(data)],
      );
    },
    async move(from, to) {
      await em.execute(`update ${CARE_FACT} set subject = ? where subject = ?`, [to, from]);
    },
    async countOf(subject) {
      const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from ${CARE_FACT} where subject = ?`, [subject]);
      return row?.n ?? 0;
    },
    async lock(subjects) {
      await em.execute(
        `select count(pg_advisory_xact_lock(hashtextextended('analytics.care:' || s, 0))) from (select s from jsonb_array_elements_text(?::jsonb) as s order by s) as l`,
        [JSON.stringify(subjects)],
      );
    },
  };
}

const factKey = (kind: string, factId: string) => `${kind}\u0000${factId}`;

/**
 * A bulk load's facts in memory: every fact the batch's events name, and every fact of the groups
 * those belong to, read in two statements; `flush` writes the changed ones back in one. A bulk load
 * is the only writer (the seed into its own database), so no group needs locking.
 */
class MemoryFacts implements FactSource {
  private readonly rows = new Map<string, CareFactRow>();
  private readonly groups = new Map<string, Set<string>>();
  private readonly changed = new Set<string>();

  static async load(em: EntityManager, changes: readonly FactChange[]): Promise<MemoryFacts> {
    const facts = new MemoryFacts();
    const keys = changes.flatMap((c) => [{ kind: c.kind, factId: c.factId }, ...(c.absorb ?? [])]);
    const customers = [...new Set(changes.map((c) => c.customerId).filter((c): c is string => c !== null))];
    const named = await em.execute<CareFactRow[]>(
      // a union, not an or: each side by its own index (the primary key, care_fact_subject); union
      // all, as a fact both sides find is put once (comparing the rows would hash their data)
      `select f.kind, f.fact_id, f.subject, f.data from unnest(?::text[], ?::text[]) as k(kind, fact_id)
         join ${CARE_FACT} f on f.kind = k.kind and f.fact_id = k.fact_id
       union all
       select kind, fact_id, subject, data from ${CARE_FACT} where subject = any(?::text[])`,
      [textArray(keys.map((k) => k.kind)), textArray(keys.map((k) => k.factId)), textArray(customers)],
    );
    named.forEach((row) => facts.put(row));
    const loaded = new Set(customers);
    const more = [...new Set(named.map((r) => r.subject))].filter((subject) => !loaded.has(subject));
    if (more.length)
      (
        await em.execute<CareFactRow[]>(`select kind, fact_id, subject, data from ${CARE_FACT} where subject = any(?::text[])`, [
          textArray(more),
        ])
      ).forEach((row) => facts.put(row));
    return facts;
  }

  private put(row: CareFactRow): void {
    const key = factKey(row.kind, row.fact_id);
    const old = this.rows.get(key);
    if (old) this.groups.get(old.subject)?.delete(key);
    this.rows.set(key, row);
    let group = this.groups.get(row.subject);
    if (!group) this.groups.set(row.subject, (group = new Set()));
    group.add(key);
  }

  async byKeys(keys: { kind: string; factId: string }[]): Promise<CareFactRow[]> {
    return keys.map((k) => this.rows.get(factKey(k.kind, k.factId))).filter((r): r is CareFactRow => r !== undefined);
  }

  async bySubjects(subjects: string[]): Promise<CareFactRow[]> {
    return subjects.flatMap((subject) => [...(this.groups.get(subject) ?? [])].map((key) => this.rows.get(key)!));
  }

  async save(kind: CareKind, factId: string, subject: string, data: Record<string, unknown>): Promise<void> {
    this.put({ kind, fact_id: factId, subject, data: data as CareFactData });
    this.changed.add(factKey(kind, factId));
  }

  async move(from: string, to: string): Promise<void> {
    for (const key of [...(this.groups.get(from) ?? [])]) {
      this.put({ ...this.rows.get(key)!, subject: to });
      this.changed.add(key);
    }
  }

  async countOf(subject: string): Promise<number> {
    return this.groups.get(subject)?.size ?? 0;
  }

  async lock(): Promise<void> {}

  /** Writes every changed fact in one statement. */
  async flush(em: EntityManager): Promise<void> {
    const rows = [...this.changed].map((key) => this.rows.get(key)!);
    this.changed.clear();
    if (!rows.length) return;
    await em.execute(
      `insert into ${CARE_FACT} (kind, fact_id, subject, data)
       select r.kind, r.fact_id, r.subject, r.data from json_to_recordset(?::json) as r(kind text, fact_id text, subject text, data jsonb)
       on conflict (kind, fact_id) do update set subject = excluded.subject, data = excluded.data`,
      [JSON.stringify(rows.map((r) => ({ kind: r.kind, fact_id: r.fact_id, subject: r.subject, data: r.data })))],
    );
  }
}

/** A PostgreSQL array literal of text values. */
const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

function contributionsBySubject(facts: CareFactRow[], timeZone: string): { subject: string; contributions: Contribution[] }[] {
  const bySubject = new Map<string, CareFactRow[]>();
  for (const fact of facts) {
    const rows = bySubject.get(fact.subject);
    if (rows) rows.push(fact);
    else bySubject.set(fact.subject, [fact]);
  }
  return [...bySubject.entries()].map(([subject, rows]) => ({ subject, contributions: subjectContributions(subject, rows, timeZone) }));
}

/**
 * Records one change to a fact and moves kpi_daily by exactly what it changes: the contributions
 * of every customer (subject) it touches are computed from all their facts before and after, and
 * the difference applied. A KPI contribution may depend on other facts of the same customer (a
 * consultation counts as visited once a later visit exists), so the order events arrive in does
 * not matter, and applying the same change again nets to zero. False when nothing changed.
 * `rollup` is the transaction's (bulk loads: the batch's); without one, this change's own.
 */
async function applyChange(
  em: EntityManager,
  change: FactChange,
  timeZone: string,
  session?: CareRollup,
  source: FactSource = databaseFacts(em),
): Promise<boolean> {
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
  const rollup = session ?? batch ?? new CareRollup(source, timeZone);
  // a rollup of this change's own is applied here; a session's or a batch's by its owner
  const owned = !session && !batch;
  const guess = await source.byKeys(keys);
  // every group touched is locked, in one order, before its facts are read for real
  const newlyLocked = await rollup.lock(touched(guess, subjectOf(guess)));
  const existing = newlyLocked ? await source.byKeys(keys) : guess;
  const current = existing.find(isSelf);
  const subject = subjectOf(existing);
  const subjects = touched(existing, subject);
  if (await rollup.lock(subjects)) {
    // a group appeared between the reads (a concurrent link): read again with everything locked
    const changed = await applyChange(em, change, timeZone, rollup, source);
    if (owned) await rollup.finish(em);
    return changed;
  }

  const data = mergeData(current?.data ?? {}, change.patch);
  // groups without a customer join the customer's facts whole; a fact already with another customer stays there
  const joining = subjects.filter((s) => s !== subject && !isCustomerSubject(s));
  const selfMoves = current !== undefined && current.subject !== subject;
  if (current && !selfMoves && joining.length === 0 && JSON.stringify(sortKeys(current.data)) === JSON.stringify(sortKeys(data)))
    return false;

  await rollup.remember(subjects);
  await source.save(change.kind, change.factId, subject, data);
  for (const group of joining) await source.move(group, subject);
  if (owned) await rollup.finish(em);
  return true;
}

/**
 * The kpi_daily side of one transaction: the groups (subjects) it touched, locked once, and their
 * contributions before the first change; `finish` reads them after and applies the difference in
 * one statement. Per event by default; a bulk load keeps one open for its whole batch
 * (startCareBatch / finishCareBatch, or applyCareBatch in memory), which reads each touched
 * customer twice per batch instead of twice per event.
 */
class CareRollup {
  private readonly locked = new Set<string>();
  private readonly before = new Map<string, Contribution[]>();

  constructor(
    private readonly source: FactSource,
    private readonly timeZone: string,
    private readonly write: RollupWrite = 'live',
  ) {}

  /** Locks the subjects not locked yet, in one sorted order; true when some were. */
  async lock(subjects: string[]): Promise<boolean> {
    const fresh = [...new Set(subjects)].filter((s) => !this.locked.has(s)).sort();
    if (fresh.length === 0) return false;
    await this.source.lock(fresh);
    for (const s of fresh) this.locked.add(s);
    return true;
  }

  /** Keeps the contributions of the subjects not seen yet, as they are before this transaction changes them. */
  async remember(subjects: string[]): Promise<void> {
    const fresh = subjects.filter((s) => !this.before.has(s));
    if (fresh.length === 0) return;
    const facts = await this.source.bySubjects(fresh);
    for (const s of fresh) this.before.set(s, []);
    for (const c of contributionsBySubject(facts, this.timeZone)) this.before.get(c.subject)!.push(...c.contributions);
  }

  async finish(em: EntityManager): Promise<void> {
    const subjects = [...this.before.keys()];
    const before = [...this.before.values()].flat();
    this.before.clear();
    const after: Contribution[] = [];
    for (let i = 0; i < subjects.length; i += 1000) {
      const facts = await this.source.bySubjects(subjects.slice(i, i + 1000));
      for (const c of contributionsBySubject(facts, this.timeZone)) after.push(...c.contributions);
    }
    await applyRollup(em, before, after, this.write);
  }
}

const batches = new WeakMap<EntityManager, CareRollup>();

/** Bulk loads: from here until finishCareBatch, the care appliers in `em`'s transaction defer kpi_daily to one update. */
function startCareBatch(em: EntityManager, ctx: FactContext): void {
  batches.set(em, new CareRollup(databaseFacts(em), ctx.timeZone, ctx.stage ? { stage: ctx.stage } : 'live'));
}

async function finishCareBatch(em: EntityManager): Promise<void> {
  const batch = batches.get(em);
  batches.delete(em);
  await batch?.finish(em);
}

/** A customer's id (facts with no customer yet are grouped under "kind:id"). */
const isCustomerSubject = (subject: string) => !subject.includes(':');

/**
 * How kpi_daily's changes are written: `live` upserts them in key order (two transactions lock
 * shared rows in the same order); `batch` upserts them unsorted (a bulk load is the only writer of
 * its database); `stage` appends them to kpi_daily_load (FactContext.stage), folded in once when a
 * load into an empty analytics is done (foldStagedKpiDaily).
 */
type RollupWrite = 'live' | 'batch' | { stage: RowStager };

/**
 * Moves kpi_daily from `before` to `after`, and drops the rows that fall to zero: the rollup holds
 * the same rows whichever order the events came in (a row first raised and then lowered again
 * would otherwise stay behind as a zero).
 */
async function applyRollup(em: EntityManager, before: Contribution[], after: Contribution[], write: RollupWrite = 'live'): Promise<void> {
  const delta = new Map<string, { c: Contribution; value: number }>();
  const add = (list: Contribution[], sign: number) => {
    for (const c of list) {
      const key = rollupKey(c);
      const row = delta.get(key);
      if (row) row.value += sign * (c.values.value ?? 0);
      else delta.set(key, { c, value: sign * (c.values.value ?? 0) });
    }
  };
  add(before, -1);
  add(after, 1);
  const changed: { key: string; c: Contribution; value: number }[] = [];
  for (const [key, { c, value }] of delta) if (value !== 0) changed.push({ key, c, value });
  if (write === 'live') changed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (changed.length === 0) return;
  if (typeof write === 'object') {
    const keys = ['metric', 'dim', 'day', 'department', 'dim_key'];
    const rows = changed.map(({ c, value }) => [...keys.map((k) => c.key[k]!), value]);
    await write.stage(KPI_DAILY_LOAD, [...keys, 'value'], rows);
    return;
  }
  const records = changed.map(({ c, value }) => ({ ...c.key, value }));
  await em.execute(
    `insert into ${KPI_DAILY} (metric, day, department, dim, dim_key, value)
     select r.metric, r.day, r.department, r.dim, r.dim_key, r.value
     from json_populate_recordset(null::${KPI_DAILY}, ?::json) ${write === 'live' ? 'with ordinality as r order by r.ordinality' : 'as r'}
     on conflict (metric, day, department, dim, dim_key) do update set value = kpi_daily.value + excluded.value`,
    [JSON.stringify(records)],
  );
  // rows that fell to zero go: the rollup holds the same rows whatever order events came in
  const lowered = records.filter((r) => r.value < 0);
  if (lowered.length > 0) {
    await em.execute(
      `delete from ${KPI_DAILY} k using json_to_recordset(?::json) as r(metric text, day date, department text, dim text, dim_key text)
       where k.value = 0 and k.metric = r.metric and k.day = r.day and k.department = r.department and k.dim = r.dim and k.dim_key = r.dim_key`,
      [JSON.stringify(lowered)],
    );
  }
}

/**
 * Writes the changes a load staged in kpi_daily_load into kpi_daily, summed per row, and empties
 * kpi_daily_load; rows whose sum is zero are not written, and rows of kpi_daily the changes bring
 * to zero are dropped (as applyRollup does). Nothing to do when nothing is staged. The sums go in
 * in the primary key's order, which keeps its upkeep to appending (in hash order the fold took half
 * as long again); into an empty kpi_daily (the end of a load into an empty analytics) as plain
 * inserts, no row can be there.
 */
export async function foldStagedKpiDaily(em: EntityManager): Promise<void> {
  const [staged] = await em.execute<{ any: boolean }[]>(`select exists (select 1 from ${KPI_DAILY_LOAD}) as any`);
  if (!staged?.any) return;
  const [filled] = await em.execute<{ any: boolean }[]>(`select exists (select 1 from ${KPI_DAILY}) as any`);
  // one hash and one sort of every staged change: enough memory for them to stay off disk at hospital-group scale
  await em.execute(`set local work_mem = '1GB'`);
  const sums = `select metric, dim, day, department, dim_key, sum(value) from ${KPI_DAILY_LOAD}
     group by metric, dim, day, department, dim_key having sum(value) <> 0`;
  const ordered = `${sums} order by metric, dim, day, department, dim_key`;
  if (!filled?.any) await em.execute(`insert into ${KPI_DAILY} (metric, dim, day, department, dim_key, value) ${ordered}`);
  else {
    await em.execute(
      `insert into ${KPI_DAILY} (metric, dim, day, department, dim_key, value) ${ordered}
       on conflict (metric, day, department, dim, dim_key) do update set value = kpi_daily.value + excluded.value`,
    );
    await em.execute(
      `delete from ${KPI_DAILY} k using ${KPI_DAILY_LOAD} l
       where k.value = 0 and k.metric = l.metric and k.dim = l.dim and k.day = l.day and k.department = l.department and k.dim_key = l.dim_key`,
    );
  }
  // the service's runtime role may not truncate (a fold at its start after a load cut short)
  const [own] = await em.execute<{ truncate: boolean }[]>(`select has_table_privilege(?, 'TRUNCATE') as truncate`, [KPI_DAILY_LOAD]);
  await em.execute(own?.truncate ? `truncate ${KPI_DAILY_LOAD}` : `delete from ${KPI_DAILY_LOAD}`);
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
async function mergeSubjects(em: EntityManager, data: CustomersMergedData, ctx: FactContext): Promise<boolean> {
  const type = Events.CustomersMerged;
  const survivor = id(type, 'survivorId', data.survivorId);
  const merged = id(type, 'mergedId', data.mergedId);
  if (survivor === merged) return false;
  const batch = batches.get(em);
  const rollup = batch ?? new CareRollup(databaseFacts(em), ctx.timeZone, ctx.stage ? { stage: ctx.stage } : 'live');
  await rollup.lock([merged, survivor]);
  const [moving] = await em.execute<{ n: number }[]>(`select count(*)::int as n from ${CARE_FACT} where subject = ?`, [merged]);
  if (!moving?.n) return false;
  await rollup.remember([merged, survivor]);
  await em.execute(`update ${CARE_FACT} set subject = ? where subject = ?`, [survivor, merged]);
  if (!batch) await rollup.finish(em);
  return true;
}

// ---------------------------------------------------------------- events → fact changes

/** Declares the fact change an event makes, reading its payload as `T`. */
const on = <T>(toChange: (data: T, type: string) => FactChange) => toChange as (data: unknown, type: string) => FactChange;

/** event type → the fact change its event makes: the live appliers and the bulk path share these */
const careChangeOf: Record<string, (data: unknown, type: string) => FactChange> = {
  [Events.CustomerRegistered]: on<CustomerRegisteredData>((d, type) => {
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

  [CareEvents.ConsultationRegistered]: on<ConsultationRegisteredData>((d, type) => ({
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

  [CareEvents.ConsultationLinked]: on<ConsultationLinkedData>((d, type) => ({
    kind: 'consultation',
    factId: id(type, 'consultationId', d.consultationId),
    customerId: id(type, 'customerId', d.customerId),
    patch: {},
  })),

  [CareEvents.AppointmentBooked]: on<AppointmentBookedData>((d, type) => ({
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

  // a cancelled or no-show booking stays a fact (its day, its staff) but counts no more (care-contributions.ts)
  [CareEvents.AppointmentCancelled]: on<AppointmentCancelledData>((d, type) => ({
    kind: 'appointment',
    factId: id(type, 'appointmentId', d.appointmentId),
    customerId: optionalId(d.customerId),
    patch: {
      slotStart: iso(type, 'slotStart', d.slotStart),
      departmentCode: optionalText(d.departmentCode) ?? '',
      cancelKind: d.kind === 'NO_SHOW' ? 'NO_SHOW' : 'CANCELLED',
      cancelledAt: iso(type, 'cancelledAt', d.cancelledAt),
    },
  })),

  [CareEvents.VisitRegistered]: on<VisitRegisteredData>((d, type) => ({
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

  [CareEvents.VisitOutcomeRecorded]: on<VisitOutcomeRecordedData>((d, type) => ({
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

  [Events.ConsumptionRefunded]: on<ConsumptionRefundedData>((d, type) => ({
    kind: 'refund',
    factId: text(type, 'receiptNumber', d.receiptNumber),
    customerId: optionalId(d.customerId ?? null),
    patch: {
      refundedAt: iso(type, 'refundedAt', d.refundedAt),
      amountFen: typeof d.amountFen === 'number' && Number.isSafeInteger(d.amountFen) ? d.amountFen : null,
    },
  })),

  [CareEvents.FollowUpScheduled]: on<FollowUpScheduledData>((d, type) => ({
    kind: 'follow_up',
    factId: id(type, 'taskId', d.taskId),
    customerId: optionalId(d.customerId),
    patch: {
      dueDate: text(type, 'dueDate', d.dueDate).slice(0, 10),
      departmentCode: optionalText(d.departmentCode) ?? '',
      assigneeId: staffIdOf(d.assigneeId),
    },
  })),

  [CareEvents.FollowUpCompleted]: on<FollowUpCompletedData>((d, type) => ({
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

  [CareEvents.ComplaintReceived]: on<ComplaintReceivedData>((d, type) => ({
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

  [CareEvents.ComplaintClosed]: on<ComplaintClosedData>((d, type) => ({
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

  // every overdue stage repeats the complaint's first overrun, so the fact's day never moves
  [CareEvents.ComplaintOverdue]: on<ComplaintOverdueData>((d, type) => ({
    kind: 'complaint',
    factId: id(type, 'complaintId', d.complaintId),
    customerId: optionalId(d.customerId),
    patch: {
      receivedAt: iso(type, 'receivedAt', d.receivedAt),
      complaintKind: text(type, 'kind', d.kind),
      category: optionalText(d.category),
      departmentCode: optionalText(d.departmentCode) ?? '',
      staffId: staffIdOf(d.staffId),
      firstOverdueAt: iso(type, 'firstOverdueAt', d.firstOverdueAt),
    },
  })),
};

const careAppliers: Record<string, CareApplier[]> = {
  ...Object.fromEntries(
    Object.entries(careChangeOf).map(([type, toChange]): [string, CareApplier[]] => [
      type,
      [(em, event, ctx) => applyChange(em, toChange(event.data, event.type), ctx.timeZone)],
    ]),
  ),
  [Events.CustomersMerged]: [(em, event, ctx) => mergeSubjects(em, event.data as CustomersMergedData, ctx)],
  // 老带新: the referred customer's referral fact; the event carries no time of its own, so the referral
  // counts on the event's. It reads the fact first (the first copy's time stays).
  [Events.CustomerReferred]: [
    async (em, event, ctx) => {
      const source = databaseFacts(em);
      return applyChange(em, await referralChange(event, source), ctx.timeZone, undefined, source);
    },
  ],
};

/** A referral's change: its time is the stored fact's when there is one (a re-published copy moves nothing). */
async function referralChange(event: DomainEvent<unknown>, source: FactSource): Promise<FactChange> {
  const type = event.type;
  const d = event.data as CustomerReferredData;
  const customerId = id(type, 'customerId', d.customerId);
  const [known] = await source.byKeys([{ kind: 'referral', factId: customerId }]);
  const at = known?.data.referredAt;
  return {
    kind: 'referral',
    factId: customerId,
    customerId,
    patch: {
      referrerId: id(type, 'referrerId', d.referrerId),
      referredAt: typeof at === 'string' ? at : iso(type, 'occurredAt', event.occurredAt),
    },
  };
}

/** The facts a referral names (read before the batch is applied). */
function referralKeys(event: DomainEvent<unknown>): FactChange {
  const customerId = id(event.type, 'customerId', (event.data as CustomerReferredData).customerId);
  return { kind: 'referral', factId: customerId, customerId, patch: {} };
}

/**
 * A bulk load's batch of care events (every type but CustomersMerged), in order, by the same
 * applyChange as the consumers but against the batch's facts held in memory: two statements read
 * the facts the batch names and their customers' other facts, one writes the changed facts back,
 * one moves kpi_daily by the batch's difference.
 */
async function applyCareBatch(em: EntityManager, events: readonly DomainEvent<unknown>[], ctx: FactContext): Promise<void> {
  // a referral's change is known once the facts are read (its stored time, in event order): here only its keys
  const changes = events.map((event) =>
    event.type === Events.CustomerReferred ? referralKeys(event) : careChangeOf[event.type]!(event.data, event.type),
  );
  const facts = await MemoryFacts.load(em, changes);
  const rollup = new CareRollup(facts, ctx.timeZone, ctx.stage ? { stage: ctx.stage } : 'batch');
  for (const [i, event] of events.entries()) {
    const change = event.type === Events.CustomerReferred ? await referralChange(event, facts) : changes[i]!;
    await applyChange(em, change, ctx.timeZone, rollup, facts);
  }
  await facts.flush(em);
  await rollup.finish(em);
}

/**
 * The front-line facts (care_fact, kpi_daily, staff_dim) for the facts dispatcher; in bulk loads
 * kpi_daily is updated once per batch, and the seed's batches are applied in memory (applyCareBatch).
 */
export const careFacts: FactPlugin = {
  appliers: careAppliers,
  // staff_dim: the staff dimension the front-line figures are split by; the replay empties it with them
  tables: [`"analytics"."staff_dim"`, CARE_FACT, KPI_DAILY, KPI_DAILY_LOAD],
  beginBulk: startCareBatch,
  endBulk: finishCareBatch,
  bulk: { types: [...Object.keys(careChangeOf), Events.CustomerReferred], apply: applyCareBatch },
  foldStaged: foldStagedKpiDaily,
};
