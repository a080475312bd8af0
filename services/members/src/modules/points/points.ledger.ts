import type { EntityManager } from '@mikro-orm/postgresql';
import { Events, newId, type EventBus, type PointsChangedData } from '@careline/service-kit';
import { S, sql } from '../../common/sql.js';
import { addMonths, hospitalDate } from '../../common/calendar.js';
import type { PointsConfig } from './points.config.js';
import { PointsEntryKind } from './points-entry.entity.js';
import { PointsErrors } from './points.exception.js';

/** operatorId of entries no person made: the scheduled expiry, events that name no one */
export const SYSTEM_OPERATOR = '00000000-0000-0000-0000-000000000000';

/** membership statuses on which points are earned and redeemed; corrections apply to any */
export const POINTS_ACTIVE_STATUSES: readonly string[] = ['ACTIVE', 'LOST'];

/** What every ledger write needs: the transaction's EntityManager, the bus, the clock, the rules. */
export interface LedgerScope {
  em: EntityManager;
  bus: EventBus;
  now: Date;
  config: PointsConfig;
}

export interface EntryMeta {
  reason: string;
  operatorId: string;
  consumptionId?: string | null;
  receiptNumber?: string | null;
  redemptionId?: string | null;
  adjustmentId?: string | null;
  remedyId?: string | null;
  reversesEntryId?: string | null;
  /** a credit for a receipt: when it happened (its lot is credited then and expires the configured months after; never later than now) */
  earnedAt?: Date | null;
}

export interface WrittenEntry {
  id: string;
  seq: number;
  kind: PointsEntryKind;
  points: number;
  balanceAfter: number;
}

export interface Allocation {
  lotId: string;
  /** the change to the lot's remaining points: negative when taken, positive when given back */
  points: number;
}

interface MembershipRow {
  id: string;
  customer_id: string;
  status: string;
  tier: string;
}

/**
 * One member's points ledger inside one transaction. `open` locks the member's account row, so
 * every writer of a member (earn, redeem, adjust, expire, reverse, from requests, events or the
 * scheduled job) runs after the previous one committed and sees its balance; members do not wait
 * for each other. Lots past their expiry are expired first, so no write ever spends them.
 * Entries are only appended; `close` stores the balance and publishes PointsChanged per entry,
 * still inside the transaction.
 */
export class MemberLedger {
  private readonly written: WrittenEntry[] = [];

  private constructor(
    private readonly scope: LedgerScope,
    readonly membershipId: string,
    readonly customerId: string,
    readonly status: string,
    readonly tier: string,
    private balanceNow: number,
    private entryCount: number,
  ) {}

  static async open(scope: LedgerScope, membershipId: string): Promise<MemberLedger> {
    const [membership] = await sql<MembershipRow>(scope.em, `select id, customer_id, status, tier from ${S('membership')} where id = ?`, [
      membershipId,
    ]);
    if (!membership) throw PointsErrors.membershipNotFound(membershipId);
    // creates the account on first use and locks it either way (a conflicting insert waits for the holder)
    const [account] = await sql<{ balance: number; entries: number }>(
      scope.em,
      `insert into ${S('points_account')} (membership_id, customer_id, balance, entries, updated_at) values (?, ?, 0, 0, ?)
       on conflict (membership_id) do update set updated_at = ${S('points_account')}.updated_at
       returning balance, entries`,
      [membership.id, membership.customer_id, scope.now],
    );
    const ledger = new MemberLedger(
      scope,
      membership.id,
      membership.customer_id,
      membership.status,
      membership.tier,
      account!.balance,
      account!.entries,
    );
    await ledger.expireDue();
    return ledger;
  }

  get balance(): number {
    return this.balanceNow;
  }

  get entries(): readonly WrittenEntry[] {
    return this.written;
  }

  assertActive(): void {
    if (!POINTS_ACTIVE_STATUSES.includes(this.status)) throw PointsErrors.membershipNotActive(this.status);
  }

  /** Adds `points` as a new lot expiring after the configured months (from the receipt's time for an earn, `meta.earnedAt`). */
  async credit(kind: PointsEntryKind.EARN | PointsEntryKind.ADJUST, points: number, meta: EntryMeta): Promise<WrittenEntry> {
    if (!Number.isInteger(points) || points <= 0) throw new Error(`credit of ${points} points`);
    const entry = await this.append(kind, points, meta);
    const at = meta.earnedAt && meta.earnedAt < this.scope.now ? meta.earnedAt : this.scope.now;
    await sql(
      this.scope.em,
      `insert into ${S('points_lot')} (id, membership_id, entry_id, points, remaining, credited_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)`,
      [newId(), this.membershipId, entry.id, points, points, at, addMonths(at, this.scope.config.expiryMonths)],
    );
    return entry;
  }

  /**
   * Takes `points` from the oldest lots first (`preferLotId` first of all: a refund takes back the
   * receipt's own lot before anything else). Without `capAtBalance` a shortfall is CONFLICT
   * INSUFFICIENT_POINTS; with it, as much as the balance allows is taken (never below zero).
   * @returns the entry, or null when there was nothing to take
   */
  async debit(
    kind: PointsEntryKind.REDEEM | PointsEntryKind.ADJUST | PointsEntryKind.REVERSE,
    points: number,
    meta: EntryMeta,
    options: { preferLotId?: string | null; capAtBalance?: boolean } = {},
  ): Promise<WrittenEntry | null> {
    if (!Number.isInteger(points) || points <= 0) throw new Error(`debit of ${points} points`);
    const take = options.capAtBalance ? Math.min(points, this.balanceNow) : points;
    if (take > this.balanceNow) throw PointsErrors.insufficient(this.balanceNow, points);
    if (take === 0) return null;
    const lots = await sql<{ id: string; remaining: number }>(
      this.scope.em,
      `select id, remaining from ${S('points_lot')} where membership_id = ? and remaining > 0
       order by (id = ?) desc, expires_at, credited_at, id for update`,
      [this.membershipId, options.preferLotId ?? null],
    );
    const allocations: Allocation[] = [];
    let left = take;
    for (const lot of lots) {
      if (left === 0) break;
      const part = Math.min(left, lot.remaining);
      allocations.push({ lotId: lot.id, points: -part });
      left -= part;
    }
    // the balance is the sum of the lots' remaining points; anything else is a broken ledger
    if (left > 0) throw new Error(`points ledger of ${this.membershipId} is out of balance: lots hold ${take - left} of ${take}`);
    const entry = await this.append(kind, -take, meta);
    await this.allocate(entry.id, allocations);
    return entry;
  }

  /** Gives back what a debit took, lot by lot (a cancelled redemption): a positive REVERSE entry. */
  async restore(taken: Allocation[], meta: EntryMeta): Promise<WrittenEntry | null> {
    const back = taken.filter((a) => a.points < 0).map((a) => ({ lotId: a.lotId, points: -a.points }));
    const total = back.reduce((sum, a) => sum + a.points, 0);
    if (total === 0) return null;
    const entry = await this.append(PointsEntryKind.REVERSE, total, meta);
    await this.allocate(entry.id, back);
    return entry;
  }

  /** Expires every lot of the member whose expiry has come (as of the scope's clock), oldest first, as one entry. */
  async expireDue(): Promise<WrittenEntry | null> {
    const due = await sql<{ id: string; remaining: number; credited_at: string | Date }>(
      this.scope.em,
      `select id, remaining, credited_at from ${S('points_lot')} where membership_id = ? and remaining > 0 and expires_at <= ?
       order by expires_at, credited_at, id for update`,
      [this.membershipId, this.scope.now],
    );
    if (due.length === 0) return null;
    const total = due.reduce((sum, lot) => sum + lot.remaining, 0);
    const newest = due.reduce((max, lot) => Math.max(max, new Date(lot.credited_at).getTime()), 0);
    const entry = await this.append(PointsEntryKind.EXPIRE, -total, {
      reason: `积分过期: ${hospitalDate(new Date(newest))} 及以前入账的积分满 ${this.scope.config.expiryMonths} 个月`,
      operatorId: SYSTEM_OPERATOR,
    });
    await this.allocate(
      entry.id,
      due.map((lot) => ({ lotId: lot.id, points: -lot.remaining })),
    );
    return entry;
  }

  /** What `entryId` took from each lot (to give it back). */
  async allocationsOf(entryId: string): Promise<Allocation[]> {
    const rows = await sql<{ lot_id: string; points: number }>(
      this.scope.em,
      `select lot_id, points from ${S('points_allocation')} where entry_id = ?`,
      [entryId],
    );
    return rows.map((row) => ({ lotId: row.lot_id, points: row.points }));
  }

  /** Stores the balance and publishes one PointsChanged per entry written; call last, inside the transaction. */
  async close(): Promise<readonly WrittenEntry[]> {
    if (this.written.length === 0) return this.written;
    await sql(this.scope.em, `update ${S('points_account')} set balance = ?, entries = ?, updated_at = ? where membership_id = ?`, [
      this.balanceNow,
      this.entryCount,
      this.scope.now,
      this.membershipId,
    ]);
    for (const entry of this.written) {
      await this.scope.bus.publish<PointsChangedData>(this.scope.em, Events.PointsChanged, {
        membershipId: this.membershipId,
        customerId: this.customerId,
        delta: entry.points,
        balance: entry.balanceAfter,
        kind: entry.kind,
        entryId: entry.id,
      });
    }
    return this.written;
  }

  private async append(kind: PointsEntryKind, points: number, meta: EntryMeta): Promise<WrittenEntry> {
    const balanceAfter = this.balanceNow + points;
    if (balanceAfter < 0) throw PointsErrors.insufficient(this.balanceNow, -points);
    const entry: WrittenEntry = { id: newId(), seq: this.entryCount + 1, kind, points, balanceAfter };
    await sql(
      this.scope.em,
      `insert into ${S('points_entry')} (id, membership_id, customer_id, seq, kind, points, balance_after, reason, operator_id,
         consumption_id, receipt_number, redemption_id, adjustment_id, remedy_id, reverses_entry_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.id,
        this.membershipId,
        this.customerId,
        entry.seq,
        kind,
        points,
        balanceAfter,
        meta.reason,
        meta.operatorId,
        meta.consumptionId ?? null,
        meta.receiptNumber ?? null,
        meta.redemptionId ?? null,
        meta.adjustmentId ?? null,
        meta.remedyId ?? null,
        meta.reversesEntryId ?? null,
        this.scope.now,
      ],
    );
    this.balanceNow = balanceAfter;
    this.entryCount = entry.seq;
    this.written.push(entry);
    return entry;
  }

  private async allocate(entryId: string, allocations: Allocation[]): Promise<void> {
    if (allocations.length === 0) return;
    const values = allocations.map(() => '(?::uuid, ?::integer)').join(', ');
    const params = allocations.flatMap((a) => [a.lotId, a.points]);
    await sql(
      this.scope.em,
      `update ${S('points_lot')} as lot set remaining = lot.remaining + v.points from (values ${values}) as v(id, points) where lot.id = v.id`,
      params,
    );
    await sql(
      this.scope.em,
      `insert into ${S('points_allocation')} (entry_id, lot_id, points) select ?::uuid, v.id, v.points from (values ${values}) as v(id, points)`,
      [entryId, ...params],
    );
  }
}
