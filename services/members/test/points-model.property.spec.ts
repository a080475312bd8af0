import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { membersService } from '../src/service.js';
import { MemberLedger, type LedgerScope } from '../src/modules/points/points.ledger.js';
import { PointsEntryKind } from '../src/modules/points/points-entry.entity.js';
import { addMonths } from '../src/common/calendar.js';
import { pointsConfig, type PointsConfig } from '../src/modules/points/points.config.js';
import { expirePoints } from '../src/modules/points/points.expiry.js';
import { earnConsumption, insertConsumption, refundConsumption } from '../src/modules/consumption/consumption.core.js';
import { ConsumptionSource } from '../src/modules/consumption/consumption.entity.js';
import { earnBatch } from '../src/modules/consumption/consumption.batch.js';
import { cancelRedemption, redeemGift } from '../src/modules/gifts/gifts.core.js';
import { desk, enrolMember, ledgerOf, receipt } from './points-support.js';

/**
 * Model-based: random sequences of earn (one receipt, or several through the batch path), redeem, adjust, expire, reverse (refund a receipt,
 * cancel a redemption) and the passing of time, run against the real ledger and against a
 * plain-array model of the lots (FIFO by expiry, lazy expiry before every write, refunds taking
 * their own lot first, cancellations giving back to the lots they took from). After every step
 * the database must agree with the model, balance = Σ entries ≥ 0, and no entry seen before may
 * have changed.
 */

interface Lot {
  points: number;
  remaining: number;
  credited: number;
  expires: number;
  seq: number;
}
interface Model {
  now: number;
  lots: Lot[];
  receipts: { receipt: string; lot: number | null; points: number; refunded: boolean }[];
  redemptions: { id: string; taken: { lot: number; points: number }[]; cancelled: boolean }[];
  seq: number;
}
interface Real {
  members: TestService;
  membershipId: string;
  customerId: string;
  giftId: string;
  config: PointsConfig;
  seen: Map<string, string>;
}

const balanceOf = (m: Model) => m.lots.reduce((s, l) => s + l.remaining, 0);
const fifo = (m: Model) =>
  [...m.lots.keys()]
    .filter((i) => m.lots[i]!.remaining > 0)
    .sort(
      (a, b) => m.lots[a]!.expires - m.lots[b]!.expires || m.lots[a]!.credited - m.lots[b]!.credited || m.lots[a]!.seq - m.lots[b]!.seq,
    );

function expireDue(m: Model): void {
  for (const lot of m.lots) if (lot.remaining > 0 && lot.expires <= m.now) lot.remaining = 0;
}
function take(m: Model, points: number, prefer: number | null = null): { lot: number; points: number }[] {
  const order = fifo(m);
  if (prefer !== null && m.lots[prefer]!.remaining > 0) {
    order.splice(order.indexOf(prefer), 1);
    order.unshift(prefer);
  }
  const taken: { lot: number; points: number }[] = [];
  let left = points;
  for (const i of order) {
    if (left === 0) break;
    const part = Math.min(left, m.lots[i]!.remaining);
    m.lots[i]!.remaining -= part;
    taken.push({ lot: i, points: part });
    left -= part;
  }
  return taken;
}
function credit(m: Model, config: PointsConfig, points: number): number {
  m.lots.push({
    points,
    remaining: points,
    credited: m.now,
    expires: addMonths(new Date(m.now), config.expiryMonths).getTime(),
    seq: m.seq++,
  });
  return m.lots.length - 1;
}

async function inTx<T>(r: Real, m: Model, work: (scope: LedgerScope) => Promise<T>): Promise<T> {
  return r.members.orm.em.fork().transactional((em) => work({ em, bus: r.members.bus, now: new Date(m.now), config: r.config }));
}

/** After every step: the database agrees with the model, the ledger adds up, and old entries are untouched. */
let steps = 0;
async function check(m: Model, r: Real): Promise<void> {
  steps++;
  const ledger = await ledgerOf(r.members, r.membershipId);
  expect(ledger.balance).toBe(balanceOf(m));
  expect(ledger.sum).toBe(ledger.balance);
  expect(ledger.lotsRemaining).toBe(ledger.balance);
  expect(ledger.balance).toBeGreaterThanOrEqual(0);
  expect(ledger.lots.map((l) => l.remaining).sort((a, b) => a - b)).toEqual(m.lots.map((l) => l.remaining).sort((a, b) => a - b));
  for (const entry of ledger.entries) {
    expect(entry.balance_after).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(entry);
    const before = r.seen.get(entry.id);
    if (before !== undefined) expect(text).toBe(before);
    r.seen.set(entry.id, text);
  }
  expect(r.seen.size).toBe(ledger.entries.length);
}

class Earn implements fc.AsyncCommand<Model, Real> {
  constructor(readonly yuan: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const number = receipt('P');
    await inTx(r, m, async (scope) => {
      const { id } = await insertConsumption(scope, {
        receiptNumber: number,
        customerId: r.customerId,
        membershipId: r.membershipId,
        amountFen: this.yuan * 100,
        occurredAt: new Date(m.now),
        source: ConsumptionSource.MANUAL,
      });
      await earnConsumption(scope, id, { operatorId: desk.id! });
    });
    expireDue(m);
    m.receipts.push({ receipt: number, lot: credit(m, r.config, this.yuan), points: this.yuan, refunded: false });
    await check(m, r);
  }
  toString = () => `earn(${this.yuan})`;
}

/** several receipts through the batch path (consumption.batch.ts) in one transaction */
class EarnBatch implements fc.AsyncCommand<Model, Real> {
  constructor(readonly yuans: number[]) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const numbers = this.yuans.map(() => receipt('PB'));
    await inTx(r, m, (scope) =>
      earnBatch(
        scope,
        this.yuans.map((yuan, i) => ({
          receiptNumber: numbers[i]!,
          customerId: r.customerId,
          membershipId: r.membershipId,
          amountFen: yuan * 100,
          occurredAt: new Date(m.now),
          source: ConsumptionSource.MANUAL,
          operatorId: desk.id!,
        })),
        { mode: 'request' },
      ),
    );
    expireDue(m);
    this.yuans.forEach((yuan, i) =>
      m.receipts.push({ receipt: numbers[i]!, lot: credit(m, r.config, yuan), points: yuan, refunded: false }),
    );
    await check(m, r);
  }
  toString = () => `earnBatch(${this.yuans.join(', ')})`;
}

class Redeem implements fc.AsyncCommand<Model, Real> {
  constructor(readonly points: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    let outcome: string;
    let redemptionId = '';
    try {
      const redeemed = await inTx(r, m, (scope) =>
        redeemGift(scope, { membershipId: r.membershipId, giftId: r.giftId, quantity: this.points, operatorId: desk.id! }),
      );
      redemptionId = redeemed.redemptionId;
      outcome = 'OK';
    } catch (error) {
      outcome = (error as { details?: { reason?: string } }).details?.reason ?? String(error);
    }
    const before = structuredClone(m.lots);
    expireDue(m);
    if (this.points > balanceOf(m)) {
      expect(outcome).toBe('INSUFFICIENT_POINTS');
      // a refused write rolls back whole, the lazy expiry included: the expiry job or the next write expires them
      m.lots = before;
    } else {
      expect(outcome).toBe('OK');
      m.redemptions.push({ id: redemptionId, taken: take(m, this.points), cancelled: false });
    }
    await check(m, r);
  }
  toString = () => `redeem(${this.points})`;
}

class Adjust implements fc.AsyncCommand<Model, Real> {
  constructor(readonly points: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    let outcome = 'OK';
    try {
      await inTx(r, m, async (scope) => {
        const ledger = await MemberLedger.open(scope, r.membershipId);
        const meta = { reason: 'model adjustment', operatorId: desk.id! };
        if (this.points > 0) await ledger.credit(PointsEntryKind.ADJUST, this.points, meta);
        else await ledger.debit(PointsEntryKind.ADJUST, -this.points, meta);
        await ledger.close();
      });
    } catch (error) {
      outcome = (error as { details?: { reason?: string } }).details?.reason ?? String(error);
    }
    const before = structuredClone(m.lots);
    expireDue(m);
    if (this.points > 0) {
      expect(outcome).toBe('OK');
      credit(m, r.config, this.points);
    } else if (-this.points > balanceOf(m)) {
      expect(outcome).toBe('INSUFFICIENT_POINTS');
      m.lots = before;
    } else {
      expect(outcome).toBe('OK');
      take(m, -this.points);
    }
    await check(m, r);
  }
  toString = () => `adjust(${this.points})`;
}

class Expire implements fc.AsyncCommand<Model, Real> {
  constructor(readonly months: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.now = addMonths(new Date(m.now), this.months).getTime();
    await expirePoints(r.members.orm.em, r.members.bus, new Date(m.now), { config: r.config });
    expireDue(m);
    await check(m, r);
  }
  toString = () => `expire(+${this.months} months)`;
}

class Wait implements fc.AsyncCommand<Model, Real> {
  constructor(readonly days: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.now += this.days * 86_400_000;
    await check(m, r);
  }
  toString = () => `wait(${this.days} days)`;
}

class RefundReceipt implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.receipts.length > 0;
  async run(m: Model, r: Real) {
    const target = m.receipts[this.pick % m.receipts.length]!;
    await inTx(r, m, (scope) =>
      refundConsumption(scope, {
        receiptNumber: target.receipt,
        reason: 'model refund',
        refundedAt: new Date(m.now),
        operatorId: desk.id!,
      }),
    );
    if (!target.refunded) {
      expireDue(m);
      take(m, Math.min(target.points, balanceOf(m)), target.lot);
      target.refunded = true;
    }
    await check(m, r);
  }
  toString = () => `refund(#${this.pick})`;
}

class CancelRedemption implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.redemptions.length > 0;
  async run(m: Model, r: Real) {
    const target = m.redemptions[this.pick % m.redemptions.length]!;
    await inTx(r, m, (scope) => cancelRedemption(scope, { redemptionId: target.id, reason: 'model cancel', operatorId: desk.id! }));
    if (!target.cancelled) {
      expireDue(m);
      for (const t of target.taken) m.lots[t.lot]!.remaining += t.points;
      target.cancelled = true;
    }
    await check(m, r);
  }
  toString = () => `cancel(#${this.pick})`;
}

describe('points ledger model', () => {
  let db: TestDatabase;
  let members: TestService;
  let giftId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    const { data } = await members.request(
      `mutation { createGift(input: { name: "1 分礼品", kind: SERVICE, pointsPrice: 1, stock: 1000000 }) { id } }`,
    );
    giftId = data.createGift.id;
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('keeps balance = sum of entries ≥ 0, agrees with a model of FIFO lots, and never changes an entry, whatever the sequence of earn, redeem, adjust, expire and reverse', async () => {
    const commands = [
      fc.integer({ min: 1, max: 400 }).map((y) => new Earn(y)),
      fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 4 }).map((ys) => new EarnBatch(ys)),
      fc.integer({ min: 1, max: 300 }).map((p) => new Redeem(p)),
      fc
        .integer({ min: -250, max: 250 })
        .filter((p) => p !== 0)
        .map((p) => new Adjust(p)),
      fc.integer({ min: 1, max: 30 }).map((n) => new Expire(n)),
      fc.integer({ min: 1, max: 400 }).map((d) => new Wait(d)),
      fc.nat().map((n) => new RefundReceipt(n)),
      fc.nat().map((n) => new CancelRedemption(n)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'max' }), async (cmds) => {
        const member = await enrolMember(members);
        const model: Model = { now: Date.now(), lots: [], receipts: [], redemptions: [], seq: 0 };
        const real: Real = {
          members,
          membershipId: member.id,
          customerId: member.customerId,
          giftId,
          config: pointsConfig(),
          seen: new Map(),
        };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 40, verbose: 1 },
    );
    // the runs did real work: hundreds of steps, each checked against the database
    expect(steps).toBeGreaterThan(400);
    console.log(`points ledger model: ${steps} steps checked`);
  }, 240_000);
});
