import { Events, fenToYuan, MemberFactEvents, newId, type ConsumptionRecordedData, type PointsChangedData } from '@careline/service-kit';
import { pgArray, S, sql } from '../../common/sql.js';
import { addMonths, hospitalDate } from '../../common/calendar.js';
import { SYSTEM_OPERATOR, type LedgerScope } from '../points/points.ledger.js';
import { PointsEntryKind } from '../points/points-entry.entity.js';
import { computeEarn, monthIn } from '../points/points.earning.js';
import { PointsErrors } from '../points/points.exception.js';
import { ConsumptionErrors } from './consumption.exception.js';
import type { ConsumptionFacts } from './consumption.core.js';

// 批量积分: many receipts recorded and earned in one transaction with a fixed number of statements
// (docs/points-ledger.md). Same rules and the same rows as the one-receipt path in
// consumption.core.ts / points.ledger.ts (earnConsumption, MemberLedger): a receipt is recorded
// once (its unique number), earns once (earn_entry_id), each member's account row is locked
// before its entries are appended (seq and balance_after continue from the locked row), lots are
// expired before anything is credited, PointsChanged is published per entry and
// ConsumptionRecorded per receipt recorded, all inside the caller's transaction.

export interface EarnItem extends ConsumptionFacts {
  /** who the EARN entry names */
  operatorId: string;
}

export interface EarnItemOutcome {
  consumptionId: string;
  customerId: string;
  /** this call recorded the receipt */
  inserted: boolean;
  /** this call earned the receipt's points (an EARN entry) */
  earned: boolean;
  /** entries this item wrote: its member's EXPIRE (on the member's first item), its EARN */
  entryIds: string[];
}

export interface EarnBatchOptions {
  /**
   * `request`: every item names an ACTIVE or LOST membership (else NOT_FOUND / CONFLICT for the
   * whole batch) and a receipt recorded before must have been recorded for the same customer and
   * amount (else CONFLICT RECEIPT_ALREADY_RECORDED). `event`: the membership is the customer's,
   * if any; a receipt recorded before is taken as it is (crm's DealClosed).
   */
  mode: 'request' | 'event';
}

interface MembershipRow {
  id: string;
  customer_id: string;
  status: string;
  tier: string;
  multiplier: string | number | null;
  birth_month: number | null;
}

interface ExistingRow {
  id: string;
  receipt_number: string;
  customer_id: string;
  membership_id: string | null;
  amount_fen: string;
  occurred_at: Date;
  status: string;
  earn_entry_id: string | null;
}

/** What an earn needs to know of a consumption, new or recorded before. */
interface ToEarn {
  item: number;
  consumptionId: string;
  receiptNumber: string;
  customerId: string;
  amountFen: number;
  occurredAt: Date;
  operatorId: string;
  membership: MembershipRow;
  points: number;
  bonus: number;
  multiplier: number;
  entryId: string | null;
  /** a consumption recorded before: its earning is an UPDATE; a new one was inserted with it */
  existing: boolean;
}

interface EntryRow {
  id: string;
  membership_id: string;
  customer_id: string;
  seq: number;
  kind: PointsEntryKind;
  points: number;
  balance_after: number;
  reason: string;
  operator_id: string;
  consumption_id: string | null;
  receipt_number: string | null;
}

const ACTIVE = ['ACTIVE', 'LOST'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** the earn of one consumption for one member, by the rules of points.earning.ts */
function earnOf(
  scope: LedgerScope,
  membership: MembershipRow,
  amountFen: number,
  occurredAt: Date,
): { points: number; bonus: number; multiplier: number } {
  if (!ACTIVE.includes(membership.status)) return { points: 0, bonus: 0, multiplier: 1 };
  const birthdayMonth = membership.birth_month != null && membership.birth_month === monthIn(occurredAt, scope.config.timeZone);
  return computeEarn(amountFen, membership.multiplier != null ? Number(membership.multiplier) : 1.0, birthdayMonth, scope.config);
}

/** the same words as earnConsumption's EARN entries */
function earnReason(e: ToEarn): string {
  const bonus = e.bonus > 0 ? `, 生日月 +${e.bonus}` : '';
  return `消费积分: 单号 ${e.receiptNumber}, ¥${fenToYuan(e.amountFen)} × ${e.multiplier}${bonus}`;
}

async function loadMemberships(scope: LedgerScope, ids: string[], customerIds: string[]): Promise<MembershipRow[]> {
  if (!ids.length && !customerIds.length) return [];
  // one round trip: the membership, its tier's multiplier (1.0 when unknown) and the birth month
  return sql<MembershipRow>(
    scope.em,
    `select m.id, m.customer_id, m.status, m.tier, t.multiplier, extract(month from kc.birth_date)::int as birth_month
     from ${S('membership')} m left join ${S('tier')} t on t.code = m.tier left join ${S('known_customer')} kc on kc.customer_id = m.customer_id
     where m.id = any(?::uuid[]) or m.customer_id = any(?::uuid[])`,
    [pgArray(ids), pgArray(customerIds)],
  );
}

/**
 * Records `items` (each receipt once, duplicates inside the list included) and earns their points,
 * set-based, in the caller's transaction. Statements, whatever the number of items: memberships,
 * consumptions (INSERT … ON CONFLICT DO NOTHING), the accounts locked in membership order (one
 * INSERT … ON CONFLICT DO UPDATE that also says whose lots are due), one statement writing entries,
 * lots, accounts and the earned consumptions, and one outbox insert per event type and queue.
 * Receipts recorded before, and lots due to expire, cost one statement more each when present.
 * @returns one outcome per item, in order
 */
export async function earnBatch(scope: LedgerScope, input: readonly EarnItem[], options: EarnBatchOptions): Promise<EarnItemOutcome[]> {
  if (!input.length) return [];

  // (1) the memberships: named (requests) or the customers' (events)
  const named = [...new Set(input.map((i) => i.membershipId).filter((id): id is string => !!id))];
  const customers = options.mode === 'event' ? [...new Set(input.map((i) => i.customerId))] : [];
  const memberships = new Map<string, MembershipRow>();
  const byCustomer = new Map<string, MembershipRow>();
  const remember = (rows: MembershipRow[]) => {
    for (const row of rows) {
      memberships.set(row.id, row);
      byCustomer.set(row.customer_id, row);
    }
  };
  remember(await loadMemberships(scope, named, customers));
  // a request names the membership only: the customer is the membership's
  const items = input.map((item) =>
    options.mode === 'request' ? { ...item, customerId: memberships.get(item.membershipId ?? '')?.customer_id ?? item.customerId } : item,
  );
  const outcomes: EarnItemOutcome[] = items.map((item) => ({
    consumptionId: '',
    customerId: item.customerId,
    inserted: false,
    earned: false,
    entryIds: [],
  }));
  const membershipOf = (item: EarnItem): MembershipRow | undefined =>
    item.membershipId ? memberships.get(item.membershipId) : byCustomer.get(item.customerId);
  if (options.mode === 'request') {
    for (const item of items) {
      const membership = membershipOf(item);
      if (!membership) throw PointsErrors.membershipNotFound(item.membershipId ?? '');
      if (!ACTIVE.includes(membership.status)) throw PointsErrors.membershipNotActive(membership.status);
    }
  }

  // (2) the receipts, first occurrence in the list wins; the consumption is inserted already earned
  // (the earn depends on the membership, its tier and birth month, not on the balance), so a new
  // receipt is one row written once
  const firstOf = new Map<string, number>();
  const fresh: ToEarn[] = [];
  items.forEach((item, i) => {
    const first = firstOf.get(item.receiptNumber);
    if (first !== undefined) {
      const a = items[first]!;
      if (options.mode === 'request' && (a.customerId !== item.customerId || a.amountFen !== item.amountFen))
        throw ConsumptionErrors.receiptTaken(outcomes[first]!.consumptionId);
      return;
    }
    firstOf.set(item.receiptNumber, i);
    outcomes[i]!.consumptionId = newId();
    const membership = membershipOf(item);
    if (!membership) return;
    const earned = earnOf(scope, membership, item.amountFen, item.occurredAt);
    fresh.push({
      item: i,
      consumptionId: outcomes[i]!.consumptionId,
      receiptNumber: item.receiptNumber,
      customerId: item.customerId,
      amountFen: item.amountFen,
      occurredAt: item.occurredAt,
      operatorId: item.operatorId,
      membership,
      ...earned,
      entryId: earned.points > 0 ? newId() : null,
      existing: false,
    });
  });
  const freshByItem = new Map(fresh.map((f) => [f.item, f]));
  const firsts = [...firstOf.values()].sort((a, b) => cmp(items[a]!.receiptNumber, items[b]!.receiptNumber));
  const rows = firsts.map((i) => {
    const item = items[i]!;
    const earn = freshByItem.get(i);
    return {
      id: outcomes[i]!.consumptionId,
      receipt_number: item.receiptNumber,
      customer_id: item.customerId,
      membership_id: earn?.membership.id ?? item.membershipId ?? null,
      amount_fen: item.amountFen,
      occurred_at: item.occurredAt.toISOString(),
      source: item.source,
      visit_id: item.visitId ?? null,
      department_code: item.departmentCode ?? null,
      staff_id: item.staffId ?? null,
      points_earned: earn?.points ?? 0,
      bonus_points: earn?.bonus ?? 0,
      earn_entry_id: earn?.entryId ?? null,
      recorded_by: item.recordedBy ?? null,
    };
  });
  // in receipt order, so two batches sharing receipts wait for each other instead of deadlocking
  const inserted = await sql<{ id: string }>(
    scope.em,
    `insert into ${S('consumption')} (id, receipt_number, customer_id, membership_id, amount_fen, occurred_at, source, visit_id, department_code,
       staff_id, points_earned, bonus_points, earn_entry_id, status, recorded_by, created_at)
     select x.id, x.receipt_number, x.customer_id, x.membership_id, x.amount_fen, x.occurred_at, x.source, x.visit_id, x.department_code,
            x.staff_id, x.points_earned, x.bonus_points, x.earn_entry_id, 'RECORDED', x.recorded_by, ?::timestamptz
     from jsonb_to_recordset(?::jsonb) as x(id uuid, receipt_number text, customer_id uuid, membership_id uuid, amount_fen bigint,
       occurred_at timestamptz, source text, visit_id uuid, department_code text, staff_id uuid, points_earned int, bonus_points int,
       earn_entry_id uuid, recorded_by uuid)
     order by x.receipt_number
     on conflict (receipt_number) do nothing returning id`,
    [scope.now, JSON.stringify(rows)],
  );
  const insertedIds = new Set(inserted.map((r) => r.id));
  const toEarn: ToEarn[] = [];
  const taken: number[] = [];
  for (const i of firsts) {
    if (insertedIds.has(outcomes[i]!.consumptionId)) {
      outcomes[i]!.inserted = true;
      const earn = freshByItem.get(i);
      if (earn) toEarn.push(earn);
    } else taken.push(i);
  }

  // (3) receipts recorded before (by either path, or by a batch that committed meanwhile): locked,
  // answered with their consumption, and earned now when they have not earned and were not refunded
  if (taken.length) {
    const existing = await sql<ExistingRow>(
      scope.em,
      `select id, receipt_number, customer_id, membership_id, amount_fen, occurred_at, status, earn_entry_id
       from ${S('consumption')} where receipt_number = any(?::text[]) order by receipt_number for update`,
      [pgArray(taken.map((i) => items[i]!.receiptNumber))],
    );
    const byReceipt = new Map(existing.map((row) => [row.receipt_number, row]));
    const missing = existing.filter((row) => (row.membership_id ? !memberships.has(row.membership_id) : !byCustomer.has(row.customer_id)));
    if (missing.length) {
      remember(
        await loadMemberships(
          scope,
          missing.flatMap((r) => (r.membership_id ? [r.membership_id] : [])),
          missing.map((r) => r.customer_id),
        ),
      );
    }
    for (const i of taken) {
      const item = items[i]!;
      const row = byReceipt.get(item.receiptNumber)!;
      outcomes[i]!.consumptionId = row.id;
      outcomes[i]!.customerId = row.customer_id;
      if (options.mode === 'request' && (row.customer_id !== item.customerId || Number(row.amount_fen) !== item.amountFen))
        throw ConsumptionErrors.receiptTaken(row.id);
      if (row.earn_entry_id || row.status === 'REFUNDED') continue;
      const membership = row.membership_id ? memberships.get(row.membership_id) : byCustomer.get(row.customer_id);
      if (!membership) continue;
      const amountFen = Number(row.amount_fen);
      const occurredAt = new Date(row.occurred_at);
      const earned = earnOf(scope, membership, amountFen, occurredAt);
      toEarn.push({
        item: i,
        consumptionId: row.id,
        receiptNumber: row.receipt_number,
        customerId: row.customer_id,
        amountFen,
        occurredAt,
        operatorId: item.operatorId,
        membership,
        ...earned,
        entryId: earned.points > 0 ? newId() : null,
        existing: true,
      });
    }
  }
  // duplicates inside the list answer their first occurrence
  items.forEach((item, i) => {
    const first = firstOf.get(item.receiptNumber)!;
    if (first !== i) {
      outcomes[i]!.consumptionId = outcomes[first]!.consumptionId;
      outcomes[i]!.customerId = outcomes[first]!.customerId;
    }
  });

  // ConsumptionRecorded for every receipt this call recorded, before the accounts are locked (it
  // needs no balance), so the locks are held for as few round trips as possible
  const recordedFacts = firsts.filter((i) => outcomes[i]!.inserted);
  if (recordedFacts.length) {
    await scope.bus.publishAll<ConsumptionRecordedData>(
      scope.em,
      MemberFactEvents.ConsumptionRecorded,
      recordedFacts.map((i) => {
        const item = items[i]!;
        const earn = freshByItem.get(i);
        return {
          consumptionId: outcomes[i]!.consumptionId,
          receiptNumber: item.receiptNumber,
          customerId: item.customerId,
          membershipId: earn?.membership.id ?? item.membershipId ?? null,
          amountFen: item.amountFen,
          occurredAt: item.occurredAt.toISOString(),
          source: item.source,
          visitId: item.visitId ?? null,
          departmentCode: item.departmentCode ?? null,
          staffId: item.staffId ?? null,
          recordedBy: item.recordedBy ?? null,
        };
      }),
    );
  }
  // (4) the members' accounts, created on first use and locked in membership order (so batches and
  // single writers touching the same members queue instead of deadlocking); RETURNING says whose
  // lots are due. Its subquery sees the statement's snapshot, taken before any wait for the lock:
  // a lot the previous holder credited is not in it, but a new lot expires months later, never now.
  toEarn.sort((a, b) => a.item - b.item);
  const opened = [...new Map(toEarn.map((e) => [e.membership.id, e.membership])).values()].sort((a, b) => cmp(a.id, b.id));
  const accounts = new Map<string, { balance: number; entries: number; due: boolean }>();
  if (opened.length) {
    const locked = await sql<{ membership_id: string; balance: number; entries: number; due: boolean }>(
      scope.em,
      `insert into ${S('points_account')} as a (membership_id, customer_id, balance, entries, updated_at)
       select x.m, x.c, 0, 0, ?::timestamptz from jsonb_to_recordset(?::jsonb) as x(m uuid, c uuid) order by x.m
       on conflict (membership_id) do update set updated_at = a.updated_at
       returning a.membership_id, a.balance, a.entries,
         exists (select 1 from ${S('points_lot')} l where l.membership_id = a.membership_id and l.remaining > 0 and l.expires_at <= ?::timestamptz) as due`,
      [scope.now, JSON.stringify(opened.map((m) => ({ m: m.id, c: m.customer_id }))), scope.now],
    );
    for (const row of locked) accounts.set(row.membership_id, { balance: row.balance, entries: row.entries, due: row.due });
  }

  // (5) lots due: expired first, one EXPIRE entry per member, as MemberLedger.expireDue does
  const entries: EntryRow[] = [];
  const lots: { id: string; membership_id: string; entry_id: string; points: number; credited_at: string; expires_at: string }[] = [];
  const allocations: { entry_id: string; lot_id: string; points: number }[] = [];
  const firstItemOf = new Map<string, number>();
  for (const e of toEarn) if (!firstItemOf.has(e.membership.id)) firstItemOf.set(e.membership.id, e.item);
  const append = (membership: MembershipRow, kind: PointsEntryKind, points: number, reason: string, operatorId: string, e?: ToEarn) => {
    const account = accounts.get(membership.id)!;
    account.balance += points;
    account.entries += 1;
    const entry: EntryRow = {
      id: e?.entryId ?? newId(),
      membership_id: membership.id,
      customer_id: membership.customer_id,
      seq: account.entries,
      kind,
      points,
      balance_after: account.balance,
      reason,
      operator_id: operatorId,
      consumption_id: e?.consumptionId ?? null,
      receipt_number: e?.receiptNumber ?? null,
    };
    entries.push(entry);
    return entry;
  };
  const dueMembers = opened.filter((m) => accounts.get(m.id)!.due);
  if (dueMembers.length) {
    const due = await sql<{ membership_id: string; id: string; remaining: number; credited_at: Date }>(
      scope.em,
      `select membership_id, id, remaining, credited_at from ${S('points_lot')}
       where membership_id = any(?::uuid[]) and remaining > 0 and expires_at <= ?
       order by membership_id, expires_at, credited_at, id for update`,
      [pgArray(dueMembers.map((m) => m.id)), scope.now],
    );
    for (const membership of dueMembers) {
      const mine = due.filter((lot) => lot.membership_id === membership.id);
      if (!mine.length) continue;
      const total = mine.reduce((sum, lot) => sum + lot.remaining, 0);
      const newest = mine.reduce((max, lot) => Math.max(max, new Date(lot.credited_at).getTime()), 0);
      const entry = append(
        membership,
        PointsEntryKind.EXPIRE,
        -total,
        `积分过期: ${hospitalDate(new Date(newest))} 及以前入账的积分满 ${scope.config.expiryMonths} 个月`,
        SYSTEM_OPERATOR,
      );
      for (const lot of mine) allocations.push({ entry_id: entry.id, lot_id: lot.id, points: -lot.remaining });
      outcomes[firstItemOf.get(membership.id)!]!.entryIds.push(entry.id);
    }
  }

  // (6) the earns, in list order per member: seq and balance_after continue from the locked row
  // a receipt's points are earned when it happened: a receipt entered late (补录, a deal crm
  // back-dated) credits a lot from its own time, expiring `expiryMonths` after it (docs/backdating.md)
  const earnedAt = (at: Date) => new Date(Math.min(at.getTime(), scope.now.getTime()));
  const updates: { id: string; m: string; p: number; b: number; e: string | null }[] = [];
  for (const e of toEarn) {
    if (e.points > 0) {
      const entry = append(e.membership, PointsEntryKind.EARN, e.points, earnReason(e), e.operatorId, e);
      const at = earnedAt(e.occurredAt);
      lots.push({
        id: newId(),
        membership_id: e.membership.id,
        entry_id: entry.id,
        points: e.points,
        credited_at: at.toISOString(),
        expires_at: addMonths(at, scope.config.expiryMonths).toISOString(),
      });
      outcomes[e.item]!.earned = true;
      outcomes[e.item]!.entryIds.push(entry.id);
    }
    if (e.existing) updates.push({ id: e.consumptionId, m: e.membership.id, p: e.points, b: e.bonus, e: e.entryId });
  }

  // (7) one statement for every row the earns write
  const changed = [...accounts].filter(([id]) => entries.some((e) => e.membership_id === id));
  if (entries.length || updates.length) {
    await sql(
      scope.em,
      `with entries as (
         insert into ${S('points_entry')} (id, membership_id, customer_id, seq, kind, points, balance_after, reason, operator_id, consumption_id,
           receipt_number, created_at)
         select x.id, x.membership_id, x.customer_id, x.seq, x.kind, x.points, x.balance_after, x.reason, x.operator_id, x.consumption_id,
                x.receipt_number, ?::timestamptz
         from jsonb_to_recordset(?::jsonb) as x(id uuid, membership_id uuid, customer_id uuid, seq int, kind text, points int, balance_after int,
           reason text, operator_id uuid, consumption_id uuid, receipt_number text)),
       lots as (
         insert into ${S('points_lot')} (id, membership_id, entry_id, points, remaining, credited_at, expires_at)
         select x.id, x.membership_id, x.entry_id, x.points, x.points, x.credited_at, x.expires_at
         from jsonb_to_recordset(?::jsonb) as x(id uuid, membership_id uuid, entry_id uuid, points int, credited_at timestamptz, expires_at timestamptz)),
       taken as (
         update ${S('points_lot')} as lot set remaining = lot.remaining + x.points
         from jsonb_to_recordset(?::jsonb) as x(lot_id uuid, points int) where lot.id = x.lot_id),
       allocations as (
         insert into ${S('points_allocation')} (entry_id, lot_id, points)
         select x.entry_id, x.lot_id, x.points from jsonb_to_recordset(?::jsonb) as x(entry_id uuid, lot_id uuid, points int)),
       accounts as (
         update ${S('points_account')} as a set balance = x.balance, entries = x.entries, updated_at = ?::timestamptz
         from jsonb_to_recordset(?::jsonb) as x(m uuid, balance int, entries int) where a.membership_id = x.m),
       consumptions as (
         update ${S('consumption')} as c set membership_id = x.m, points_earned = x.p, bonus_points = x.b, earn_entry_id = x.e
         from jsonb_to_recordset(?::jsonb) as x(id uuid, m uuid, p int, b int, e uuid) where c.id = x.id)
       select 1`,
      [
        scope.now,
        JSON.stringify(entries),
        JSON.stringify(lots),
        JSON.stringify(allocations),
        JSON.stringify(allocations),
        scope.now,
        JSON.stringify(changed.map(([m, a]) => ({ m, balance: a.balance, entries: a.entries }))),
        JSON.stringify(updates),
      ],
    );
  }

  // (8) PointsChanged: one multi-row outbox insert (per subscribed queue) for every entry
  if (entries.length) {
    await scope.bus.publishAll<PointsChangedData>(
      scope.em,
      Events.PointsChanged,
      entries.map((e) => ({
        membershipId: e.membership_id,
        customerId: e.customer_id,
        delta: e.points,
        balance: e.balance_after,
        kind: e.kind,
        entryId: e.id,
      })),
    );
  }
  return outcomes;
}
