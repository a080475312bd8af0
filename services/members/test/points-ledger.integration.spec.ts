import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { Events, type DomainEvent, type PointsChangedData } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { auditProbe, partner, staff } from './support.js';
import {
  count,
  desk,
  enrolMember,
  expectConsistentLedger,
  key,
  LEDGER,
  receipt,
  record,
  RECORD,
  REFUND,
  ledgerOf,
} from './points-support.js';

describe('points ledger: earning from consumptions, idempotency and refunds', () => {
  let db: TestDatabase;
  let members: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const changed: DomainEvent<PointsChangedData>[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    audit = await auditProbe(members);
    await members.bus.subscribe<PointsChangedData>('probe', Events.PointsChanged, async (event) => {
      changed.push(event);
    });
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('earns one point per yuan for an ordinary member, rounding down, and keeps the receipt upper-cased', async () => {
    const member = await enrolMember(members);
    const { data, errors } = await record(members, member.id, 1280_50, desk, { receiptNumber: ' r-2026-0001 ' });
    expect(errors).toBeUndefined();
    expect(data.recordConsumption).toMatchObject({
      receiptNumber: 'R-2026-0001',
      amountFen: 1280_50,
      pointsEarned: 1280,
      bonusPoints: 0,
      status: 'RECORDED',
      source: 'MANUAL',
    });
    const ledger = await members.request(LEDGER, { id: member.id }, undefined, desk);
    expect(ledger.data.membership.pointsBalance).toBe(1280);
    expect(ledger.data.membership.pointsEntries.nodes).toEqual([
      expect.objectContaining({
        seq: 1,
        kind: 'EARN',
        points: 1280,
        balanceAfter: 1280,
        receiptNumber: 'R-2026-0001',
        operatorId: desk.id,
        redemptionId: null,
      }),
    ]);
    expect(ledger.data.membership.pointsEntries.nodes[0].reason).toContain('R-2026-0001');
  });

  it('multiplies by the member’s tier and doubles in the birthday month', async () => {
    const gold = await enrolMember(members, { birthDate: '1990-01-15' });
    await members.orm.em.getConnection().execute(`update "members"."membership" set tier = 'GOLD' where id = ?`, [gold.id]);
    // GOLD is ×1.5 in the tier table; 15 March is not the birthday month
    const march = await record(members, gold.id, 100_00, desk, { occurredAt: '2026-03-15T04:00:00.000Z' });
    expect(march.data.recordConsumption).toMatchObject({ pointsEarned: 150, bonusPoints: 0 });
    // 31 Dec 17:00 UTC is already 1 January in the hospital's time zone (Asia/Shanghai): the birthday month
    const birthday = await record(members, gold.id, 100_00, desk, { occurredAt: '2025-12-31T17:00:00.000Z' });
    expect(birthday.data.recordConsumption).toMatchObject({ pointsEarned: 300, bonusPoints: 150 });
    await expectConsistentLedger(members, gold.id);
  });

  it('gives 20 concurrent earns with one idempotency key one entry and 20 identical answers', async () => {
    const member = await enrolMember(members);
    const input = {
      membershipId: member.id,
      receiptNumber: receipt(),
      amountFen: 88_00,
      occurredAt: new Date().toISOString(),
      idempotencyKey: key(),
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => members.request(RECORD, { input }, undefined, desk)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(answers[0]!.data.recordConsumption.pointsEarned).toBe(88);
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.balance).toBe(88);
    expect(
      await count(members, `select count(*)::int as n from "members"."consumption" where receipt_number = ?`, [input.receiptNumber]),
    ).toBe(1);
  });

  it('answers the same key with another amount with CONFLICT and writes nothing', async () => {
    const member = await enrolMember(members);
    const input = {
      membershipId: member.id,
      receiptNumber: receipt(),
      amountFen: 50_00,
      occurredAt: new Date().toISOString(),
      idempotencyKey: key(),
    };
    const first = await members.request(RECORD, { input }, undefined, desk);
    expect(first.errors).toBeUndefined();
    const before = await ledgerOf(members, member.id);
    const consumptions = await count(members, `select count(*)::int as n from "members"."consumption"`);
    const again = await members.request(RECORD, { input: { ...input, amountFen: 500_00 } }, undefined, desk);
    expect(again.data).toBeNull();
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect(await ledgerOf(members, member.id)).toEqual(before);
    expect(await count(members, `select count(*)::int as n from "members"."consumption"`)).toBe(consumptions);
  });

  it('earns a receipt once: the same receipt with a new key answers the first consumption, and with another amount is CONFLICT', async () => {
    const member = await enrolMember(members);
    const receiptNumber = receipt();
    const base = { membershipId: member.id, receiptNumber, amountFen: 20_00, occurredAt: new Date().toISOString() };
    const first = await members.request(RECORD, { input: { ...base, idempotencyKey: key() } }, undefined, desk);
    const second = await members.request(RECORD, { input: { ...base, idempotencyKey: key() } }, undefined, desk);
    expect(second.data.recordConsumption.id).toBe(first.data.recordConsumption.id);
    const other = await members.request(RECORD, { input: { ...base, amountFen: 21_00, idempotencyKey: key() } }, undefined, desk);
    expect(other.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'RECEIPT_ALREADY_RECORDED',
      existingConsumptionId: first.data.recordConsumption.id,
    });
    expect((await ledgerOf(members, member.id)).entries).toHaveLength(1);
  });

  it('reverses exactly the points a refunded receipt earned, once, however often the refund is asked for', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 300_00);
    const refunded = await record(members, member.id, 123_45);
    const receiptNumber = refunded.data.recordConsumption.receiptNumber;
    const input = { receiptNumber, reason: '患者退款', idempotencyKey: key() };
    const first = await members.request(REFUND, { input }, undefined, testCallers.finance);
    expect(first.errors).toBeUndefined();
    expect(first.data.refundConsumption).toMatchObject({
      status: 'REFUNDED',
      pointsEarned: 123,
      pointsReversed: 123,
      pointsUnrecovered: 0,
      refundReason: '患者退款',
    });
    const again = await members.request(REFUND, { input: { ...input, idempotencyKey: key() } }, undefined, desk);
    expect(again.data.refundConsumption.id).toBe(first.data.refundConsumption.id);
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.entries.map((e) => [e.kind, e.points])).toEqual([
      ['EARN', 300],
      ['EARN', 123],
      ['REVERSE', -123],
    ]);
    // the refunded receipt's own lot is emptied, the other is untouched
    expect(ledger.lots.map((l) => l.remaining)).toEqual([300, 0]);
  });

  it('takes back on refund only what the balance holds once the points were spent, and records the rest as unrecovered', async () => {
    const member = await enrolMember(members);
    const spent = await record(members, member.id, 100_00);
    await members.orm.em.fork().transactional(async (em) => {
      const { MemberLedger } = await import('../src/modules/points/points.ledger.js');
      const { PointsEntryKind } = await import('../src/modules/points/points-entry.entity.js');
      const { pointsConfig } = await import('../src/modules/points/points.config.js');
      const ledger = await MemberLedger.open({ em, bus: members.bus, now: new Date(), config: pointsConfig() }, member.id);
      await ledger.debit(PointsEntryKind.REDEEM, 70, { reason: 'test redemption', operatorId: desk.id! });
      await ledger.close();
    });
    const { data } = await members.request(
      REFUND,
      { input: { receiptNumber: spent.data.recordConsumption.receiptNumber, reason: '退款', idempotencyKey: key() } },
      undefined,
      desk,
    );
    expect(data.refundConsumption).toMatchObject({ pointsEarned: 100, pointsReversed: 30, pointsUnrecovered: 70 });
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.balance).toBe(0);
  });

  it('refuses to change or delete a ledger entry at the database', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 10_00);
    // the service's runtime role may only insert and read ledger entries (the owner's triggers refuse the rest too)
    const db = members.orm.em.getConnection();
    const refused = /permission denied for table points_entry/;
    await expect(db.execute(`update "members"."points_entry" set points = 1000 where membership_id = ?`, [member.id])).rejects.toThrow(
      refused,
    );
    await expect(db.execute(`delete from "members"."points_entry" where membership_id = ?`, [member.id])).rejects.toThrow(refused);
    await expect(db.execute(`truncate "members"."points_entry"`)).rejects.toThrow(refused);
    expect((await ledgerOf(members, member.id)).entries.map((e) => e.points)).toEqual([10]);
  });

  it('publishes PointsChanged for every entry, with the delta and the balance after it', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 40_00);
    await record(members, member.id, 2_00);
    const events = await eventually(async () => {
      const mine = changed.filter((e) => e.data.membershipId === member.id);
      return mine.length === 2 && mine;
    });
    const ledger = await ledgerOf(members, member.id);
    expect(events.map((e) => e.data).sort((a, b) => a.balance - b.balance)).toEqual([
      { membershipId: member.id, customerId: member.customerId, delta: 40, balance: 40, kind: 'EARN', entryId: ledger.entries[0]!.id },
      { membershipId: member.id, customerId: member.customerId, delta: 2, balance: 42, kind: 'EARN', entryId: ledger.entries[1]!.id },
    ]);
  });

  it('audits every recorded consumption as a change by the desk that recorded it', async () => {
    const member = await enrolMember(members);
    const clerk = staff('STAFF', 'CUSTOMER_SERVICE');
    const { data } = await record(members, member.id, 9_00, clerk);
    const entries = await eventually(async () => {
      const found = await audit.entriesOf(clerk.id!);
      return found.length > 0 && found;
    });
    expect(entries).toEqual([
      expect.objectContaining({
        operation: 'mutation recordConsumption',
        outcome: 'SUCCESS',
        targetType: 'Consumption',
        customerIds: [member.customerId],
      }),
    ]);
    expect(entries[0]!.targetIds).toContain(data.recordConsumption.id);
  });

  it('pages a ledger newest first', async () => {
    const member = await enrolMember(members);
    for (const amountFen of [1_00, 2_00, 3_00]) await record(members, member.id, amountFen);
    const page1 = await members.request(LEDGER, { id: member.id, first: 2 }, undefined, desk);
    expect(page1.data.membership.pointsEntries).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(page1.data.membership.pointsEntries.nodes.map((n: { points: number }) => n.points)).toEqual([3, 2]);
    const page2 = await members.request(
      LEDGER,
      { id: member.id, first: 2, after: page1.data.membership.pointsEntries.pageInfo.endCursor },
      undefined,
      desk,
    );
    expect(page2.data.membership.pointsEntries.nodes.map((n: { points: number }) => n.points)).toEqual([1]);
    expect(page2.data.membership.pointsEntries.pageInfo.hasNextPage).toBe(false);
  });

  it('lists a member’s consumptions newest first with their amounts, and filters them by status', async () => {
    const member = await enrolMember(members);
    const first = await record(members, member.id, 1280_50, desk, { occurredAt: '2026-05-01T02:00:00.000Z' });
    await record(members, member.id, 99, desk, { occurredAt: '2026-06-01T02:00:00.000Z' });
    await members.request(
      REFUND,
      { input: { receiptNumber: first.data.recordConsumption.receiptNumber, reason: '退款', idempotencyKey: key() } },
      undefined,
      desk,
    );
    const query = `query ($id: ID!, $status: ConsumptionStatus) { membership(id: $id) {
      consumptions(first: 10, status: $status) { totalCount nodes { amountFen occurredAt pointsEarned status customer { id } membership { id } } } } }`;
    const all = await members.request(query, { id: member.id }, undefined, testCallers.finance);
    expect(all.errors).toBeUndefined();
    expect(all.data.membership.consumptions).toEqual({
      totalCount: 2,
      nodes: [
        {
          amountFen: 99,
          occurredAt: '2026-06-01T02:00:00.000Z',
          pointsEarned: 0,
          status: 'RECORDED',
          customer: { id: member.customerId },
          membership: { id: member.id },
        },
        {
          amountFen: 1280_50,
          occurredAt: '2026-05-01T02:00:00.000Z',
          pointsEarned: 1280,
          status: 'REFUNDED',
          customer: { id: member.customerId },
          membership: { id: member.id },
        },
      ],
    });
    const refunded = await members.request(query, { id: member.id, status: 'REFUNDED' }, undefined, desk);
    expect(refunded.data.membership.consumptions.nodes.map((n: { amountFen: number }) => n.amountFen)).toEqual([1280_50]);
  });

  it('loads the balances and ledgers of many memberships with one query each', async () => {
    const list = `{ memberships(first: 10) { nodes { id pointsBalance pointsEntries(first: 1) { totalCount } consumptions(first: 1) { totalCount } } } }`;
    members.resetQueries();
    const { data, errors } = await members.request(list, {}, undefined, desk);
    expect(errors).toBeUndefined();
    expect(data.memberships.nodes.length).toBeGreaterThan(5);
    // this request's statements ask for the whole page at once (membership_id in (…) with one
    // parameter per membership); the service's own consumers, which may still be earning for an
    // earlier test's deals, lock or read their accounts apart
    const pageOf = new RegExp(`membership_id in \\(${Array(data.memberships.nodes.length).fill('\\?').join(', ')}\\)`);
    const selects = members.queries.filter(
      (q) => /points_account|points_entry|consumption/.test(q) && /select/i.test(q) && !/for update/i.test(q) && pageOf.test(q),
    );
    // balances 1, entries page + count 2, consumptions page + count 2
    expect(selects).toHaveLength(5);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const member = await enrolMember(members);
    const cases: [Record<string, unknown>, string][] = [
      [{ amountFen: -5_00 }, 'amountFen'],
      [{ amountFen: 0 }, 'amountFen'],
      [{ receiptNumber: '   ' }, 'receiptNumber'],
      [{ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, 'occurredAt'],
      [{ idempotencyKey: '' }, 'idempotencyKey'],
    ];
    for (const [override, field] of cases) {
      const { errors } = await record(members, member.id, 10_00, desk, override);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // money is whole fen: a fraction of a fen, a yuan string or a number past 2^53 − 1 never reaches the resolver
    for (const amountFen of [12_34.5, '12.34', 2 ** 53]) {
      const { errors } = await record(members, member.id, amountFen as number, desk);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errors?.[0].message).toContain('amountFen');
    }
    expect((await ledgerOf(members, member.id)).entries).toHaveLength(0);
  });

  it('refuses to record for a frozen membership with CONFLICT MEMBERSHIP_NOT_ACTIVE', async () => {
    const member = await enrolMember(members);
    await members.orm.em.getConnection().execute(`update "members"."membership" set status = 'FROZEN' where id = ?`, [member.id]);
    const { errors } = await record(members, member.id, 10_00);
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEMBERSHIP_NOT_ACTIVE' });
  });

  describe('who may do what', () => {
    it('lets finance, the director and the desks read ledgers; a partner sees only its own people’s balance', async () => {
      const keyAccount = '0190a000-0000-7000-8000-0000000000aa';
      const member = await enrolMember(members, { keyAccountId: keyAccount });
      await record(members, member.id, 77_00);
      for (const caller of [testCallers.finance, testCallers.director, testCallers.csStaff]) {
        const { data, errors } = await members.request(LEDGER, { id: member.id }, undefined, caller);
        expect(errors).toBeUndefined();
        expect(data.membership.pointsEntries.totalCount).toBe(1);
      }
      const balance = await members.request(
        `query ($id: ID!) { membership(id: $id) { pointsBalance } }`,
        { id: member.id },
        undefined,
        partner(keyAccount),
      );
      expect(balance).toEqual({ data: { membership: { pointsBalance: 77 } } });
      const entries = await members.request(LEDGER, { id: member.id }, undefined, partner(keyAccount));
      expect(entries.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      const other = await members.request(
        `query ($id: ID!) { membership(id: $id) { pointsBalance } }`,
        { id: member.id },
        undefined,
        partner('0190a000-0000-7000-8000-0000000000bb'),
      );
      expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('refuses recording to finance, auditors and partners by role, and to staff outside the member desks by department', async () => {
      const member = await enrolMember(members);
      for (const caller of [testCallers.finance, testCallers.auditor, partner('0190a000-0000-7000-8000-0000000000aa')]) {
        const { errors } = await record(members, member.id, 10_00, caller);
        expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      }
      const { errors } = await record(members, member.id, 10_00, staff('STAFF', 'CONSULTATION'));
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
      expect((await ledgerOf(members, member.id)).entries).toHaveLength(0);
    });
  });
});
