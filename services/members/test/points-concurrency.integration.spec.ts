import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { membersService } from '../src/service.js';
import { expirePoints } from '../src/modules/points/points.expiry.js';
import { addMonths } from '../src/common/calendar.js';
import { pointsConfig } from '../src/modules/points/points.config.js';
import { count, CREATE_GIFT, desk, enrolMember, expectConsistentLedger, key, ledgerOf, record, REDEEM } from './points-support.js';

describe('points under concurrency: one member’s writers run one at a time', () => {
  let db: TestDatabase;
  let members: TestService;
  const gift = async (pointsPrice: number, stock: number) => {
    const { data, errors } = await members.request(
      CREATE_GIFT,
      { input: { name: `礼品 ${pointsPrice}/${stock}`, kind: 'GOODS', pointsPrice, stock } },
      undefined,
      testCallers.director,
    );
    expect(errors).toBeUndefined();
    return data.createGift.id as string;
  };
  const stockOf = async (giftId: string) => count(members, `select stock as n from "members"."gift" where id = ?`, [giftId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('gives a balance of 100 and 10 parallel redemptions of 20 exactly 5 successes and 5 INSUFFICIENT_POINTS, and a final balance of 0', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 100_00);
    const giftId = await gift(20, 50);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        members.request(REDEEM, { input: { membershipId: member.id, giftId, quantity: 1, idempotencyKey: key() } }, undefined, desk),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS', needed: 20 });
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.balance).toBe(0);
    expect(ledger.entries.filter((e) => e.kind === 'REDEEM')).toHaveLength(5);
    // the refused redemptions gave their stock back with their rollback
    expect(await stockOf(giftId)).toBe(45);
    expect(await count(members, `select count(*)::int as n from "members"."gift_redemption" where membership_id = ?`, [member.id])).toBe(5);
  });

  it('issues a gift once when two redemptions of one request (one idempotency key) race, and answers both with it', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 100_00);
    const giftId = await gift(30, 10);
    const input = { membershipId: member.id, giftId, quantity: 2, idempotencyKey: key() };
    const [a, b] = await Promise.all([0, 1].map(() => members.request(REDEEM, { input }, undefined, desk)));
    expect(a!.errors).toBeUndefined();
    expect(b!.errors).toBeUndefined();
    expect(a!.data.redeemGift.id).toBe(b!.data.redeemGift.id);
    expect(await count(members, `select count(*)::int as n from "members"."gift_redemption" where membership_id = ?`, [member.id])).toBe(1);
    expect(await stockOf(giftId)).toBe(8);
    expect((await ledgerOf(members, member.id)).balance).toBe(40);
  });

  it('never hands over beyond stock: 6 members racing for 3 in stock get 3 redemptions and 3 OUT_OF_STOCK', async () => {
    const giftId = await gift(10, 3);
    const racers = await Promise.all(Array.from({ length: 6 }, () => enrolMember(members)));
    for (const m of racers) await record(members, m.id, 50_00);
    const results = await Promise.all(
      racers.map((m) =>
        members.request(REDEEM, { input: { membershipId: m.id, giftId, quantity: 1, idempotencyKey: key() } }, undefined, desk),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => r.errors?.[0].extensions.reason === 'OUT_OF_STOCK')).toHaveLength(3);
    expect(await stockOf(giftId)).toBe(0);
    for (const m of racers) await expectConsistentLedger(members, m.id);
  });

  it('never spends a point twice when the expiry races redemptions', async () => {
    const config = pointsConfig();
    const giftId = await gift(10, 1000);
    for (let round = 0; round < 5; round++) {
      const member = await enrolMember(members);
      await record(members, member.id, 100_00);
      // the lot was credited now; as of its expiry date every point in it is due
      const asOf = addMonths(new Date(Date.now() + 1000), config.expiryMonths);
      const [expiry, ...redemptions] = await Promise.all([
        expirePoints(members.orm.em, members.bus, asOf),
        ...Array.from({ length: 4 }, () =>
          members.request(REDEEM, { input: { membershipId: member.id, giftId, quantity: 3, idempotencyKey: key() } }, undefined, desk),
        ),
      ]);
      const redeemed = redemptions.filter((r) => !r.errors).length * 30;
      const ledger = await expectConsistentLedger(members, member.id);
      const expired = -ledger.entries.filter((e) => e.kind === 'EXPIRE').reduce((s, e) => s + e.points, 0);
      expect(redeemed + expired).toBe(100);
      expect(ledger.balance).toBe(0);
      expect(expiry.points).toBeGreaterThanOrEqual(expired > 0 ? expired : 0);
      for (const r of redemptions.filter((x) => x.errors)) expect(r.errors![0].extensions.reason).toBe('INSUFFICIENT_POINTS');
    }
  });

  it('keeps every ledger consistent when earns, redemptions and refunds of one member run all at once', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 200_00);
    const giftId = await gift(15, 1000);
    const earns = Array.from({ length: 8 }, (_, i) => record(members, member.id, (10 + i) * 100));
    const redeems = Array.from({ length: 8 }, () =>
      members.request(REDEEM, { input: { membershipId: member.id, giftId, quantity: 1, idempotencyKey: key() } }, undefined, desk),
    );
    const results = await Promise.all([...earns, ...redeems]);
    for (const r of results.slice(0, 8)) expect(r.errors).toBeUndefined();
    const ledger = await expectConsistentLedger(members, member.id);
    const redeemed = results.slice(8).filter((r) => !r.errors).length;
    expect(ledger.balance).toBe(200 + (10 + 11 + 12 + 13 + 14 + 15 + 16 + 17) - 15 * redeemed);
  });
});
