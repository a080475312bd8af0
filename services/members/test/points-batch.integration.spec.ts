import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { createLogger, newId, type DealClosedData, type DomainEvent } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { handleDealBatch, recordDealClosed, recordDealsClosed } from '../src/modules/consumption/consumption.consumer.js';
import { earnConsumption, insertConsumption } from '../src/modules/consumption/consumption.core.js';
import { ConsumptionSource } from '../src/modules/consumption/consumption.entity.js';
import { pointsConfig } from '../src/modules/points/points.config.js';
import { monthIn } from '../src/modules/points/points.earning.js';
import { addMonths } from '../src/common/calendar.js';
import { knownCustomer } from './support.js';
import { count, dealClosed, desk, enrolMember, expectConsistentLedger, key, ledgerOf, RECORD, type Member } from './points-support.js';

const RECORD_MANY = `mutation ($input: RecordConsumptionsInput!) {
  recordConsumptions(input: $input) { id receiptNumber amountFen pointsEarned bonusPoints status membership { id } }
}`;

/**
 * The batch path (recordConsumptions, DealClosed in batches: consumption.batch.ts) keeps every
 * rule of the one-receipt path: each receipt and each idempotency key once, duplicates inside
 * one list included, and the same ledger row for row.
 */
describe('points in batches', () => {
  let db: TestDatabase;
  let members: TestService;
  const log = createLogger('test', 'silent');
  const scope = (now?: Date) => ({ rootEm: members.orm.em, bus: members.bus, log, ...(now ? { now: () => now } : {}) });
  const consumptions = (receipts: string[]) =>
    count(members, `select count(*)::int as n from "members"."consumption" where receipt_number = any(?::text[])`, [
      `{${receipts.join(',')}}`,
    ]);
  const entriesOf = (m: Member) =>
    count(members, `select count(*)::int as n from "members"."points_entry" where membership_id = ?`, [m.id]);
  const recordMany = (items: Record<string, unknown>[]) =>
    members.request(RECORD_MANY, { input: { consumptions: items.map((item) => ({ occurredAt: at, ...item })) } }, undefined, desk);
  const at = new Date(Date.now() - 3_600_000).toISOString();

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('records and earns each receipt once and answers each idempotency key once when one recordConsumptions repeats receipts and keys', async () => {
    const a = await enrolMember(members);
    const b = await enrolMember(members);
    const [k1, k2, k3, k4] = [key(), key(), key(), key()];
    const r = (n: number) => `BATCH-${a.id.slice(0, 8)}-${n}`.toUpperCase();
    const items = [
      { membershipId: a.id, receiptNumber: r(1), amountFen: 100_00, idempotencyKey: k1 },
      { membershipId: a.id, receiptNumber: r(1), amountFen: 100_00, idempotencyKey: k1 }, // the same request twice
      { membershipId: a.id, receiptNumber: ` ${r(1).toLowerCase()}`, amountFen: 100_00, idempotencyKey: k2 }, // the same receipt, another key
      { membershipId: b.id, receiptNumber: r(2), amountFen: 50_00, idempotencyKey: k3 },
      { membershipId: a.id, receiptNumber: r(3), amountFen: 30_00, idempotencyKey: k4 },
    ];
    const first = await recordMany(items);
    expect(first.errors).toBeUndefined();
    const answers = first.data.recordConsumptions as {
      id: string;
      receiptNumber: string;
      pointsEarned: number;
      membership: { id: string };
    }[];
    expect(answers.map((c) => c.receiptNumber)).toEqual([r(1), r(1), r(1), r(2), r(3)]);
    expect(new Set([answers[0]!.id, answers[1]!.id, answers[2]!.id]).size).toBe(1);
    expect(new Set(answers.map((c) => c.id)).size).toBe(3);
    expect(answers.map((c) => c.pointsEarned)).toEqual([100, 100, 100, 50, 30]);
    expect(await consumptions([r(1), r(2), r(3)])).toBe(3);
    const ledgerA = await expectConsistentLedger(members, a.id);
    expect(ledgerA.entries.map((e) => [e.seq, e.kind, e.points, e.balance_after])).toEqual([
      [1, 'EARN', 100, 100],
      [2, 'EARN', 30, 130],
    ]);
    expect(ledgerA.entries[0]!.operator_id).toBe(desk.id);
    expect((await expectConsistentLedger(members, b.id)).balance).toBe(50);

    // the whole list again (a client's retry), and one of its keys alone through recordConsumption: the first answers, nothing new
    const again = await recordMany(items);
    expect(again.errors).toBeUndefined();
    expect(again.data.recordConsumptions.map((c: { id: string }) => c.id)).toEqual(answers.map((c) => c.id));
    const single = await members.request(RECORD, { input: { ...items[3], occurredAt: at } }, undefined, desk);
    expect(single.errors).toBeUndefined();
    expect(single.data.recordConsumption.id).toBe(answers[3]!.id);
    expect(await entriesOf(a)).toBe(2);
    expect(await entriesOf(b)).toBe(1);
  });

  it('refuses a whole recordConsumptions, writing nothing, when a key repeats with other arguments or a receipt repeats with another amount', async () => {
    const a = await enrolMember(members);
    const r = (n: number) => `REFUSED-${a.id.slice(0, 8)}-${n}`.toUpperCase();
    const k = key();
    const keyReused = await recordMany([
      { membershipId: a.id, receiptNumber: r(1), amountFen: 10_00, idempotencyKey: k },
      { membershipId: a.id, receiptNumber: r(2), amountFen: 10_00, idempotencyKey: k },
    ]);
    expect(keyReused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const receiptTaken = await recordMany([
      { membershipId: a.id, receiptNumber: r(3), amountFen: 10_00, idempotencyKey: key() },
      { membershipId: a.id, receiptNumber: r(3), amountFen: 20_00, idempotencyKey: key() },
    ]);
    expect(receiptTaken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECEIPT_ALREADY_RECORDED' });
    const empty = await recordMany([]);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BATCH_SIZE' });
    expect(await consumptions([r(1), r(2), r(3)])).toBe(0);
    expect(await entriesOf(a)).toBe(0);
    expect(await count(members, `select count(*)::int as n from "members"."idempotency_key" where key = ?`, [k])).toBe(0);
    // the key is free again: the first of those requests alone goes through
    const ok = await recordMany([{ membershipId: a.id, receiptNumber: r(1), amountFen: 10_00, idempotencyKey: k }]);
    expect(ok.errors).toBeUndefined();
    expect(await entriesOf(a)).toBe(1);
  });

  it('takes a DealClosed batch with an event twice and a receipt under two event ids as one earn each, and a redelivered batch as nothing', async () => {
    const member = await enrolMember(members);
    const e1 = dealClosed({ customerId: member.customerId, amountFen: 80_00 });
    const e2 = dealClosed({ customerId: member.customerId, amountFen: 80_00, receiptNumber: e1.data.receiptNumber });
    const e3 = dealClosed({ customerId: member.customerId, amountFen: 20_00 });
    expect(await recordDealsClosed(scope(), [e1, e1, e2, e3])).toEqual([true, false, true, true]);
    expect(await recordDealsClosed(scope(), [e3, e2, e1])).toEqual([false, false, false]);
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.entries.map((e) => [e.kind, e.points, e.balance_after])).toEqual([
      ['EARN', 80, 80],
      ['EARN', 20, 100],
    ]);
    expect(await consumptions([e1.data.receiptNumber, e3.data.receiptNumber])).toBe(2);
  });

  it('commits the good events of a DealClosed batch that one event breaks, and fails only for that one', async () => {
    const member = await enrolMember(members);
    const good1 = dealClosed({ customerId: member.customerId, amountFen: 30_00 });
    // a safe integer of fen, but its points do not fit the ledger's integer columns: the database refuses it
    const broken = dealClosed({ customerId: member.customerId, amountFen: Number.MAX_SAFE_INTEGER });
    const good2 = dealClosed({ customerId: member.customerId, amountFen: 12_00 });
    await expect(recordDealsClosed(scope(), [good1, broken, good2])).rejects.toThrow();
    expect(await entriesOf(member)).toBe(0); // the batch alone: all or nothing
    await expect(handleDealBatch(scope(), [good1, broken, good2])).rejects.toThrow();
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.entries.map((e) => e.points)).toEqual([30, 12]);
    expect(await consumptions([good1.data.receiptNumber, broken.data.receiptNumber, good2.data.receiptNumber])).toBe(2);
    // the bus hands the batch back: the good events change nothing again, the broken one fails again
    await expect(handleDealBatch(scope(), [good1, broken, good2])).rejects.toThrow();
    expect(await entriesOf(member)).toBe(2);
  });

  it('gives the same ledgers, row for row, from one batch, from events one at a time, and from the one-receipt ledger code', async () => {
    const config = pointsConfig();
    const month = String(monthIn(new Date(), config.timeZone)).padStart(2, '0');
    const past = addMonths(new Date(), -(config.expiryMonths + 1)); // lots credited then are due now
    const staffId = newId();

    /** one group of customers with every case: ordinary, birthday month, GOLD tier, frozen, not a member */
    async function group() {
      const ordinary = await enrolMember(members);
      const birthday = await enrolMember(members, { birthDate: `1990-${month}-10` });
      const gold = await enrolMember(members);
      await members.orm.em.getConnection().execute(`update "members"."membership" set tier = 'GOLD' where id = ?`, [gold.id]);
      const frozen = await enrolMember(members);
      const stranger = await knownCustomer(members);
      return { ordinary, birthday, gold, frozen, stranger };
    }
    type Group = Awaited<ReturnType<typeof group>>;
    const events = (g: Group, prefix: string, when: Date): DomainEvent<DealClosedData>[] => {
      const deal = (customerId: string, n: number, amountFen: number) =>
        dealClosed({ customerId, receiptNumber: `${prefix}-${n}`, amountFen, staffId, occurredAt: when.toISOString() });
      const list = [
        deal(g.ordinary.customerId, 1, 123_45),
        deal(g.birthday.customerId, 2, 200_00),
        deal(g.gold.customerId, 3, 1_280_50),
        deal(g.frozen.customerId, 4, 50_00),
        deal(g.stranger, 5, 70_00),
        deal(g.ordinary.customerId, 6, 99), // under a yuan: no points
        deal(g.gold.customerId, 7, 10_00),
        deal(g.ordinary.customerId, 8, 40_00),
      ];
      // the same receipt again under a new event id, and the same event twice
      return [...list, { ...list[2]!, id: newId() }, list[7]!];
    };

    const groups = { batch: await group(), single: await group(), core: await group() };
    // history: one earn each, credited long enough ago to be due now (expired before the new earns)
    const histTag = (name: string, g: Group) => `HIST-${name}-${g.ordinary.id.slice(0, 6)}`.toUpperCase();
    for (const [name, g] of Object.entries(groups)) {
      for (const event of events(g, histTag(name, g), past).slice(0, 4)) await recordDealClosed(scope(past), event);
    }
    await members.orm.em.getConnection().execute(`update "members"."membership" set status = 'FROZEN' where id = any(?::uuid[])`, [
      `{${Object.values(groups)
        .map((g) => g.frozen.id)
        .join(',')}}`,
    ]);

    const tag = (name: string, g: Group) => `NOW-${name}-${g.ordinary.id.slice(0, 6)}`.toUpperCase();
    // (a) one batch
    await recordDealsClosed(scope(), events(groups.batch, tag('batch', groups.batch), new Date()));
    // (b) the consumer one event at a time
    for (const event of events(groups.single, tag('single', groups.single), new Date())) await recordDealClosed(scope(), event);
    // (c) the one-receipt ledger code (insertConsumption + earnConsumption, MemberLedger), one transaction per event
    for (const event of events(groups.core, tag('core', groups.core), new Date())) {
      await members.orm.em.fork().transactional(async (em) => {
        const ledgerScope = { em, bus: members.bus, now: new Date(), config };
        const customerId = event.data.customerId;
        const [membership] = await em
          .getConnection()
          .execute<{ id: string }[]>(
            `select id from "members"."membership" where customer_id = ?`,
            [customerId],
            'all',
            em.getTransactionContext(),
          );
        const { id } = await insertConsumption(ledgerScope, {
          receiptNumber: event.data.receiptNumber,
          customerId,
          membershipId: membership?.id ?? null,
          amountFen: event.data.amountFen,
          occurredAt: new Date(event.data.occurredAt),
          source: ConsumptionSource.DEAL,
          visitId: event.data.visitId,
          departmentCode: event.data.departmentCode,
          staffId,
        });
        await earnConsumption(ledgerScope, id, { operatorId: staffId });
      });
    }

    /** everything the ledger holds for a group, without ids, times and the group's receipt prefix */
    async function picture(name: string, g: Group) {
      const db = members.orm.em.getConnection();
      const unprefix = (text: string | null) => text?.replaceAll(tag(name, g), 'NOW').replaceAll(histTag(name, g), 'HIST') ?? null;
      const out: Record<string, unknown> = {};
      for (const [who, m] of Object.entries(g)) {
        const customerId = typeof m === 'string' ? m : m.customerId;
        const consumptionRows = await db.execute<Record<string, unknown>[]>(
          `select receipt_number, amount_fen::int as amount, membership_id is not null as member, points_earned, bonus_points, earn_entry_id is not null as earned, status, source, staff_id
           from "members"."consumption" where customer_id = ? order by receipt_number`,
          [customerId],
        );
        if (typeof m === 'string') {
          out[who] = { consumptions: consumptionRows.map((c) => ({ ...c, receipt_number: unprefix(c.receipt_number as string) })) };
          continue;
        }
        const ledger = await ledgerOf(members, m.id);
        const allocations = await db.execute<{ kind: string; points: number }[]>(
          `select e.kind, a.points from "members"."points_allocation" a join "members"."points_entry" e on e.id = a.entry_id where e.membership_id = ? order by e.seq, a.points`,
          [m.id],
        );
        out[who] = {
          balance: ledger.balance,
          entries: ledger.entryCount,
          rows: ledger.entries.map((e) => [e.seq, e.kind, e.points, e.balance_after, unprefix(e.reason), e.operator_id]),
          lots: ledger.lots.map((l) => [l.points, l.remaining]).sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!),
          allocations: allocations.map((a) => [a.kind, a.points]),
          consumptions: consumptionRows.map((c) => ({ ...c, receipt_number: unprefix(c.receipt_number as string) })),
        };
        await expectConsistentLedger(members, m.id);
      }
      return out;
    }
    const batch = await picture('batch', groups.batch);
    expect(await picture('single', groups.single)).toEqual(batch);
    expect(await picture('core', groups.core)).toEqual(batch);
    // and the case list did what it says: an expiry, a birthday bonus, GOLD's ×1.5, nothing for the frozen member
    const rows = (who: string) => (batch[who] as { rows: unknown[][] }).rows;
    expect(rows('ordinary').map((r) => r[1])).toEqual(['EARN', 'EXPIRE', 'EARN', 'EARN']);
    expect(
      rows('gold')
        .slice(-2)
        .map((r) => r[2]),
    ).toEqual([1920, 15]);
    expect(rows('birthday').at(-1)![2]).toBe(400);
    expect(rows('frozen').map((r) => r[1])).toEqual(['EARN', 'EXPIRE']);
  });
});
