import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import {
  Events,
  newId,
  type ConsumptionRefundedData,
  type DealClosedData,
  type DomainEvent,
  type RemedyApprovedData,
} from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { recordConsumptionRefunded, recordDealClosed } from '../src/modules/consumption/consumption.consumer.js';
import { applyRemedy } from '../src/modules/remedies/remedies.consumer.js';
import { knownCustomer } from './support.js';
import {
  count,
  CREATE_GIFT,
  dealClosed,
  desk,
  enrolMember,
  expectConsistentLedger,
  key,
  ledgerOf,
  record,
  REDEEM,
  remedyApproved,
} from './points-support.js';
import { createLogger } from '@careline/service-kit';
import { addMonths } from '../src/common/calendar.js';
import { pointsConfig } from '../src/modules/points/points.config.js';

describe('points from events: DealClosed, ConsumptionRefunded and complaint remedies', () => {
  let db: TestDatabase;
  let members: TestService;
  const scope = () => ({ rootEm: members.orm.em, bus: members.bus, log: createLogger('test', 'silent') });
  const consumptionOf = async (receiptNumber: string) =>
    (
      await members.orm.em
        .getConnection()
        .execute<{ membership_id: string | null; points_earned: number; status: string; source: string }[]>(
          `select membership_id, points_earned, status, source from "members"."consumption" where receipt_number = ?`,
          [receiptNumber],
        )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  describe('DealClosed', () => {
    it('earns once when the same DealClosed is delivered three times', async () => {
      const member = await enrolMember(members);
      const event = dealClosed({ customerId: member.customerId, amountFen: 256_00 });
      const first = await recordDealClosed(scope(), event);
      const second = await recordDealClosed(scope(), event);
      const third = await recordDealClosed(scope(), event);
      expect([first, second, third]).toEqual([true, false, false]);
      const ledger = await expectConsistentLedger(members, member.id);
      expect(ledger.entries.map((e) => [e.kind, e.points])).toEqual([['EARN', 256]]);
      expect(ledger.entries[0]!.operator_id).toBe(event.data.staffId);
      expect(await consumptionOf(event.data.receiptNumber)).toMatchObject({ membership_id: member.id, points_earned: 256, source: 'DEAL' });
    });

    it('earns once when the bus redelivers DealClosed three times and when crm publishes the same receipt under a new event id', async () => {
      const member = await enrolMember(members);
      const event = dealClosed({ customerId: member.customerId, amountFen: 10_00 });
      for (let i = 0; i < 3; i++) await members.bus.jobs.send('members.DealClosed', event);
      await members.orm.em.fork().transactional(async (em) => {
        await members.bus.publish<DealClosedData>(em, Events.DealClosed, event.data);
      });
      await eventually(async () => {
        const done = await count(
          members,
          `select count(*)::int as n from pgboss.job where name = 'members.DealClosed' and data->'data'->>'receiptNumber' = ? and state = 'completed'`,
          [event.data.receiptNumber],
        );
        return done === 4;
      });
      expect((await ledgerOf(members, member.id)).entries.map((e) => e.points)).toEqual([10]);
    });

    it('never double-earns a receipt recorded by hand and then by the event, nor the other way round', async () => {
      const member = await enrolMember(members);
      const manual = await record(members, member.id, 60_00);
      const receiptNumber = manual.data.recordConsumption.receiptNumber;
      await recordDealClosed(scope(), dealClosed({ customerId: member.customerId, receiptNumber, amountFen: 60_00 }));
      const event = dealClosed({ customerId: member.customerId, amountFen: 70_00 });
      await recordDealClosed(scope(), event);
      const byHand = await record(members, member.id, 70_00, desk, { receiptNumber: event.data.receiptNumber });
      expect(byHand.errors).toBeUndefined();
      expect(byHand.data.recordConsumption).toMatchObject({ pointsEarned: 70, source: 'DEAL' });
      expect((await expectConsistentLedger(members, member.id)).entries.map((e) => e.points)).toEqual([60, 70]);
    });

    it('credits a deal entered late (补录) from the deal’s time: its lot is credited then and expires the configured months after it', async () => {
      const member = await enrolMember(members);
      const dealtAt = new Date(Date.now() - 90 * 86_400_000);
      const event = dealClosed({ customerId: member.customerId, amountFen: 120_00, occurredAt: dealtAt.toISOString() });
      await recordDealClosed(scope(), event);
      const [lot] = await members.orm.em.getConnection().execute<{ credited_at: Date; expires_at: Date }[]>(
        `select l.credited_at, l.expires_at from "members"."points_lot" l join "members"."points_entry" e on e.id = l.entry_id
           where e.receipt_number = ?`,
        [event.data.receiptNumber],
      );
      expect(new Date(lot!.credited_at).toISOString()).toBe(dealtAt.toISOString());
      expect(new Date(lot!.expires_at).toISOString()).toBe(addMonths(dealtAt, pointsConfig().expiryMonths).toISOString());
      expect(await consumptionOf(event.data.receiptNumber)).toMatchObject({ points_earned: 120 });
    });

    it('records a non-member’s deal without points, for a retroactive enrolment to credit later', async () => {
      const customerId = await knownCustomer(members);
      const event = dealClosed({ customerId, amountFen: 99_00 });
      expect(await recordDealClosed(scope(), event)).toBe(true);
      expect(await consumptionOf(event.data.receiptNumber)).toMatchObject({ membership_id: null, points_earned: 0, status: 'RECORDED' });
    });
  });

  describe('ConsumptionRefunded', () => {
    it('reverses exactly the points the receipt earned, once per refund, however often it is delivered', async () => {
      const member = await enrolMember(members);
      await recordDealClosed(scope(), dealClosed({ customerId: member.customerId, amountFen: 500_00 }));
      const deal = dealClosed({ customerId: member.customerId, amountFen: 321_99 });
      await recordDealClosed(scope(), deal);
      const refund: DomainEvent<ConsumptionRefundedData> = {
        id: newId(),
        type: 'ConsumptionRefunded',
        source: 'crm',
        occurredAt: new Date().toISOString(),
        data: { receiptNumber: deal.data.receiptNumber, refundedAt: new Date().toISOString(), reason: '治疗取消' },
      };
      expect(await recordConsumptionRefunded(scope(), refund)).toBe(true);
      expect(await recordConsumptionRefunded(scope(), refund)).toBe(false);
      expect(await recordConsumptionRefunded(scope(), { ...refund, id: newId() })).toBe(true);
      const ledger = await expectConsistentLedger(members, member.id);
      expect(ledger.entries.map((e) => [e.kind, e.points])).toEqual([
        ['EARN', 500],
        ['EARN', 321],
        ['REVERSE', -321],
      ]);
      expect(await consumptionOf(deal.data.receiptNumber)).toMatchObject({ status: 'REFUNDED' });
    });

    it('waits for its DealClosed when the refund arrives first: the delivery fails and changes nothing', async () => {
      const refund: DomainEvent<ConsumptionRefundedData> = {
        id: newId(),
        type: 'ConsumptionRefunded',
        source: 'crm',
        occurredAt: new Date().toISOString(),
        data: { receiptNumber: 'NOT-YET-1', refundedAt: new Date().toISOString(), reason: 'x' },
      };
      await expect(recordConsumptionRefunded(scope(), refund)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await count(members, `select count(*)::int as n from "members"."processed_event" where event_id = ?`, [refund.id])).toBe(0);
    });

    it('is consumed from the bus: ConsumptionRefunded published for a receipt reverses its points', async () => {
      const member = await enrolMember(members);
      const deal = dealClosed({ customerId: member.customerId, amountFen: 45_00 });
      await recordDealClosed(scope(), deal);
      await members.orm.em.fork().transactional(async (em) => {
        await members.bus.publish<ConsumptionRefundedData>(em, Events.ConsumptionRefunded, {
          receiptNumber: deal.data.receiptNumber,
          refundedAt: new Date().toISOString(),
          reason: '退费',
        });
      });
      const ledger = await eventually(async () => {
        const l = await ledgerOf(members, member.id);
        return l.entries.length === 2 && l;
      });
      expect(ledger.entries.map((e) => [e.kind, e.points])).toEqual([
        ['EARN', 45],
        ['REVERSE', -45],
      ]);
    });
  });

  describe('RemedyApproved', () => {
    it('credits missed points (补积分) for named receipts and outright points, once per remedy id', async () => {
      const customerId = await knownCustomer(members);
      const missed = dealClosed({ customerId, amountFen: 80_00 });
      await recordDealClosed(scope(), missed); // not a member yet: no points
      const { data } = await members.request(`mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }`, {
        input: { customerId },
      });
      const membershipId = data.enrollMember.id;
      const remedy = remedyApproved({
        kind: 'CREDIT_POINTS',
        customerId,
        receiptNumbers: [missed.data.receiptNumber, 'UNKNOWN-1'],
        points: 50,
      });
      expect(await applyRemedy(scope(), remedy)).toBe(true);
      // the same remedy again, redelivered and re-published under another event id
      expect(await applyRemedy(scope(), remedy)).toBe(false);
      expect(await applyRemedy(scope(), { ...remedy, id: newId() })).toBe(true);
      const ledger = await expectConsistentLedger(members, membershipId);
      expect(ledger.entries.map((e) => [e.kind, e.points])).toEqual([
        ['EARN', 80],
        ['ADJUST', 50],
      ]);
      expect(ledger.entries.every((e) => e.operator_id === remedy.data.approvedBy)).toBe(true);
      const [applied] = await members.orm.em
        .getConnection()
        .execute(`select outcome, note, entry_ids from "members"."remedy_application" where remedy_id = ?`, [remedy.data.remedyId]);
      expect(applied).toMatchObject({ outcome: 'APPLIED', entry_ids: ledger.entries.map((e) => e.id) });
      expect(applied!.note).toContain('UNKNOWN-1');
    });

    it('enrols retroactively (补办会员) and earns every consumption since the date the customer should have joined', async () => {
      const customerId = await knownCustomer(members);
      const before = dealClosed({ customerId, amountFen: 1000_00, occurredAt: '2026-01-10T02:00:00.000Z' });
      const after1 = dealClosed({ customerId, amountFen: 200_00, occurredAt: '2026-03-01T02:00:00.000Z' });
      const after2 = dealClosed({ customerId, amountFen: 300_00, occurredAt: '2026-05-01T02:00:00.000Z' });
      for (const e of [before, after1, after2]) await recordDealClosed(scope(), e);
      const remedy = remedyApproved({ kind: 'RETRO_ENROL', customerId, joinedAt: '2026-02-01T00:00:00.000Z' });
      expect(await applyRemedy(scope(), remedy)).toBe(true);
      expect(await applyRemedy(scope(), { ...remedy, id: newId() })).toBe(true);
      const [membership] = await members.orm.em
        .getConnection()
        .execute<{ id: string; joined_at: Date }[]>(`select id, joined_at from "members"."membership" where customer_id = ?`, [customerId]);
      expect(new Date(membership!.joined_at).toISOString()).toBe('2026-02-01T00:00:00.000Z');
      const ledger = await expectConsistentLedger(members, membership!.id);
      expect(ledger.entries.map((e) => e.points)).toEqual([200, 300]);
      // earned for the remedy, by its approver
      expect(ledger.entries.every((e) => e.operator_id === remedy.data.approvedBy)).toBe(true);
      const remedies = await members.orm.em
        .getConnection()
        .execute<{ remedy_id: string }[]>(`select remedy_id from "members"."points_entry" where membership_id = ?`, [membership!.id]);
      expect(remedies.map((r) => r.remedy_id)).toEqual([remedy.data.remedyId, remedy.data.remedyId]);
      expect(await consumptionOf(before.data.receiptNumber)).toMatchObject({ points_earned: 0 });
      expect(await count(members, `select count(*)::int as n from "members"."membership" where customer_id = ?`, [customerId])).toBe(1);
    });

    it('cancels a wrongly issued gift (撤销礼品): the points and the stock come back, once', async () => {
      const member = await enrolMember(members);
      await record(members, member.id, 100_00);
      const gift = await members.request(
        CREATE_GIFT,
        { input: { name: '保温杯', kind: 'GOODS', pointsPrice: 40, stock: 5 } },
        undefined,
        desk,
      );
      expect(gift.errors?.[0].extensions.code).toBe('FORBIDDEN'); // staff do not add gifts
      const created = await members.request(CREATE_GIFT, { input: { name: '保温杯', kind: 'GOODS', pointsPrice: 40, stock: 5 } });
      const giftId = created.data.createGift.id;
      const redeemed = await members.request(
        REDEEM,
        { input: { membershipId: member.id, giftId, quantity: 2, idempotencyKey: key() } },
        undefined,
        desk,
      );
      const redemptionId = redeemed.data.redeemGift.id;
      const remedy = remedyApproved({ kind: 'CANCEL_GIFT', customerId: member.customerId, redemptionId });
      expect(await applyRemedy(scope(), remedy)).toBe(true);
      expect(await applyRemedy(scope(), { ...remedy, id: newId() })).toBe(true);
      const ledger = await expectConsistentLedger(members, member.id);
      expect(ledger.entries.map((e) => [e.kind, e.points])).toEqual([
        ['EARN', 100],
        ['REDEEM', -80],
        ['REVERSE', 80],
      ]);
      expect(await count(members, `select stock as n from "members"."gift" where id = ?`, [giftId])).toBe(5);
    });

    it('is consumed from the bus: RemedyApproved published by crm credits the points', async () => {
      const member = await enrolMember(members);
      const remedy = remedyApproved({ kind: 'CREDIT_POINTS', customerId: member.customerId, points: 33 });
      await members.orm.em.fork().transactional(async (em) => {
        await members.bus.publish<RemedyApprovedData>(em, Events.RemedyApproved, remedy.data);
      });
      const ledger = await eventually(async () => {
        const l = await ledgerOf(members, member.id);
        return l.entries.length === 1 && l;
      });
      expect(ledger.entries[0]).toMatchObject({ kind: 'ADJUST', points: 33, operator_id: remedy.data.approvedBy });
    });

    it('records a remedy that cannot apply as NOT_APPLICABLE with the reason, without failing the event', async () => {
      const stranger = await knownCustomer(members);
      const remedy = remedyApproved({ kind: 'CREDIT_POINTS', customerId: stranger, points: 10 });
      expect(await applyRemedy(scope(), remedy)).toBe(true);
      const [applied] = await members.orm.em
        .getConnection()
        .execute(`select outcome, note from "members"."remedy_application" where remedy_id = ?`, [remedy.data.remedyId]);
      expect(applied).toEqual({ outcome: 'NOT_APPLICABLE', note: 'the customer is not a member' });
    });
  });
});
