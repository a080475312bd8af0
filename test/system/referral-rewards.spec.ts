import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// 老带新 through the gateway: crm registers a customer referred by a member, the referred customer's
// first deal closes on site, members credits the referrer the rule's points once (also when the bus
// delivers the events again), both members' 360 show it, and analytics counts the referral.

let system: RunningSystem;
let db: pg.Client;

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];
const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

const REGISTER = 'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }';
const REFERRER_360 = `query ($id: ID!) { customer(id: $id) { name membership { id pointsBalance }
  referralsMade { status points referred { id name } } } }`;
const REFERRED_360 = `query ($id: ID!) { customer(id: $id) { referral { status points referrer { id name } } } }`;

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

describe('referral rewards through the gateway', () => {
  const ids: Record<string, string> = {};

  it('the member centre admin sets the rule; a desk member of staff may only read it', async () => {
    const RULE =
      'mutation ($input: ReferralRuleInput!) { updateReferralRule(input: $input) { enabled pointsPerReferral capPerPeriod capPeriod } }';
    const input = { enabled: true, pointsPerReferral: 600, capPerPeriod: 3, capPeriod: 'MONTH' };
    expect((await ok('member.admin', RULE, { input })).updateReferralRule).toEqual(input);
    const refused = await system.as('cs.staff', RULE, { input: { ...input, pointsPerReferral: 1 } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok('cs.staff', '{ referralRule { pointsPerReferral } }')).referralRule.pointsPerReferral).toBe(600);
  });

  it('a member refers a new customer whose first deal closes: the referrer earns the rule’s points once', async () => {
    ids.referrer = (
      await ok('consult.staff', REGISTER, { input: { name: '赵推荐', phone: '13912340101', channel: 'WALK_IN', gender: 'FEMALE' } })
    ).registerCustomer.customer.id;
    const enrolled = await eventually(
      async () =>
        (
          await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: ids.referrer },
          })
        ).data?.enrollMember,
    );
    ids.membership = enrolled.id;
    ids.referred = (
      await ok('consult.staff', REGISTER, {
        input: { name: '钱新客', phone: '13912340102', channel: 'REFERRAL', gender: 'MALE', referrerId: ids.referrer },
      })
    ).registerCustomer.customer.id;
    // the referral is recorded, waiting for the first deal
    await eventually(async () => (await ok('member.admin', REFERRED_360, { id: ids.referred })).customer.referral?.status === 'PENDING');

    const visit = await ok('guide', 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }', {
      input: { customerId: ids.referred, type: 'TREATMENT', departmentCode: 'DENTAL' },
    });
    await ok('onsite.a', 'mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id dealt } }', {
      input: { visitId: visit.registerVisit.id, dealt: true, amountFen: 150000, receiptNumber: 'SF-REF-0001', items: ['洁牙'] },
    });

    await eventually(
      async () => (await ok('member.admin', REFERRER_360, { id: ids.referrer })).customer.referralsMade[0]?.status === 'REWARDED',
    );
    // read again once the reward is seen: the answer that first shows REWARDED may have read the
    // balance in an earlier statement, before the reward's transaction committed (a CI run saw 0)
    const referrer = (await ok('member.admin', REFERRER_360, { id: ids.referrer })).customer;
    expect(referrer.membership.pointsBalance).toBe(600);
    expect(referrer.referralsMade).toEqual([{ status: 'REWARDED', points: 600, referred: { id: ids.referred, name: '钱新客' } }]);
    // the referred customer sees who referred them
    expect((await ok('member.admin', REFERRED_360, { id: ids.referred })).customer.referral).toEqual({
      status: 'REWARDED',
      points: 600,
      referrer: { id: ids.referrer, name: '赵推荐' },
    });
  });

  it('the bus delivering CustomerReferred and ConsumptionRecorded again, and as copies under new ids, rewards nothing more', async () => {
    const jobs = system.services.members.bus.jobs;
    const sent: string[] = [];
    for (const queue of ['members.CustomerReferred', 'members.ConsumptionRecorded']) {
      const [job] = await sql<{ data: any }>(`select data from pgboss.job where name = $1 and data->'data'->>'customerId' = $2`, [
        queue,
        ids.referred,
      ]);
      expect(job, queue).toBeDefined();
      sent.push((await jobs.send(queue, job!.data))!);
      sent.push((await jobs.send(queue, { ...job!.data, id: crypto.randomUUID() }))!);
    }
    await eventually(async () => {
      const done = await sql<{ state: string }>(`select state from pgboss.job where id = any($1::uuid[])`, [sent]);
      return done.length === sent.length && done.every((r) => r.state === 'completed');
    });
    const referrer = (await ok('member.admin', REFERRER_360, { id: ids.referrer })).customer;
    expect(referrer.membership.pointsBalance).toBe(600);
    const [entries] = await sql(`select count(*)::int as n from members.points_entry where membership_id = $1 and reason like '老带新%'`, [
      ids.membership,
    ]);
    expect(entries.n).toBe(1);
  });

  it('analytics counts the referral and its conversion once', async () => {
    const period = { kind: 'DAY', date: hospitalDay(new Date()) };
    const figure = await eventually(async () => {
      const k = (
        await ok(
          'director',
          'query ($period: KpiPeriodInput!) { kpi(code: REFERRAL_CONVERSION_RATE, period: $period) { current { numerator denominator value } } }',
          { period },
        )
      ).kpi.current;
      return k.numerator === 1 && k;
    });
    expect(figure).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });
});
