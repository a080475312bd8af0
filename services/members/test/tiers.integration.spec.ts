import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { MembershipEvents, type TierChangedData } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { staff } from './support.js';
import { enrolled, eventProbe, rows, spent, type Enrolled } from './membership-support.js';

const TIERS = `{ tiers { code nameZh nameEn rank minSpendFen multiplier discountPercent benefits } }`;
const UPDATE = `mutation ($code: ID!, $input: UpdateTierInput!) { updateTier(code: $code, input: $input) { code minSpendFen multiplier discountPercent benefits updatedBy } }`;
const EVALUATE = `mutation ($asOf: DateTimeISO) { evaluateTiers(asOf: $asOf) { asOf evaluated upgraded downgraded changes { membershipId from to spendFen at reason } } }`;
const MEMBER = `query ($id: ID!) { membership(id: $id) { tier tierSince tierDetails { code multiplier } tierChanges { from to spendFen at reason }
  history(first: 5) { nodes { kind fromValue toValue reason actorKind actorName } } } }`;

const DIRECTOR = staff('OPS_DIRECTOR', 'OPERATIONS', '运营总监');

describe('tiers: data, editing and the rolling 12-month evaluation', () => {
  let db: TestDatabase;
  let members: TestService;
  const tierOf = async (id: string) => (await members.request(MEMBER, { id })).data.membership;
  const evaluate = async (asOf: string) => {
    const { data, errors } = await members.request(EVALUATE, { asOf }, undefined, DIRECTOR);
    expect(errors).toBeUndefined();
    return data.evaluateTiers;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('lists the four seeded tiers lowest first with thresholds, multipliers, discounts and benefits', async () => {
    const { data } = await members.request(TIERS, {}, undefined, staff('FINANCE', 'FINANCE'));
    expect(
      data.tiers.map((t: { code: string; minSpendFen: number; multiplier: string; discountPercent: number }) => [
        t.code,
        t.minSpendFen,
        t.multiplier,
        t.discountPercent,
      ]),
    ).toEqual([
      ['ORDINARY', 0, '1.00', 0],
      ['SILVER', 5000_00, '1.20', 2],
      ['GOLD', 20000_00, '1.50', 5],
      ['DIAMOND', 50000_00, '2.00', 10],
    ]);
    expect(data.tiers[2]).toMatchObject({ nameZh: '金卡会员', nameEn: 'Gold', rank: 3 });
    expect(data.tiers[2].benefits.length).toBeGreaterThan(0);
  });

  it('lets the operations director edit a tier, and refuses thresholds that would no longer rise with rank', async () => {
    const { data, errors } = await members.request(
      UPDATE,
      { code: 'silver', input: { multiplier: '1.25', benefits: ['生日祝福', ' 会员活动优先报名 '] } },
      undefined,
      DIRECTOR,
    );
    expect(errors).toBeUndefined();
    expect(data.updateTier).toEqual({
      code: 'SILVER',
      minSpendFen: 5000_00,
      multiplier: '1.25',
      discountPercent: 2,
      benefits: ['生日祝福', '会员活动优先报名'],
      updatedBy: DIRECTOR.id,
    });
    const bad = await members.request(UPDATE, { code: 'GOLD', input: { minSpendFen: 4000_00 } }, undefined, DIRECTOR);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TIERS_INCONSISTENT', field: 'minSpendFen' });
    const negative = await members.request(UPDATE, { code: 'GOLD', input: { minSpendFen: -1 } }, undefined, DIRECTOR);
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MONEY_INVALID', field: 'minSpendFen' });
    const [gold] = await rows<{ min_spend_fen: string }>(members, `select min_spend_fen from "members"."tier" where code = 'GOLD'`);
    expect(Number(gold!.min_spend_fen)).toBe(2_000_000);
    await members.request(UPDATE, { code: 'SILVER', input: { multiplier: '1.2' } }, undefined, DIRECTOR);
  });

  it('refuses tier editing to anyone but the operations director with FORBIDDEN, and changes nothing', async () => {
    for (const caller of [staff('DEPT_ADMIN', 'MEMBER_CENTRE'), staff('STAFF', 'MEMBER_CENTRE'), staff('FINANCE', 'FINANCE')]) {
      const { data, errors } = await members.request(UPDATE, { code: 'GOLD', input: { discountPercent: 50 } }, undefined, caller);
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const [gold] = await rows<{ discount_percent: number }>(members, `select discount_percent from "members"."tier" where code = 'GOLD'`);
    expect(gold!.discount_percent).toBe(5);
  });

  it('refuses an enrolment into a tier that does not exist with BAD_USER_INPUT TIER_UNKNOWN', async () => {
    await expect(enrolled(members, { tier: 'PLATINUM' })).rejects.toThrow(/TIER_UNKNOWN/);
  });

  describe('evaluation on a hand-built history', () => {
    // joined on 2024-01-10; asOf dates are 00:10 in Shanghai (16:10 UTC the day before)
    let riser: Enrolled, faller: Enrolled, steady: Enrolled, fresh: Enrolled, refunded: Enrolled;
    let tierEvents: Awaited<ReturnType<typeof eventProbe<TierChangedData>>>;

    beforeAll(async () => {
      tierEvents = await eventProbe<TierChangedData>(members, MembershipEvents.TierChanged);
      riser = await enrolled(members, { joinedAt: '2024-01-10T02:00:00.000Z' });
      faller = await enrolled(members, { joinedAt: '2024-01-10T02:00:00.000Z' });
      steady = await enrolled(members, { joinedAt: '2024-01-10T02:00:00.000Z' });
      refunded = await enrolled(members, { joinedAt: '2024-01-10T02:00:00.000Z' });
      // joined after the first evaluation date: not evaluated then
      fresh = await enrolled(members, { joinedAt: '2025-06-01T02:00:00.000Z' });
      // riser: 3,000 in 2024-03, 2,500 in 2024-08 → 5,500 in the 12 months to 2024-12-01 → SILVER;
      //        18,000 more in 2025-02 → 20,500 in the 12 months to 2025-04-01 (the March 2024 receipt
      //        has left the window: 2,500 + 18,000) → GOLD
      await spent(members, riser, 3000_00, '2024-03-05T06:00:00Z');
      await spent(members, riser, 2500_00, '2024-08-20T06:00:00Z');
      await spent(members, riser, 18000_00, '2025-02-14T06:00:00Z');
      // faller: 60,000 in 2024-05 → DIAMOND at 2024-12-01; nothing since → kept until 12 months after
      //         reaching it, then down to ORDINARY (its spend in the window is 0)
      await spent(members, faller, 60000_00, '2024-05-01T06:00:00Z');
      // steady: 4,999.99 → stays ORDINARY (one fen under SILVER)
      await spent(members, steady, 4999_99, '2024-06-01T06:00:00Z');
      // refunded: 30,000 refunded → counts nothing
      await spent(members, refunded, 30000_00, '2024-06-01T06:00:00Z', 'REFUNDED');
      await spent(members, fresh, 6000_00, '2025-06-02T06:00:00Z');
    });

    it('upgrades the members whose rolling spend reached a higher tier, and no one else', async () => {
      const run = await evaluate('2024-11-30T16:10:00.000Z');
      expect(run).toMatchObject({ asOf: '2024-11-30T16:10:00.000Z', upgraded: 2, downgraded: 0 });
      expect(run.evaluated).toBeGreaterThanOrEqual(4);
      expect(run.changes).toEqual(
        expect.arrayContaining([
          {
            membershipId: riser.id,
            from: 'ORDINARY',
            to: 'SILVER',
            spendFen: 5500_00,
            at: '2024-11-30T16:10:00.000Z',
            reason: 'EVALUATION',
          },
          {
            membershipId: faller.id,
            from: 'ORDINARY',
            to: 'DIAMOND',
            spendFen: 60000_00,
            at: '2024-11-30T16:10:00.000Z',
            reason: 'EVALUATION',
          },
        ]),
      );
      expect(run.changes.map((c: { membershipId: string }) => c.membershipId)).not.toContain(fresh.id);
      expect((await tierOf(steady.id)).tier).toBe('ORDINARY');
      expect((await tierOf(refunded.id)).tier).toBe('ORDINARY');
    });

    it('changes nothing when the same evaluation runs again', async () => {
      expect(await evaluate('2024-11-30T16:10:00.000Z')).toMatchObject({ upgraded: 0, downgraded: 0, changes: [] });
    });

    it('keeps a tier for 12 months after it was reached although the spend fell, then moves the member up or down', async () => {
      const spring = await evaluate('2025-03-31T16:10:00.000Z');
      expect(spring.changes).toEqual([expect.objectContaining({ membershipId: riser.id, from: 'SILVER', to: 'GOLD', spendFen: 20500_00 })]);
      // faller's spend in the 12 months to 2025-11-01 is 0, but DIAMOND was reached on 2024-12-01;
      // fresh, who joined in June, is evaluated now and reaches SILVER
      const autumn = await evaluate('2025-10-31T16:10:00.000Z');
      expect(autumn.changes).toEqual([
        expect.objectContaining({ membershipId: fresh.id, from: 'ORDINARY', to: 'SILVER', spendFen: 6000_00 }),
      ]);
      const year = await evaluate('2025-11-30T16:10:00.000Z');
      expect(year.changes).toEqual([expect.objectContaining({ membershipId: faller.id, from: 'DIAMOND', to: 'ORDINARY', spendFen: 0 })]);
      expect(year.downgraded).toBe(1);
    });

    it('keeps each change on the membership: tier, since when, the change list and the history', async () => {
      const faller_ = await tierOf(faller.id);
      expect(faller_).toMatchObject({
        tier: 'ORDINARY',
        tierSince: '2025-11-30T16:10:00.000Z',
        tierDetails: { code: 'ORDINARY', multiplier: '1.00' },
      });
      expect(faller_.tierChanges.map((c: { from: string; to: string }) => `${c.from}→${c.to}`)).toEqual([
        'DIAMOND→ORDINARY',
        'ORDINARY→DIAMOND',
      ]);
      expect(faller_.history.nodes[0]).toMatchObject({ kind: 'TIER_CHANGED', fromValue: 'DIAMOND', toValue: 'ORDINARY' });
    });

    it('publishes TierChanged once per change, with the direction and the spend that decided it', async () => {
      const mine = (await tierEvents.published()).filter((e) => [riser.id, faller.id].includes(e.membershipId));
      // one evaluation handles members in no particular order; each member's own changes are in order
      const changesOf = (id: string) => mine.filter((e) => e.membershipId === id).map((e) => [e.from, e.to, e.direction, e.spendFen]);
      expect(changesOf(riser.id)).toEqual([
        ['ORDINARY', 'SILVER', 'UP', 550_000],
        ['SILVER', 'GOLD', 'UP', 2_050_000],
      ]);
      expect(changesOf(faller.id)).toEqual([
        ['ORDINARY', 'DIAMOND', 'UP', 6_000_000],
        ['DIAMOND', 'ORDINARY', 'DOWN', 0],
      ]);
    });
  });

  it('refuses an evaluation as of a time in the future with BAD_USER_INPUT', async () => {
    const { errors } = await members.request(EVALUATE, { asOf: new Date(Date.now() + 86_400_000).toISOString() }, undefined, DIRECTOR);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('schedules members.evaluate-tiers daily at 00:10 hospital time', async () => {
    const schedule = await members.bus.jobs.getSchedule('members.evaluate-tiers');
    expect(schedule).toMatchObject({ name: 'members.evaluate-tiers', cron: '10 0 * * *', timezone: 'Asia/Shanghai' });
  });

  it('runs the evaluation when the scheduled job fires, as the system', async () => {
    const m = await enrolled(members, { joinedAt: '2025-01-01T00:00:00.000Z' });
    await spent(members, m, 25000_00, new Date(Date.now() - 86_400_000).toISOString());
    await members.bus.jobs.send('members.evaluate-tiers', {});
    await eventually(async () => (await tierOf(m.id)).tier === 'GOLD');
    expect((await tierOf(m.id)).history.nodes[0]).toMatchObject({
      kind: 'TIER_CHANGED',
      toValue: 'GOLD',
      actorKind: 'system',
      actorName: 'members.evaluate-tiers',
    });
  });
});
