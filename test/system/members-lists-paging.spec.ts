import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';
import { cloneRows, statementsFor as countStatements, uncoveredListFields } from '../support/list-statements.js';

// Every list of the members API: the SQL statements members runs for a page of 5 equal those for a
// page of 50 (no N+1 under any list, however deep the child lists asked for), with more than 50 rows.
// The crm counterpart is lists-paging.spec.ts.

let system: RunningSystem;
let db: pg.Client;
const ROWS = 60;
const seeded: Record<string, string> = {};

const ok = async (who: DemoUser, query: string, variables?: object) => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${query.slice(0, 80)}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data;
};
const sql = async (text: string, params: unknown[] = []) => (await db.query(text, params)).rows;
/** `n` copies of members.`table` row `id`, each with `patch` (a jsonb expression over the series index g) applied */
const clone = (table: string, id: string, patch: string, n = ROWS) => cloneRows(db, 'members', table, id, patch, n);
/** one copy of members.`table` row `id` under every other membership (`patch` over the membership m) */
const underEveryMembership = (table: string, id: string, patch = `'{}'::jsonb`) =>
  sql(
    `insert into members.${table} select (jsonb_populate_record(null::members.${table}, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'membership_id', m.id) || ${patch})).*
     from members.${table} s, members.membership m where s.id = $1::uuid and m.id <> s.membership_id`,
    [id],
  );

/** statements members ran for one request (as the director), once nothing else runs there */
const statementsFor = (query: string, variables: object) => countStatements(system, 'members', () => ok('director', query, variables));

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const director = (await ok('director', '{ me { id } }')).me.id;

  const customerId = (
    await ok('cs.admin', 'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
      i: { name: '列表会员', phone: '13711110000', channel: 'PHONE', marketingConsent: true },
    })
  ).createCustomer.id;
  // members learns of the customer from crm's event before it can enrol them
  const membership = await eventually(async () => {
    const r = await system.as('member.admin', 'mutation ($i: EnrollMemberInput!) { enrollMember(input: $i) { id } }', {
      i: { customerId },
    });
    if (r.errors) throw new Error(r.errors[0].message);
    return r.data.enrollMember.id as string;
  });
  const card = (await ok('member.admin', 'mutation ($m: ID!) { issueCard(membershipId: $m) { id } }', { m: membership })).issueCard.id;
  await ok('member.admin', 'mutation ($c: ID!) { activateCard(cardId: $c) { id } }', { c: card });
  const consumption = (
    await ok('member.admin', 'mutation ($i: RecordConsumptionInput!) { recordConsumption(input: $i) { id } }', {
      i: {
        membershipId: membership,
        receiptNumber: 'ML-0',
        amountFen: 5_000_000,
        occurredAt: new Date().toISOString(),
        idempotencyKey: 'ml-0',
      },
    })
  ).recordConsumption.id;
  const activity = (
    await ok('member.admin', 'mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }', {
      i: {
        title: '列表活动',
        kind: 'LECTURE',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        targetTiers: ['ORDINARY', 'SILVER', 'GOLD', 'DIAMOND'],
        capacity: 1000,
        budgetFen: 0,
      },
    })
  ).createActivity.id;
  await ok('member.admin', 'mutation ($a: ID!, $m: ID!) { registerForActivity(activityId: $a, membershipId: $m) { id } }', {
    a: activity,
    m: membership,
  });
  const gift = (
    await ok('member.admin', 'mutation ($i: CreateGiftInput!) { createGift(input: $i) { id } }', {
      i: { name: '列表礼品', kind: 'GOODS', pointsPrice: 10, stock: 1000 },
    })
  ).createGift.id;
  await ok('member.admin', 'mutation ($i: RedeemGiftInput!) { redeemGift(input: $i) { id } }', {
    i: { membershipId: membership, giftId: gift, idempotencyKey: 'ml-gift-0' },
  });
  await ok('member.admin', 'mutation ($i: RequestPointsAdjustmentInput!) { requestPointsAdjustment(input: $i) { id } }', {
    i: {
      membershipId: membership,
      points: 10,
      reason: '补积分',
      responsibleDepartment: 'MEMBER_CENTRE',
      responsibleStaffId: director,
      idempotencyKey: 'ml-adj-0',
    },
  });
  Object.assign(seeded, { membership, activity, gift });

  // more than 50 memberships (each with a customer born today), then every child list under each of them
  // born on today's date in the hospital's time zone, whatever the hour in UTC
  await sql(
    `update members.known_customer set birth_date = (now() at time zone 'Asia/Shanghai')::date - interval '30 years' where customer_id = $1`,
    [customerId],
  );
  await sql(
    `insert into members.known_customer select (jsonb_populate_record(null::members.known_customer, to_jsonb(k) || jsonb_build_object('customer_id', ('00000000-0000-7000-8000-' || lpad(g::text, 12, '0'))))).*
     from members.known_customer k, generate_series(1, ${ROWS}) g where k.customer_id = $1`,
    [customerId],
  );
  await clone(
    'membership',
    membership,
    `jsonb_build_object('customer_id', '00000000-0000-7000-8000-' || lpad(g::text, 12, '0'), 'card_number', 'ML' || lpad(g::text, 8, '0'))`,
  );
  const [cardRow] = await sql(`select id from members.card where membership_id = $1`, [membership]);
  await underEveryMembership(
    'card',
    cardRow.id,
    `jsonb_build_object('number', 'MC' || substr(m.id::text, 1, 8) || substr(m.id::text, 25))`,
  );
  for (const table of ['membership_event', 'tier_change', 'gift_redemption', 'points_adjustment']) {
    for (const { id } of await sql(`select id from members.${table} where membership_id = $1`, [membership]))
      await underEveryMembership(table, id);
  }
  const [entry] = await sql(`select id from members.points_entry where membership_id = $1 order by seq limit 1`, [membership]);
  await underEveryMembership('points_entry', entry.id);
  const [lot] = await sql(`select id from members.points_lot where membership_id = $1 limit 1`, [membership]);
  await underEveryMembership('points_lot', lot.id);
  await underEveryMembership('consumption', consumption, `jsonb_build_object('receipt_number', 'ML-' || m.id)`);
  const [registration] = await sql(`select id from members.activity_registration where membership_id = $1`, [membership]);
  await underEveryMembership('activity_registration', registration.id);
  // and more than 50 of each under the first membership, the first activity and at the top
  const [event] = await sql(`select id from members.membership_event where membership_id = $1 limit 1`, [membership]);
  await clone('membership_event', event.id, `'{}'::jsonb`);
  const [redemption] = await sql(`select id from members.gift_redemption where membership_id = $1`, [membership]);
  await clone('gift_redemption', redemption.id, `'{}'::jsonb`);
  await clone('consumption', consumption, `jsonb_build_object('receipt_number', 'ML-' || g)`);
  await clone('points_lot', lot.id, `'{}'::jsonb`);
  // every membership back to the lowest tier, its ¥50,000 consumption a diamond's: the tier evaluation preview lists each as an upgrade
  await sql(`update members.membership set tier = 'ORDINARY'`);
  await sql(
    `insert into members.points_entry select (jsonb_populate_record(null::members.points_entry, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'seq', s.seq + g))).*
     from members.points_entry s, generate_series(100, 100 + ${ROWS}) g where s.id = $1`,
    [entry.id],
  );
  await clone('activity', activity, `jsonb_build_object('title', '列表活动' || g)`);
  await clone('gift', gift, `jsonb_build_object('name', '列表礼品' || g)`);
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const n = (v: any) => v.nodes.length;
// the cost limit allows about half of a membership's lists at 50 memberships: two queries
const MEMBERSHIP_LISTS = `cards { id } currentCard { id } tierDetails { code } tierChanges { id } history(first: 2) { totalCount nodes { id } }
  activityRegistrations(first: 2) { totalCount nodes { id activity { id } } } pointsBalance`;
const MEMBERSHIP_LEDGER_LISTS = `pointsEntries(first: 2) { totalCount nodes { id } } consumptions(first: 2) { totalCount nodes { id } }
  redemptions(first: 2) { totalCount nodes { id gift { id } } }`;
/** every list, with the child lists below it: [name, query ($n = page size), nodes of the answer] */
const LISTS: [string, string, (d: any) => any][] = [
  [
    'memberships (+ Membership.cards, tierChanges, history, activityRegistrations)',
    `query ($n: Int!) { memberships(first: $n) { totalCount nodes { id ${MEMBERSHIP_LISTS} } } }`,
    (d) => d.memberships,
  ],
  [
    'memberships (+ Membership.pointsEntries, consumptions, redemptions)',
    `query ($n: Int!) { memberships(first: $n) { totalCount nodes { id ${MEMBERSHIP_LEDGER_LISTS} } } }`,
    (d) => d.memberships,
  ],
  [
    'memberships (+ Membership.pointsLots)',
    `query ($n: Int!) { memberships(first: $n) { totalCount nodes { id pointsLots(first: 2) { totalCount nodes { id remaining expiresAt } } } } }`,
    (d) => d.memberships,
  ],
  [
    'activities (+ Activity.registrations → membership)',
    `query ($n: Int!) { activities(first: $n) { totalCount nodes { id title registrations(first: 3) { totalCount nodes { id membership { id } } } } } }`,
    (d) => d.activities,
  ],
  [
    'Activity.registrations (+ their memberships and lists)',
    `query ($n: Int!, $a: ID!) { activity(id: $a) { registrations(first: $n) { totalCount nodes { id membership { id ${MEMBERSHIP_LISTS} } } } } }`,
    (d) => d.activity.registrations,
  ],
  [
    'upcomingBirthdays (+ membership lists)',
    `query ($n: Int!) { upcomingBirthdays(first: $n, days: 1) { totalCount nodes { birthday membership { id ${MEMBERSHIP_LEDGER_LISTS} } } } }`,
    (d) => d.upcomingBirthdays,
  ],
  [
    'consumptions (+ membership)',
    `query ($n: Int!) { consumptions(first: $n) { totalCount nodes { id amountFen membership { id cards { id } } } } }`,
    (d) => d.consumptions,
  ],
  [
    'pointsAdjustments (+ membership)',
    `query ($n: Int!) { pointsAdjustments(first: $n) { totalCount nodes { id points viewerActions membership { id pointsBalance } } } }`,
    (d) => d.pointsAdjustments,
  ],
  [
    'memberships (+ Customer.referral, referralsMade)',
    `query ($n: Int!) { memberships(first: $n) { totalCount nodes { id customer { id referral { status } referralsMade { referredCustomerId status } } } } }`,
    (d) => d.memberships,
  ],
  [
    'memberships (+ Customer.memberTimeline)',
    `query ($n: Int!) { memberships(first: $n) { totalCount nodes { id customer { id memberTimeline(first: 2) { totalCount nodes { id kind staff { id } } } } } } }`,
    (d) => d.memberships,
  ],
  [
    'Customer.memberTimeline',
    `query ($n: Int!, $m: ID!) { membership(id: $m) { customer { memberTimeline(first: $n) { totalCount nodes { id kind at points } } } } }`,
    (d) => d.membership.customer.memberTimeline,
  ],
  [
    'tierEvaluationPreview (+ membership)',
    `query ($n: Int!) { tierEvaluationPreview(first: $n) { totalCount nodes { id from to spendFen membership { id cardNumber } } } }`,
    (d) => d.tierEvaluationPreview,
  ],
  ['gifts', `query ($n: Int!) { gifts(first: $n) { totalCount nodes { id name stock } } }`, (d) => d.gifts],
  [
    'giftRedemptions (+ gift, membership)',
    `query ($n: Int!) { giftRedemptions(first: $n) { totalCount nodes { id gift { id } membership { id } } } }`,
    (d) => d.giftRedemptions,
  ],
  [
    'Membership.history',
    `query ($n: Int!, $m: ID!) { membership(id: $m) { history(first: $n) { totalCount nodes { id kind } } } }`,
    (d) => d.membership.history,
  ],
  [
    'Membership.pointsEntries',
    `query ($n: Int!, $m: ID!) { membership(id: $m) { pointsEntries(first: $n) { totalCount nodes { id } } } }`,
    (d) => d.membership.pointsEntries,
  ],
  [
    'Membership.pointsLots',
    `query ($n: Int!, $m: ID!) { membership(id: $m) { pointsLots(first: $n) { totalCount nodes { id } } } }`,
    (d) => d.membership.pointsLots,
  ],
  [
    'Membership.consumptions',
    `query ($n: Int!, $m: ID!) { membership(id: $m) { consumptions(first: $n) { totalCount nodes { id } } } }`,
    (d) => d.membership.consumptions,
  ],
  [
    'Membership.redemptions',
    `query ($n: Int!, $m: ID!) { membership(id: $m) { redemptions(first: $n) { totalCount nodes { id gift { id } } } } }`,
    (d) => d.membership.redemptions,
  ],
];

describe('every members list: SQL statements do not grow with the page size', () => {
  it.each(LISTS)('%s: first 5 and first 50 run the same statements', async (_name, query, nodesOf) => {
    const variables = { m: seeded.membership, a: seeded.activity };
    const five = await statementsFor(query, { ...variables, n: 5 });
    const fifty = await statementsFor(query, { ...variables, n: 50 });
    expect(n(nodesOf(five.data))).toBe(5);
    expect(n(nodesOf(fifty.data))).toBe(50);
    expect(nodesOf(fifty.data).totalCount).toBeGreaterThan(50);
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBeGreaterThan(0);
  });

  it('covers every list field of the members schema', () => {
    const covered = LISTS.map(([, query]) => query).join(' ');
    // lists with one row per tier or per gift of a report, of one evaluation run, or of one person's data
    // export (a section per table, fetched for one person at a time): no rows per parent to page
    const computed = [
      'Query.tiers',
      'GiftCostReport.lines',
      'TierEvaluation.changes',
      'PersonalDataExport.members',
      'PersonalDataSection.rows',
    ];
    const missing = uncoveredListFields('members', covered, computed);
    expect(missing).toEqual([]);
  });
});
