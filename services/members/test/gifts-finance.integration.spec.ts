import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import type { Caller } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { staff } from './support.js';
import {
  CANCEL,
  centreAdmin,
  count,
  CREATE_GIFT,
  desk,
  enrolMember,
  expectConsistentLedger,
  key,
  ledgerOf,
  record,
  REDEEM,
} from './points-support.js';

const GIFTS = `query ($search: String, $kind: GiftKind, $first: Int, $after: String) {
  gifts(search: $search, kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name kind pointsPrice stock } }
}`;
const UNIT_COST = `query ($search: String) { gifts(search: $search) { nodes { name unitCostFen } } }`;
const REPORT = `query ($from: LocalDate!, $to: LocalDate!) { giftCostReport(from: $from, to: $to) {
  from to totalQuantity totalCostFen lines { gift { id name } quantity costFen uncostedQuantity } } }`;
const LIABILITY = `{ pointsLiability { outstandingPoints valueFen valuePerPointFen members } }`;

describe('gifts: catalogue, hand-over, cancellation, and what finance sees', () => {
  let db: TestDatabase;
  let members: TestService;
  const createGift = async (input: Record<string, unknown>, as: Caller = testCallers.director) => {
    const { data, errors } = await members.request(CREATE_GIFT, { input }, undefined, as);
    expect(errors).toBeUndefined();
    return data.createGift as { id: string; name: string; stock: number };
  };
  const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('lists the catalogue newest first, by part of the name and by kind, in pages', async () => {
    await createGift({ name: '电动牙刷', kind: 'GOODS', pointsPrice: 800, stock: 10 });
    await createGift({ name: '免费洁牙一次', kind: 'SERVICE', pointsPrice: 500, stock: 100 }, centreAdmin);
    await createGift({ name: '牙线套装', kind: 'GOODS', pointsPrice: 50, stock: 0 }, testCallers.finance);
    const all = await members.request(GIFTS, { first: 2 }, undefined, desk);
    expect(all.data.gifts.totalCount).toBe(3);
    expect(all.data.gifts.nodes.map((g: { name: string }) => g.name)).toEqual(['牙线套装', '免费洁牙一次']);
    const next = await members.request(GIFTS, { first: 2, after: all.data.gifts.pageInfo.endCursor }, undefined, desk);
    expect(next.data.gifts.nodes.map((g: { name: string }) => g.name)).toEqual(['电动牙刷']);
    const services = await members.request(GIFTS, { kind: 'SERVICE' }, undefined, testCallers.finance);
    expect(services.data.gifts.nodes.map((g: { name: string }) => g.name)).toEqual(['免费洁牙一次']);
    const search = await members.request(GIFTS, { search: '牙刷' }, undefined, desk);
    expect(search.data.gifts.nodes.map((g: { name: string }) => g.name)).toEqual(['电动牙刷']);
  });

  it('shows unit costs to finance and the director only, and only finance or the director set them', async () => {
    const gift = await createGift(
      { name: '体检套餐 A', kind: 'SERVICE', pointsPrice: 3000, stock: 5, unitCostFen: 120_50 },
      testCallers.finance,
    );
    const asFinance = await members.request(UNIT_COST, { search: '体检套餐 A' }, undefined, testCallers.finance);
    expect(asFinance.data.gifts.nodes).toEqual([{ name: '体检套餐 A', unitCostFen: 120_50 }]);
    const asDesk = await members.request(UNIT_COST, { search: '体检套餐 A' }, undefined, desk);
    expect(asDesk.data.gifts.nodes).toEqual([{ name: '体检套餐 A', unitCostFen: null }]);
    expect(asDesk.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const byAdmin = await members.request(
      CREATE_GIFT,
      { input: { name: 'x', kind: 'GOODS', pointsPrice: 1, stock: 1, unitCostFen: 1_00 } },
      undefined,
      centreAdmin,
    );
    expect(byAdmin.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FINANCE_ONLY', field: 'unitCostFen' });
    const set = await members.request(
      `mutation ($id: ID!) { setGiftUnitCost(id: $id, unitCostFen: 9990) { unitCostFen } }`,
      { id: gift.id },
      undefined,
      testCallers.finance,
    );
    expect(set.data.setGiftUnitCost.unitCostFen).toBe(99_90);
    for (const [unitCostFen, refusedBy] of [
      [-1, 'unitCostFen'],
      [99.5, undefined],
    ] as const) {
      const bad = await members.request(
        `mutation ($id: ID!, $fen: Fen!) { setGiftUnitCost(id: $id, unitCostFen: $fen) { id } }`,
        { id: gift.id, fen: unitCostFen },
        undefined,
        testCallers.finance,
      );
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...(refusedBy ? { field: refusedBy } : {}) });
    }
    const refused = await members.request(
      `mutation ($id: ID!) { setGiftUnitCost(id: $id, unitCostFen: 100) { id } }`,
      { id: gift.id },
      undefined,
      centreAdmin,
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('adds stock once per idempotency key', async () => {
    const gift = await createGift({ name: '口腔护理包', kind: 'GOODS', pointsPrice: 100, stock: 1 });
    const restock = `mutation ($id: ID!, $key: String!) { restockGift(id: $id, quantity: 5, idempotencyKey: $key) { stock } }`;
    const k = key();
    const [a, b] = await Promise.all([0, 1].map(() => members.request(restock, { id: gift.id, key: k }, undefined, centreAdmin)));
    expect([a!.data.restockGift.stock, b!.data.restockGift.stock]).toEqual([6, 6]);
    const again = await members.request(restock, { id: gift.id, key: key() }, undefined, centreAdmin);
    expect(again.data.restockGift.stock).toBe(11);
  });

  it('redeems partially: a balance of 250 pays for 2 gifts of 100 and keeps 50', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 150_00);
    await record(members, member.id, 100_00);
    const gift = await createGift({ name: '面膜', kind: 'GOODS', pointsPrice: 100, stock: 10 });
    const { data, errors } = await members.request(
      REDEEM,
      { input: { membershipId: member.id, giftId: gift.id, quantity: 2, idempotencyKey: key() } },
      undefined,
      desk,
    );
    expect(errors).toBeUndefined();
    expect(data.redeemGift).toMatchObject({
      quantity: 2,
      points: 200,
      status: 'REDEEMED',
      gift: { stock: 8 },
      membership: { pointsBalance: 50 },
    });
    const ledger = await expectConsistentLedger(members, member.id);
    // the oldest lot (150) is used up first, then 50 of the second
    expect(ledger.lots.map((l) => l.remaining)).toEqual([0, 50]);
    const tooMuch = await members.request(
      REDEEM,
      { input: { membershipId: member.id, giftId: gift.id, quantity: 1, idempotencyKey: key() } },
      undefined,
      desk,
    );
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS', balance: 50, needed: 100 });
    expect((await ledgerOf(members, member.id)).balance).toBe(50);
  });

  it('cancelling a redemption returns the points to the lots they came from and the stock, once per key and once in all', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 300_00);
    const gift = await createGift({ name: '护齿套装', kind: 'GOODS', pointsPrice: 120, stock: 3 });
    const redeemed = await members.request(
      REDEEM,
      { input: { membershipId: member.id, giftId: gift.id, quantity: 2, idempotencyKey: key() } },
      undefined,
      desk,
    );
    const input = { redemptionId: redeemed.data.redeemGift.id, reason: '登记错误', idempotencyKey: key() };
    const [a, b] = await Promise.all([0, 1].map(() => members.request(CANCEL, { input }, undefined, desk)));
    expect(a!.data.cancelGiftRedemption).toMatchObject({ status: 'CANCELLED', cancelReason: '登记错误', gift: { stock: 3 } });
    expect(b!.data).toEqual(a!.data);
    const other = await members.request(CANCEL, { input: { ...input, idempotencyKey: key() } }, undefined, desk);
    expect(other.data.cancelGiftRedemption.status).toBe('CANCELLED');
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.entries.map((e) => [e.kind, e.points])).toEqual([
      ['EARN', 300],
      ['REDEEM', -240],
      ['REVERSE', 240],
    ]);
    expect(ledger.lots.map((l) => l.remaining)).toEqual([300]);
    expect(await count(members, `select stock as n from "members"."gift" where id = ?`, [gift.id])).toBe(3);
    const list = await members.request(
      `query ($giftId: ID) { giftRedemptions(giftId: $giftId, status: CANCELLED) { totalCount nodes { id quantity points gift { name } membership { id } } } }`,
      { giftId: gift.id },
      undefined,
      testCallers.finance,
    );
    expect(list.data.giftRedemptions).toEqual({
      totalCount: 1,
      nodes: [{ id: redeemed.data.redeemGift.id, quantity: 2, points: 240, gift: { name: '护齿套装' }, membership: { id: member.id } }],
    });
  });

  it('gives finance the gift cost of a period at the unit cost of each hand-over, without cancelled ones', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 10000_00);
    const costed = await createGift({ name: '按摩仪', kind: 'GOODS', pointsPrice: 1000, stock: 10, unitCostFen: 200_00 });
    const uncosted = await createGift({ name: '洗牙券', kind: 'SERVICE', pointsPrice: 300, stock: 10 });
    const redeem = (giftId: string, quantity: number) =>
      members.request(REDEEM, { input: { membershipId: member.id, giftId, quantity, idempotencyKey: key() } }, undefined, desk);
    await redeem(costed.id, 2);
    await members.request(
      `mutation ($id: ID!) { setGiftUnitCost(id: $id, unitCostFen: 25000) { id } }`,
      { id: costed.id },
      undefined,
      testCallers.finance,
    );
    await redeem(costed.id, 1);
    const cancelled = await redeem(costed.id, 3);
    await members.request(
      CANCEL,
      { input: { redemptionId: cancelled.data.redeemGift.id, reason: '取消', idempotencyKey: key() } },
      undefined,
      desk,
    );
    await redeem(uncosted.id, 4);
    const { data, errors } = await members.request(REPORT, { from: today(), to: today() }, undefined, testCallers.finance);
    expect(errors).toBeUndefined();
    const lines = Object.fromEntries(data.giftCostReport.lines.map((l: { gift: { name: string } }) => [l.gift.name, l]));
    expect(lines['按摩仪']).toMatchObject({ quantity: 3, costFen: 650_00, uncostedQuantity: 0 });
    expect(data.giftCostReport.totalCostFen).toBe(650_00);
    expect(lines['洗牙券']).toMatchObject({ quantity: 4, costFen: 0, uncostedQuantity: 4 });
    const yesterday = await members.request(REPORT, { from: '2020-01-01', to: '2020-01-31' }, undefined, testCallers.director);
    expect(yesterday.data.giftCostReport).toMatchObject({ totalQuantity: 0, totalCostFen: 0, lines: [] });
    const bad = await members.request(REPORT, { from: '2026-02-30', to: today() }, undefined, testCallers.finance);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    for (const caller of [desk, centreAdmin, staff('AUDITOR', 'OPERATIONS')]) {
      const refused = await members.request(REPORT, { from: today(), to: today() }, undefined, caller);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('gives finance the points liability: every balance added up and valued at POINTS_VALUE_FEN a point', async () => {
    const balances = await members.orm.em
      .getConnection()
      .execute<{ total: number; holders: number }[]>(
        `select coalesce(sum(balance), 0)::int as total, count(*) filter (where balance > 0)::int as holders from "members"."points_account"`,
      );
    const { data, errors } = await members.request(LIABILITY, {}, undefined, testCallers.finance);
    expect(errors).toBeUndefined();
    const total = balances[0]!.total;
    expect(total).toBeGreaterThan(0);
    expect(data.pointsLiability).toEqual({
      outstandingPoints: total,
      // POINTS_VALUE_FEN defaults to 1: a point is worth one fen
      valueFen: total,
      valuePerPointFen: 1,
      members: balances[0]!.holders,
    });
    const refused = await members.request(LIABILITY, {}, undefined, desk);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
