import { startOfHospitalDay } from '@careline/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, S, sql } from '../../common/sql.js';
import { MemberLedger, POINTS_ACTIVE_STATUSES, SYSTEM_OPERATOR, type LedgerScope, type WrittenEntry } from '../points/points.ledger.js';
import { PointsEntryKind } from '../points/points-entry.entity.js';
import { monthIn } from '../points/points.earning.js';
import { ReferralCapPeriod, ReferralDeclineReason, ReferralStatus } from './referral.entity.js';

/** A referral row as the settling code reads it (locked). */
export interface ReferralRow {
  referred_customer_id: string;
  referrer_customer_id: string;
  referred_at: Date;
  status: ReferralStatus;
  membership_id: string | null;
  points: number;
  reward_entry_id: string | null;
  consumption_id: string | null;
}

interface RuleRow {
  enabled: boolean;
  points_per_referral: number;
  cap_per_period: number | null;
  cap_period: ReferralCapPeriod;
}

export interface SettleResult {
  /** REWARDED / DECLINED / REVERSED: this call changed the referral; WAITING: no first deal yet; NONE: nothing to do */
  outcome: 'REWARDED' | 'DECLINED' | 'REVERSED' | 'WAITING' | 'NONE';
  referral?: ReferralRow;
  declineReason?: ReferralDeclineReason;
  entries: readonly WrittenEntry[];
}

const NOTHING: SettleResult = { outcome: 'NONE', entries: [] };

/**
 * Every writer of a referred customer's referral (the referral itself, their deals, refunds and
 * merges, from separate queues and replicas) takes this lock first, then reads: two transactions
 * about one referred customer run one after the other, and the second sees what the first
 * committed (READ COMMITTED reads afresh per statement). So a deal recorded while the referral
 * arrives is never missed by both, and a referral is settled once. Several are taken in one
 * sorted order. Held until the transaction ends.
 */
export async function lockReferred(em: EntityManager, customerIds: readonly string[]): Promise<void> {
  const ids = [...new Set(customerIds.filter((id) => isUuid(id)).map((id) => id.toLowerCase()))].sort();
  if (ids.length === 0) return;
  await sql(
    em,
    `select count(pg_advisory_xact_lock(hashtextextended('members.referral:' || s, 0))) from (select unnest(?::text[]) as s order by 1) as l`,
    [`{${ids.join(',')}}`],
  );
}

async function lockedReferral(em: EntityManager, referredId: string): Promise<ReferralRow | undefined> {
  const [row] = await sql<ReferralRow>(
    em,
    `select referred_customer_id, referrer_customer_id, referred_at, status, membership_id, points, reward_entry_id, consumption_id
     from ${S('referral')} where referred_customer_id = ? for update`,
    [referredId],
  );
  return row;
}

/**
 * CustomerReferred: records who referred the customer (the first referral wins; a redelivery or a
 * second one changes nothing), then settles it at once when the customer already closed a deal
 * (the deal's event may have come first).
 */
export async function recordReferral(
  scope: LedgerScope,
  input: { referrerId: string; customerId: string; referredAt: Date },
): Promise<{ inserted: boolean; settled: SettleResult }> {
  const referredId = input.customerId.toLowerCase();
  const referrerId = input.referrerId.toLowerCase();
  await lockReferred(scope.em, [referredId]);
  const inserted = await sql<{ referred_customer_id: string }>(
    scope.em,
    `insert into ${S('referral')} (referred_customer_id, referrer_customer_id, referred_at, status, updated_at) values (?, ?, ?, 'PENDING', ?)
     on conflict (referred_customer_id) do nothing returning referred_customer_id`,
    [referredId, referrerId, input.referredAt, scope.now],
  );
  return { inserted: inserted.length > 0, settled: await settleReferral(scope, referredId) };
}

/** The first instant of the rule's calendar period (hospital time zone) that `at` falls in. */
export function periodStart(at: Date, period: ReferralCapPeriod, timeZone: string): Date {
  const year = Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
  const month = monthIn(at, timeZone);
  const first = period === ReferralCapPeriod.YEAR ? 1 : period === ReferralCapPeriod.QUARTER ? month - ((month - 1) % 3) : month;
  return startOfHospitalDay(`${year}-${String(first).padStart(2, '0')}-01`, timeZone);
}

/**
 * Settles a PENDING referral on the referred customer's first deal (the earliest deal recorded
 * from crm, not refunded): the referrer's membership is credited the rule's points, or the
 * referral is declined (self-referral, an existing customer, the rule off, no active membership,
 * the cap reached). The caller holds the referred customer's lock. The referrer's ledger is opened
 * (its account row locked) before the cap is counted, so concurrent rewards of one referrer are
 * counted one after the other.
 */
export async function settleReferral(scope: LedgerScope, referredId: string): Promise<SettleResult> {
  const referral = await lockedReferral(scope.em, referredId);
  if (!referral || referral.status !== ReferralStatus.PENDING) return NOTHING;
  // locked like a refund locks it: a refund committed first hides the deal, one waiting comes after
  const [deal] = await sql<{ id: string; receipt_number: string }>(
    scope.em,
    `select id, receipt_number from ${S('consumption')} where customer_id = ? and source = 'DEAL' and status = 'RECORDED'
     order by occurred_at, id limit 1 for update`,
    [referredId],
  );
  if (!deal) return { outcome: 'WAITING', referral, entries: [] };
  const decline = async (reason: ReferralDeclineReason): Promise<SettleResult> => {
    await sql(
      scope.em,
      `update ${S('referral')} set status = 'DECLINED', decline_reason = ?, consumption_id = ?, receipt_number = ?, updated_at = ?
       where referred_customer_id = ?`,
      [reason, deal.id, deal.receipt_number, scope.now, referredId],
    );
    return { outcome: 'DECLINED', referral, declineReason: reason, entries: [] };
  };
  if (referral.referrer_customer_id === referredId) return decline(ReferralDeclineReason.SELF_REFERRAL);
  const [earlier] = await sql<{ n: number }>(
    scope.em,
    `select count(*)::int as n from ${S('consumption')} where customer_id = ? and occurred_at < ?`,
    [referredId, referral.referred_at],
  );
  if (earlier!.n > 0) return decline(ReferralDeclineReason.EXISTING_CUSTOMER);
  const [rule] = await sql<RuleRow>(
    scope.em,
    `select enabled, points_per_referral, cap_per_period, cap_period from ${S('referral_rule')} where id = 1`,
  );
  if (!rule?.enabled) return decline(ReferralDeclineReason.RULE_DISABLED);
  const [membership] = await sql<{ id: string; status: string }>(
    scope.em,
    `select id, status from ${S('membership')} where customer_id = ?`,
    [referral.referrer_customer_id],
  );
  if (!membership || !POINTS_ACTIVE_STATUSES.includes(membership.status)) return decline(ReferralDeclineReason.REFERRER_NOT_MEMBER);
  const ledger = await MemberLedger.open(scope, membership.id);
  if (rule.cap_per_period != null) {
    const [given] = await sql<{ n: number }>(
      scope.em,
      `select count(*)::int as n from ${S('referral')} where membership_id = ? and status = 'REWARDED' and rewarded_at >= ?`,
      [membership.id, periodStart(scope.now, rule.cap_period, scope.config.timeZone)],
    );
    if (given!.n >= rule.cap_per_period) {
      await ledger.close();
      return decline(ReferralDeclineReason.CAP_REACHED);
    }
  }
  const entry = await ledger.credit(PointsEntryKind.EARN, rule.points_per_referral, {
    reason: `老带新奖励: 推荐的客户首次成交（+${rule.points_per_referral}）`,
    operatorId: SYSTEM_OPERATOR,
  });
  const entries = await ledger.close();
  await sql(
    scope.em,
    `update ${S('referral')} set status = 'REWARDED', consumption_id = ?, receipt_number = ?, membership_id = ?, points = ?, reward_entry_id = ?,
       rewarded_at = ?, updated_at = ? where referred_customer_id = ?`,
    [deal.id, deal.receipt_number, membership.id, rule.points_per_referral, entry.id, scope.now, scope.now, referredId],
  );
  return { outcome: 'REWARDED', referral, entries };
}

/**
 * Takes a REWARDED referral's points back from the referrer (the reward's own lot first; never
 * below zero: what the referrer already spent is left, pointsReversed says what came back) and
 * marks it REVERSED, once. A PENDING referral is declined with the same reason instead.
 */
async function withdraw(scope: LedgerScope, referral: ReferralRow, reason: ReferralDeclineReason): Promise<SettleResult> {
  if (referral.status === ReferralStatus.PENDING) {
    await sql(
      scope.em,
      `update ${S('referral')} set status = 'DECLINED', decline_reason = ?, updated_at = ? where referred_customer_id = ?`,
      [reason, scope.now, referral.referred_customer_id],
    );
    return { outcome: 'DECLINED', referral, declineReason: reason, entries: [] };
  }
  if (referral.status !== ReferralStatus.REWARDED || !referral.membership_id) return NOTHING;
  const ledger = await MemberLedger.open(scope, referral.membership_id);
  const [lot] = await sql<{ id: string }>(scope.em, `select id from ${S('points_lot')} where entry_id = ?`, [referral.reward_entry_id]);
  const entry = await ledger.debit(
    PointsEntryKind.REVERSE,
    referral.points,
    {
      reason:
        reason === ReferralDeclineReason.DEAL_REFUNDED
          ? '老带新奖励冲正: the referred customer’s first deal was refunded'
          : '老带新奖励冲正: the referral proved to be the same person or a duplicate record',
      operatorId: SYSTEM_OPERATOR,
      reversesEntryId: referral.reward_entry_id,
    },
    { preferLotId: lot?.id, capAtBalance: true },
  );
  const entries = await ledger.close();
  await sql(
    scope.em,
    `update ${S('referral')} set status = 'REVERSED', decline_reason = ?, points_reversed = ?, reversal_entry_id = ?, reversed_at = ?, updated_at = ?
     where referred_customer_id = ?`,
    [reason, entry ? -entry.points : 0, entry?.id ?? null, scope.now, scope.now, referral.referred_customer_id],
  );
  return { outcome: 'REVERSED', referral, declineReason: reason, entries };
}

/** ConsumptionRefundRecorded: the reward its deal earned is taken back, once (a reversal is final). */
export async function reverseForRefund(scope: LedgerScope, consumptionId: string): Promise<SettleResult> {
  const [found] = await sql<{ referred_customer_id: string }>(
    scope.em,
    `select referred_customer_id from ${S('referral')} where consumption_id = ?`,
    [consumptionId],
  );
  if (!found) return NOTHING;
  await lockReferred(scope.em, [found.referred_customer_id]);
  const referral = await lockedReferral(scope.em, found.referred_customer_id);
  if (!referral || referral.consumption_id !== consumptionId || referral.status !== ReferralStatus.REWARDED) return NOTHING;
  return withdraw(scope, referral, ReferralDeclineReason.DEAL_REFUNDED);
}

/**
 * CustomersMerged, inside the merge's transaction and before the memberships move (the referral
 * locks come first there as everywhere): a referred record merged into another is a duplicate,
 * not a new customer (DUPLICATE); merging the referrer and the referred makes it a self-referral
 * (SELF_REFERRAL); either way a PENDING referral is declined and a REWARDED one reversed. The
 * merged record's other referrals now name the survivor as their referrer.
 */
export async function applyReferralMerge(scope: LedgerScope, survivorId: string, mergedId: string): Promise<SettleResult[]> {
  const survivor = survivorId.toLowerCase();
  const merged = mergedId.toLowerCase();
  if (!isUuid(survivor) || !isUuid(merged) || survivor === merged) return [];
  await lockReferred(scope.em, [survivor, merged]);
  const results: SettleResult[] = [];
  const gone = await lockedReferral(scope.em, merged);
  if (gone) {
    const self = gone.referrer_customer_id === survivor;
    results.push(await withdraw(scope, gone, self ? ReferralDeclineReason.SELF_REFERRAL : ReferralDeclineReason.DUPLICATE));
  }
  const kept = await lockedReferral(scope.em, survivor);
  if (kept && kept.referrer_customer_id === merged) results.push(await withdraw(scope, kept, ReferralDeclineReason.SELF_REFERRAL));
  await sql(scope.em, `update ${S('referral')} set referrer_customer_id = ?, updated_at = ? where referrer_customer_id = ?`, [
    survivor,
    scope.now,
    merged,
  ]);
  return results.filter((r) => r.outcome !== 'NONE');
}
