import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import {
  createLogger,
  Events,
  MemberFactEvents,
  newId,
  type ConsumptionRecordedData,
  type ConsumptionRefundedData,
  type CustomerReferredData,
  type CustomersMergedData,
  type DomainEvent,
} from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { recordConsumptionRefunded, recordDealClosed } from '../src/modules/consumption/consumption.consumer.js';
import { recordCustomersMerged } from '../src/modules/merge/merge.consumer.js';
import { onConsumptionRecorded, onCustomerReferred } from '../src/modules/referral/referral.consumer.js';
import { lockReferred } from '../src/modules/referral/referral.core.js';
import { membersPersonalData } from '../src/modules/personal-data/personal-data.service.js';
import { knownCustomer, staff } from './support.js';
import { centreAdmin, dealClosed, desk, enrolMember, expectConsistentLedger } from './points-support.js';

// 老带新: the referrer earns the rule's points once per referred customer, on that customer's first
// deal, whatever order and however often the events come (the real bus delivers members' own
// ConsumptionRecorded to the referral consumer while the tests also call it directly).

const RULE = `mutation ($input: ReferralRuleInput!) { updateReferralRule(input: $input) { enabled pointsPerReferral capPerPeriod capPeriod } }`;
const DEFAULT_RULE = { enabled: true, pointsPerReferral: 500, capPerPeriod: 10, capPeriod: 'MONTH' };
const CUSTOMER_360 = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Customer { id
  referral { status declineReason points pointsReversed receiptNumber referrer { id } referred { id } }
  referralsMade { status points referred { id } } } } }`;

const referred = (referrerId: string, customerId: string): DomainEvent<CustomerReferredData> => ({
  id: newId(),
  type: Events.CustomerReferred,
  source: 'crm',
  occurredAt: new Date(Date.now() - 60_000).toISOString(),
  data: { referrerId, customerId },
});

describe('referral rewards (老带新)', () => {
  let db: TestDatabase;
  let members: TestService;
  const scope = () => ({ rootEm: members.orm.em, bus: members.bus, log: createLogger('test', 'silent') });
  const rows = <T = any>(text: string, params: unknown[] = []) => members.orm.em.getConnection().execute<T[]>(text, params);
  const referralOf = async (customerId: string) =>
    (
      await rows(
        `select status, decline_reason, points, points_reversed, receipt_number from "members"."referral" where referred_customer_id = ?`,
        [customerId],
      )
    )[0];
  /** the referral entries of a member's ledger (kind, points) */
  const referralEntries = async (membershipId: string) =>
    (
      await rows<{ kind: string; points: number }>(
        `select kind, points from "members"."points_entry" where membership_id = ? and reason like '老带新%' order by seq`,
        [membershipId],
      )
    ).map((e) => [e.kind, e.points]);
  const setRule = async (input: object) => {
    const { errors } = await members.request(RULE, { input }, {}, centreAdmin);
    expect(errors).toBeUndefined();
  };
  /** the ConsumptionRecorded event members published for a receipt (what the bus delivers) */
  const consumptionRecorded = async (receiptNumber: string): Promise<DomainEvent<ConsumptionRecordedData>> => {
    const [row] = await rows<{ id: string; customer_id: string; amount_fen: string; occurred_at: Date }>(
      `select id, customer_id, amount_fen, occurred_at from "members"."consumption" where receipt_number = ?`,
      [receiptNumber],
    );
    return {
      id: newId(),
      type: MemberFactEvents.ConsumptionRecorded,
      source: 'members',
      occurredAt: new Date().toISOString(),
      data: {
        consumptionId: row!.id,
        receiptNumber,
        customerId: row!.customer_id,
        membershipId: null,
        amountFen: Number(row!.amount_fen),
        occurredAt: new Date(row!.occurred_at).toISOString(),
        source: 'DEAL',
        visitId: null,
        departmentCode: 'DENTAL',
        staffId: null,
      },
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });
  beforeEach(async () => {
    await setRule(DEFAULT_RULE);
  });

  it('rewards the referrer once on the first deal, however often CustomerReferred and the deal events are delivered', async () => {
    const referrer = await enrolMember(members);
    const newcomer = await knownCustomer(members);
    const event = referred(referrer.customerId, newcomer);
    expect(await onCustomerReferred(scope(), event)).toBe(true);
    expect(await referralOf(newcomer)).toMatchObject({ status: 'PENDING', points: 0 });

    const deal = dealClosed({ customerId: newcomer, amountFen: 880_00 });
    await recordDealClosed(scope(), deal);
    await eventually(async () => (await referralOf(newcomer))?.status === 'REWARDED');
    // redelivered: the same CustomerReferred, the same DealClosed, ConsumptionRecorded again (new ids too)
    expect(await onCustomerReferred(scope(), event)).toBe(false);
    expect(await onCustomerReferred(scope(), { ...event, id: newId() })).toBe(true);
    expect(await recordDealClosed(scope(), deal)).toBe(false);
    await onConsumptionRecorded(scope(), await consumptionRecorded(deal.data.receiptNumber));
    // a second deal is not a first deal
    await recordDealClosed(scope(), dealClosed({ customerId: newcomer, amountFen: 200_00 }));
    await onConsumptionRecorded(scope(), await consumptionRecorded(deal.data.receiptNumber));

    expect(await referralOf(newcomer)).toMatchObject({ status: 'REWARDED', points: 500, receipt_number: deal.data.receiptNumber });
    expect(await referralEntries(referrer.id)).toEqual([['EARN', 500]]);
    await expectConsistentLedger(members, referrer.id);

    // both sides of the 360: the referred customer sees who referred them, the referrer what it earned
    const { data, errors } = await members.request(
      CUSTOMER_360,
      {
        reps: [
          { __typename: 'Customer', id: newcomer },
          { __typename: 'Customer', id: referrer.customerId },
        ],
      },
      {},
      desk,
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0].referral).toEqual({
      status: 'REWARDED',
      declineReason: null,
      points: 500,
      pointsReversed: 0,
      receiptNumber: deal.data.receiptNumber,
      referrer: { id: referrer.customerId },
      referred: { id: newcomer },
    });
    expect(data._entities[1]).toMatchObject({
      referral: null,
      referralsMade: [{ status: 'REWARDED', points: 500, referred: { id: newcomer } }],
    });
  });

  it('a personal-data export holds the referral on both sides: the referred customer’s and the referrer’s', async () => {
    const referrer = await enrolMember(members);
    const newcomer = await knownCustomer(members);
    await onCustomerReferred(scope(), referred(referrer.customerId, newcomer));
    const referralRows = async (customerId: string) =>
      (await membersPersonalData(members.orm.em.fork(), customerId)).find((section) => section.table === 'referral')?.rows ?? [];

    expect(await referralRows(newcomer)).toMatchObject([{ referred_customer_id: newcomer, referrer_customer_id: referrer.customerId }]);
    expect(await referralRows(referrer.customerId)).toMatchObject([
      { referred_customer_id: newcomer, referrer_customer_id: referrer.customerId },
    ]);
  });

  it('a deal that comes before CustomerReferred, both at once, and concurrent deals: one grant each', async () => {
    await setRule({ ...DEFAULT_RULE, capPerPeriod: null });
    const referrer = await enrolMember(members);
    const early = await knownCustomer(members);
    const deal = dealClosed({ customerId: early });
    await recordDealClosed(scope(), deal);
    // the deal is in before the referral arrives: settled on the referral's arrival
    await onCustomerReferred(scope(), referred(referrer.customerId, early));
    expect(await referralOf(early)).toMatchObject({ status: 'REWARDED', points: 500 });

    // ten referred customers: each one's referral, two deals and a redelivered ConsumptionRecorded, all at once
    const newcomers = await Promise.all(Array.from({ length: 10 }, () => knownCustomer(members)));
    await Promise.all(
      newcomers.flatMap((customerId) => {
        const first = dealClosed({ customerId, occurredAt: new Date().toISOString() });
        return [
          onCustomerReferred(scope(), referred(referrer.customerId, customerId)),
          recordDealClosed(scope(), first),
          recordDealClosed(scope(), dealClosed({ customerId })),
          recordDealClosed(scope(), first),
          recordDealClosed(scope(), first).then(async () =>
            onConsumptionRecorded(scope(), await consumptionRecorded(first.data.receiptNumber)),
          ),
        ];
      }),
    );
    for (const customerId of newcomers) await eventually(async () => (await referralOf(customerId))?.status === 'REWARDED');
    expect(await referralEntries(referrer.id)).toEqual(Array.from({ length: 11 }, () => ['EARN', 500]));
    await expectConsistentLedger(members, referrer.id);
  });

  it('a deal recorded while the referral is being written is not missed by both (the referred customer’s lock)', async () => {
    const referrer = await enrolMember(members);
    const newcomer = await knownCustomer(members);
    let dealSettled: Promise<boolean> | undefined;
    let settledEarly = false;
    // the referral's transaction, held open after its insert as recordReferral's would be: it saw no deal yet
    await members.orm.em.fork().transactional(async (em) => {
      await lockReferred(em, [newcomer]);
      await em
        .getConnection()
        .execute(
          `insert into "members"."referral" (referred_customer_id, referrer_customer_id, referred_at, status, updated_at) values (?, ?, ?, 'PENDING', now())`,
          [newcomer, referrer.customerId, new Date(Date.now() - 60_000)],
          'all',
          em.getTransactionContext(),
        );
      // meanwhile the deal commits and its ConsumptionRecorded is handled: it must wait for the referral
      const deal = dealClosed({ customerId: newcomer });
      await recordDealClosed(scope(), deal);
      dealSettled = onConsumptionRecorded(scope(), await consumptionRecorded(deal.data.receiptNumber));
      void dealSettled.then(() => (settledEarly = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settledEarly).toBe(false);
    });
    await dealSettled;
    expect(await referralOf(newcomer)).toMatchObject({ status: 'REWARDED', points: 500 });
  });

  it('caps rewards per referrer and period, also when the deals close at once', async () => {
    await setRule({ enabled: true, pointsPerReferral: 300, capPerPeriod: 2, capPeriod: 'MONTH' });
    const referrer = await enrolMember(members);
    const newcomers = await Promise.all(Array.from({ length: 5 }, () => knownCustomer(members)));
    for (const customerId of newcomers) await onCustomerReferred(scope(), referred(referrer.customerId, customerId));
    await Promise.all(newcomers.map((customerId) => recordDealClosed(scope(), dealClosed({ customerId }))));
    const settled = await eventually(async () => {
      const all = await Promise.all(newcomers.map(referralOf));
      return all.every((r) => r.status !== 'PENDING') && all;
    });
    expect(settled.filter((r) => r.status === 'REWARDED')).toHaveLength(2);
    expect(settled.filter((r) => r.status === 'DECLINED').map((r) => r.decline_reason)).toEqual([
      'CAP_REACHED',
      'CAP_REACHED',
      'CAP_REACHED',
    ]);
    expect(await referralEntries(referrer.id)).toEqual([
      ['EARN', 300],
      ['EARN', 300],
    ]);
  });

  it('gives nothing for a self-referral, an existing customer, a referrer who is not a member, or with the rule off', async () => {
    const member = await enrolMember(members);
    await onCustomerReferred(scope(), referred(member.customerId, member.customerId));
    await recordDealClosed(scope(), dealClosed({ customerId: member.customerId }));
    await eventually(async () => (await referralOf(member.customerId))?.status === 'DECLINED');
    expect(await referralOf(member.customerId)).toMatchObject({ decline_reason: 'SELF_REFERRAL', points: 0 });

    const referrer = await enrolMember(members);
    const regular = await knownCustomer(members);
    await recordDealClosed(scope(), dealClosed({ customerId: regular, occurredAt: new Date(Date.now() - 86_400_000).toISOString() }));
    await onCustomerReferred(scope(), referred(referrer.customerId, regular));
    expect(await referralOf(regular)).toMatchObject({ status: 'DECLINED', decline_reason: 'EXISTING_CUSTOMER' });

    const notMember = await knownCustomer(members);
    const third = await knownCustomer(members);
    await onCustomerReferred(scope(), referred(notMember, third));
    await recordDealClosed(scope(), dealClosed({ customerId: third }));
    await eventually(async () => (await referralOf(third))?.decline_reason === 'REFERRER_NOT_MEMBER');

    await setRule({ ...DEFAULT_RULE, enabled: false });
    const fourth = await knownCustomer(members);
    await onCustomerReferred(scope(), referred(referrer.customerId, fourth));
    await recordDealClosed(scope(), dealClosed({ customerId: fourth }));
    await eventually(async () => (await referralOf(fourth))?.decline_reason === 'RULE_DISABLED');
    expect(await referralEntries(referrer.id)).toEqual([]);
    expect(await referralEntries(member.id)).toEqual([]);
  });

  it('reverses the reward once when the first deal is refunded, however often the refund arrives', async () => {
    const referrer = await enrolMember(members);
    const newcomer = await knownCustomer(members);
    await onCustomerReferred(scope(), referred(referrer.customerId, newcomer));
    const deal = dealClosed({ customerId: newcomer });
    await recordDealClosed(scope(), deal);
    await eventually(async () => (await referralOf(newcomer))?.status === 'REWARDED');
    const refund: DomainEvent<ConsumptionRefundedData> = {
      id: newId(),
      type: Events.ConsumptionRefunded,
      source: 'crm',
      occurredAt: new Date().toISOString(),
      data: { receiptNumber: deal.data.receiptNumber, refundedAt: new Date().toISOString(), reason: '投诉退款' },
    };
    await Promise.all([recordConsumptionRefunded(scope(), refund), recordConsumptionRefunded(scope(), refund)]);
    await recordConsumptionRefunded(scope(), { ...refund, id: newId() });
    await eventually(async () => (await referralOf(newcomer))?.status === 'REVERSED');
    expect(await referralOf(newcomer)).toMatchObject({ decline_reason: 'DEAL_REFUNDED', points: 500, points_reversed: 500 });
    expect(await referralEntries(referrer.id)).toEqual([
      ['EARN', 500],
      ['REVERSE', -500],
    ]);
    await expectConsistentLedger(members, referrer.id);
  });

  it('a referred record merged away is a duplicate; merged into the referrer, a self-referral (the reward taken back)', async () => {
    const referrer = await enrolMember(members);
    const duplicate = await knownCustomer(members);
    const existing = await knownCustomer(members);
    await onCustomerReferred(scope(), referred(referrer.customerId, duplicate));
    const merged = (survivorId: string, mergedId: string): DomainEvent<CustomersMergedData> => ({
      id: newId(),
      type: Events.CustomersMerged,
      source: 'crm',
      occurredAt: new Date().toISOString(),
      data: { survivorId, mergedId, mergedAt: new Date().toISOString() },
    });
    const event = merged(existing, duplicate);
    await recordCustomersMerged(members.orm.em, members.bus, event);
    await recordCustomersMerged(members.orm.em, members.bus, event);
    expect(await referralOf(duplicate)).toMatchObject({ status: 'DECLINED', decline_reason: 'DUPLICATE' });

    const same = await knownCustomer(members);
    await onCustomerReferred(scope(), referred(referrer.customerId, same));
    await recordDealClosed(scope(), dealClosed({ customerId: same }));
    await eventually(async () => (await referralOf(same))?.status === 'REWARDED');
    await recordCustomersMerged(members.orm.em, members.bus, merged(referrer.customerId, same));
    expect(await referralOf(same)).toMatchObject({ status: 'REVERSED', decline_reason: 'SELF_REFERRAL', points_reversed: 500 });
    expect(await referralEntries(referrer.id)).toEqual([
      ['EARN', 500],
      ['REVERSE', -500],
    ]);
  });

  it('the rule is the member centre admin’s: others are refused, bad input writes nothing', async () => {
    const before = (await members.request(`{ referralRule { enabled pointsPerReferral capPerPeriod capPeriod } }`, {}, {}, desk)).data;
    expect(before.referralRule).toEqual(DEFAULT_RULE);
    const refused = await members.request(RULE, { input: { ...DEFAULT_RULE, pointsPerReferral: 1 } }, {}, desk);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherAdmin = await members.request(RULE, { input: { ...DEFAULT_RULE, pointsPerReferral: 1 } }, {}, staff('DEPT_ADMIN', 'DENTAL'));
    expect(otherAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const bad of [{ pointsPerReferral: 0 }, { pointsPerReferral: 1.5 }, { capPerPeriod: 0 }, { capPerPeriod: 5000 }]) {
      const r = await members.request(RULE, { input: { ...DEFAULT_RULE, ...bad } }, {}, centreAdmin);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    expect((await members.request(`{ referralRule { enabled pointsPerReferral capPerPeriod capPeriod } }`, {}, {}, desk)).data).toEqual(
      before,
    );
    const changed = await members.request(
      RULE,
      { input: { enabled: true, pointsPerReferral: 800, capPerPeriod: null, capPeriod: 'YEAR' } },
      {},
      centreAdmin,
    );
    expect(changed.data.updateReferralRule).toEqual({ enabled: true, pointsPerReferral: 800, capPerPeriod: null, capPeriod: 'YEAR' });
  });
});
