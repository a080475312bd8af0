import {
  fenToYuan,
  MemberFactEvents,
  newId,
  type ConsumptionRecordedData,
  type ConsumptionRefundRecordedData,
} from '@careline/service-kit';
import { S, sql } from '../../common/sql.js';
import { MemberLedger, type LedgerScope, type WrittenEntry } from '../points/points.ledger.js';
import { PointsEntryKind } from '../points/points-entry.entity.js';
import { earnFor } from '../points/points.earning.js';
import { ConsumptionErrors } from './consumption.exception.js';
import type { ConsumptionSource } from './consumption.entity.js';

export interface ConsumptionFacts {
  receiptNumber: string;
  customerId: string;
  membershipId: string | null;
  amountFen: number;
  occurredAt: Date;
  source: ConsumptionSource;
  visitId?: string | null;
  departmentCode?: string | null;
  staffId?: string | null;
  recordedBy?: string | null;
}

export interface ConsumptionRow {
  id: string;
  receipt_number: string;
  customer_id: string;
  membership_id: string | null;
  amount_fen: string;
  occurred_at: Date;
  status: string;
  points_earned: number;
  earn_entry_id: string | null;
}

/**
 * Inserts the consumption unless its receipt is already recorded (by either path, even by a
 * concurrent transaction: the unique receipt number decides).
 * @returns the consumption's id and whether this call recorded it
 */
export async function insertConsumption(scope: LedgerScope, facts: ConsumptionFacts): Promise<{ id: string; inserted: boolean }> {
  const inserted = await sql<{ id: string }>(
    scope.em,
    `insert into ${S('consumption')} (id, receipt_number, customer_id, membership_id, amount_fen, occurred_at, source, visit_id, department_code,
       staff_id, points_earned, bonus_points, status, recorded_by, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'RECORDED', ?, ?) on conflict (receipt_number) do nothing returning id`,
    [
      newId(),
      facts.receiptNumber,
      facts.customerId,
      facts.membershipId,
      facts.amountFen,
      facts.occurredAt,
      facts.source,
      facts.visitId ?? null,
      facts.departmentCode ?? null,
      facts.staffId ?? null,
      facts.recordedBy ?? null,
      scope.now,
    ],
  );
  if (inserted[0]) {
    // analytics counts the consumption (member spend, RFM, Customer.stats) from this, once per receipt
    await scope.bus.publish<ConsumptionRecordedData>(scope.em, MemberFactEvents.ConsumptionRecorded, {
      consumptionId: inserted[0].id,
      receiptNumber: facts.receiptNumber,
      customerId: facts.customerId,
      membershipId: facts.membershipId,
      amountFen: facts.amountFen,
      occurredAt: facts.occurredAt.toISOString(),
      source: facts.source,
      visitId: facts.visitId ?? null,
      departmentCode: facts.departmentCode ?? null,
      staffId: facts.staffId ?? null,
      recordedBy: facts.recordedBy ?? null,
    });
    return { id: inserted[0].id, inserted: true };
  }
  const [existing] = await sql<{ id: string }>(scope.em, `select id from ${S('consumption')} where receipt_number = ?`, [
    facts.receiptNumber,
  ]);
  return { id: existing!.id, inserted: false };
}

export function lockConsumption(scope: LedgerScope, by: { id: string } | { receiptNumber: string }): Promise<ConsumptionRow | undefined> {
  const [column, value] = 'id' in by ? ['id', by.id] : ['receipt_number', by.receiptNumber];
  return sql<ConsumptionRow>(
    scope.em,
    `select id, receipt_number, customer_id, membership_id, amount_fen, occurred_at, status, points_earned, earn_entry_id
     from ${S('consumption')} where ${column} = ? for update`,
    [value],
  ).then((rows) => rows[0]);
}

export type EarnOutcome = 'EARNED' | 'ALREADY_EARNED' | 'REFUNDED' | 'NOT_MEMBER' | 'NOT_ACTIVE' | 'NO_POINTS';

/**
 * Earns a consumption's points, once: nothing happens when it has earned already, was refunded,
 * or its customer is not an active member (it waits, with no points, for a remedy). The entry,
 * its lot, the consumption's new state and PointsChanged commit together.
 */
export async function earnConsumption(
  scope: LedgerScope,
  consumptionId: string,
  meta: { operatorId: string; remedyId?: string | null; note?: string },
): Promise<{ outcome: EarnOutcome; entries: readonly WrittenEntry[]; membershipId: string | null }> {
  const row = await lockConsumption(scope, { id: consumptionId });
  if (!row) throw new Error(`consumption ${consumptionId} vanished`);
  if (row.earn_entry_id) return { outcome: 'ALREADY_EARNED', entries: [], membershipId: row.membership_id };
  if (row.status === 'REFUNDED') return { outcome: 'REFUNDED', entries: [], membershipId: row.membership_id };
  const membershipId =
    row.membership_id ??
    (await sql<{ id: string }>(scope.em, `select id from ${S('membership')} where customer_id = ?`, [row.customer_id]))[0]?.id ??
    null;
  if (!membershipId) return { outcome: 'NOT_MEMBER', entries: [], membershipId: null };
  const ledger = await MemberLedger.open(scope, membershipId);
  let outcome: EarnOutcome = 'NOT_ACTIVE';
  let earned = { points: 0, bonus: 0, multiplier: 1 };
  let entryId: string | null = null;
  if (ledger.status === 'ACTIVE' || ledger.status === 'LOST') {
    const amountFen = Number(row.amount_fen);
    earned = await earnFor(
      scope.em,
      { amountFen, tier: ledger.tier, customerId: row.customer_id, occurredAt: new Date(row.occurred_at) },
      scope.config,
    );
    outcome = 'NO_POINTS';
    if (earned.points > 0) {
      const bonus = earned.bonus > 0 ? `, 生日月 +${earned.bonus}` : '';
      const entry = await ledger.credit(PointsEntryKind.EARN, earned.points, {
        // the tier by its multiplier, not its code: the reason is shown to staff as it is
        reason: `消费积分: 单号 ${row.receipt_number}, ¥${fenToYuan(amountFen)} × ${earned.multiplier}${bonus}${meta.note ? ` (${meta.note})` : ''}`,
        operatorId: meta.operatorId,
        consumptionId: row.id,
        receiptNumber: row.receipt_number,
        remedyId: meta.remedyId ?? null,
        earnedAt: new Date(row.occurred_at),
      });
      entryId = entry.id;
      outcome = 'EARNED';
    }
  }
  await sql(
    scope.em,
    `update ${S('consumption')} set membership_id = ?, points_earned = ?, bonus_points = ?, earn_entry_id = ? where id = ?`,
    [membershipId, earned.points, earned.bonus, entryId, row.id],
  );
  return { outcome, entries: await ledger.close(), membershipId };
}

/**
 * Refunds a receipt, once: takes back the points it earned (its own lot first, then the oldest);
 * when the member has spent some of them already, only what the balance holds is taken (it never
 * goes below zero) and the rest is recorded as unrecovered. A second refund changes nothing.
 */
export async function refundConsumption(
  scope: LedgerScope,
  input: { receiptNumber: string; reason: string; refundedAt: Date; operatorId: string },
): Promise<{ id: string; changed: boolean; entries: readonly WrittenEntry[]; customerId: string }> {
  const row = await lockConsumption(scope, { receiptNumber: input.receiptNumber });
  if (!row) throw ConsumptionErrors.notFound(input.receiptNumber);
  if (row.status === 'REFUNDED') return { id: row.id, changed: false, entries: [], customerId: row.customer_id };
  let reversed = 0;
  let entries: readonly WrittenEntry[] = [];
  let reversalEntryId: string | null = null;
  if (row.earn_entry_id && row.membership_id && row.points_earned > 0) {
    const ledger = await MemberLedger.open(scope, row.membership_id);
    const [lot] = await sql<{ id: string }>(scope.em, `select id from ${S('points_lot')} where entry_id = ?`, [row.earn_entry_id]);
    const entry = await ledger.debit(
      PointsEntryKind.REVERSE,
      row.points_earned,
      {
        reason: `退款冲正: 单号 ${row.receipt_number} 已退款（${input.reason}）`,
        operatorId: input.operatorId,
        consumptionId: row.id,
        receiptNumber: row.receipt_number,
        reversesEntryId: row.earn_entry_id,
      },
      { preferLotId: lot?.id, capAtBalance: true },
    );
    reversed = entry ? -entry.points : 0;
    reversalEntryId = entry?.id ?? null;
    entries = await ledger.close();
  }
  await sql(
    scope.em,
    `update ${S('consumption')} set status = 'REFUNDED', refunded_at = ?, refund_reason = ?, points_reversed = ?, points_unrecovered = ?, reversal_entry_id = ?
     where id = ?`,
    [input.refundedAt, input.reason, reversed, row.points_earned - reversed, reversalEntryId, row.id],
  );
  await scope.bus.publish<ConsumptionRefundRecordedData>(scope.em, MemberFactEvents.ConsumptionRefundRecorded, {
    consumptionId: row.id,
    receiptNumber: row.receipt_number,
    customerId: row.customer_id,
    membershipId: row.membership_id,
    amountFen: Number(row.amount_fen),
    occurredAt: new Date(row.occurred_at).toISOString(),
    refundedAt: input.refundedAt.toISOString(),
  });
  return { id: row.id, changed: true, entries, customerId: row.customer_id };
}

/**
 * 补办会员: earns every consumption of the customer since `since` that has not earned yet (and
 * was not refunded), oldest first, for the membership; links those recorded while the customer
 * was not a member. For a retroactive enrolment, by remedy or by hand.
 */
export async function earnConsumptionsSince(
  scope: LedgerScope,
  membershipId: string,
  customerId: string,
  since: Date,
  meta: { operatorId: string; remedyId?: string | null; note?: string },
): Promise<{ consumptions: number; entryIds: string[] }> {
  const rows = await sql<{ id: string }>(
    scope.em,
    `select id from ${S('consumption')} where customer_id = ? and occurred_at >= ? and earn_entry_id is null and status = 'RECORDED'
     order by occurred_at, id`,
    [customerId, since],
  );
  const entryIds: string[] = [];
  for (const { id } of rows) {
    await sql(scope.em, `update ${S('consumption')} set membership_id = ? where id = ? and membership_id is null`, [membershipId, id]);
    const earned = await earnConsumption(scope, id, meta);
    entryIds.push(...earned.entries.filter((e) => e.kind === PointsEntryKind.EARN).map((e) => e.id));
  }
  return { consumptions: rows.length, entryIds };
}
