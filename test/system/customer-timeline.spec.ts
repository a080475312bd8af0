import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type RunningSystem } from '../support/system.js';

// The customer 360's timeline over HTTP through the gateway: crm's Customer.timeline (consultations,
// appointments, visits, deals, follow-ups, complaints) and members' Customer.memberTimeline
// (consumptions, points entries), newest first, keyset-paged across kinds, each kind only for the
// roles that may read its records (docs/customer-timeline.md).

let system: RunningSystem;
let customer: string;

const ok = async (who: Parameters<RunningSystem['as']>[0], query: string, variables?: object) => {
  const r = await system.as(who, query, variables);
  expect(r.errors, query.slice(0, 80)).toBeUndefined();
  return r.data;
};

const TIMELINE = `query ($id: ID!, $n: Int!, $after: String, $kinds: [CustomerTimelineKind!]) {
  customer(id: $id) { timeline(first: $n, after: $after, kinds: $kinds) {
    totalCount visibleKinds pageInfo { hasNextPage endCursor } nodes { id kind recordId at code status amountFen visitId staff { id } } } } }`;
const MEMBER_TIMELINE = `query ($id: ID!, $n: Int!, $after: String) {
  customer(id: $id) { memberTimeline(first: $n, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id kind recordId membershipId at code amountFen points } } } }`;

/** every page of `query`'s connection at page size `n`, following endCursor */
async function allPages(who: Parameters<RunningSystem['as']>[0], query: string, field: string, n: number, extra: object = {}) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const connection: any = (await ok(who, query, { id: customer, n, after, ...extra })).customer[field];
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount, visibleKinds: connection.visibleKinds };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

beforeAll(async () => {
  system = await startSystem();
  customer = (
    await ok('director', 'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
      i: { name: '时间线顾客', phone: '13722220000', channel: 'PHONE', marketingConsent: true },
    })
  ).createCustomer.id;
  await ok('director', 'mutation ($i: RegisterConsultationInput!) { registerConsultation(input: $i) { id } }', {
    i: { phone: '13722220000', channel: 'PHONE', outcome: 'BOOKED', diseaseType: '种植' },
  });
  const appointment = (
    await ok('director', 'mutation ($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }', {
      i: {
        type: 'TREATMENT',
        departmentCode: 'DENTAL',
        doctorId: '01a30000-0000-7000-8000-00000000d0c2',
        slotStart: new Date(Date.now() + 3_600_000).toISOString(),
        customerId: customer,
      },
    })
  ).bookAppointment.id;
  const visit = (
    await ok('director', 'mutation ($i: RegisterVisitInput!) { registerVisit(input: $i) { id } }', { i: { appointmentId: appointment } })
  ).registerVisit.id;
  await ok('director', 'mutation ($i: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $i) { id } }', {
    i: { visitId: visit, dealt: true, amountFen: 128050, receiptNumber: 'TL-1' },
  });
  await ok('director', 'mutation ($i: ReceiveComplaintInput!) { receiveComplaint(input: $i) { id } }', {
    i: { customerId: customer, channel: 'PHONE', category: 'BILLING', severity: 'LOW', description: '收费不清' },
  });
  // the deal reaches crm's customer_deal and members' consumption by DealClosed; the follow-up by its rule
  await eventually(async () => {
    const kinds = new Set((await allPages('director', TIMELINE, 'timeline', 100)).nodes.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['APPOINTMENT', 'COMPLAINT', 'CONSULTATION', 'DEAL', 'FOLLOW_UP', 'VISIT']);
    return true;
  }, 90_000);
  // a member: enrolment, then a consumption earns points
  const membership = await eventually(async () => {
    const r = await system.as('member.admin', 'mutation ($i: EnrollMemberInput!) { enrollMember(input: $i) { id } }', {
      i: { customerId: customer },
    });
    if (r.errors) throw new Error(r.errors[0].message);
    return r.data.enrollMember.id as string;
  });
  const card = (await ok('member.admin', 'mutation ($m: ID!) { issueCard(membershipId: $m) { id } }', { m: membership })).issueCard.id;
  await ok('member.admin', 'mutation ($c: ID!) { activateCard(cardId: $c) { id } }', { c: card });
  await ok('member.admin', 'mutation ($i: RecordConsumptionInput!) { recordConsumption(input: $i) { id } }', {
    i: { membershipId: membership, receiptNumber: 'TL-2', amountFen: 50_000, occurredAt: new Date().toISOString(), idempotencyKey: 'tl-2' },
  });
}, 240_000);
afterAll(async () => {
  await system?.stop();
});

const newestFirst = (nodes: { at: string; kind: string; recordId: string }[]) =>
  nodes.every((node, i) => i === 0 || Date.parse(nodes[i - 1]!.at) >= Date.parse(node.at));

describe('the customer 360 timeline', () => {
  it('gives the director one entry of every crm kind, newest first, with names and amounts to say it in words', async () => {
    const { nodes, totalCount, visibleKinds } = await allPages('director', TIMELINE, 'timeline', 100);
    expect(visibleKinds.sort()).toEqual(['APPOINTMENT', 'COMPLAINT', 'CONSULTATION', 'DEAL', 'FOLLOW_UP', 'VISIT']);
    expect(totalCount).toBe(nodes.length);
    expect(newestFirst(nodes)).toBe(true);
    const deal = nodes.find((entry) => entry.kind === 'DEAL');
    expect(deal).toMatchObject({ recordId: 'TL-1', amountFen: 128050 });
    expect(deal.visitId).toBe(nodes.find((entry) => entry.kind === 'VISIT').recordId);
    expect(nodes.find((entry) => entry.kind === 'VISIT')).toMatchObject({ code: 'TREATMENT', status: 'DEALT', amountFen: 128050 });
    expect(nodes.find((entry) => entry.kind === 'COMPLAINT')).toMatchObject({ code: 'BILLING', status: 'RECEIVED' });
    expect(nodes.find((entry) => entry.kind === 'CONSULTATION')).toMatchObject({ code: 'BOOKED', status: 'PHONE' });
    expect(nodes.find((entry) => entry.kind === 'APPOINTMENT').staff).toEqual({ id: '01a30000-0000-7000-8000-00000000d0c2' });
  });

  it('pages across kinds by cursor: pages of 1 and 2 give exactly the one-page order', async () => {
    const whole = (await allPages('director', TIMELINE, 'timeline', 100)).nodes.map((entry) => entry.id);
    expect(whole.length).toBeGreaterThanOrEqual(6);
    expect((await allPages('director', TIMELINE, 'timeline', 1)).nodes.map((entry) => entry.id)).toEqual(whole);
    expect((await allPages('director', TIMELINE, 'timeline', 2)).nodes.map((entry) => entry.id)).toEqual(whole);
  });

  it('filters by kind', async () => {
    const { nodes, totalCount } = await allPages('director', TIMELINE, 'timeline', 100, { kinds: ['VISIT', 'DEAL'] });
    expect(nodes.map((entry) => entry.kind).sort()).toEqual(['DEAL', 'VISIT']);
    expect(totalCount).toBe(2);
  });

  it('leaves out complaints and follow-ups for a guide, who may read neither list', async () => {
    const { nodes, visibleKinds } = await allPages('guide', TIMELINE, 'timeline', 100);
    expect(visibleKinds.sort()).toEqual(['APPOINTMENT', 'CONSULTATION', 'DEAL', 'VISIT']);
    expect(nodes.map((entry) => entry.kind).sort()).toEqual(['APPOINTMENT', 'CONSULTATION', 'DEAL', 'VISIT']);
    const asked = await allPages('guide', TIMELINE, 'timeline', 100, { kinds: ['COMPLAINT'] });
    expect(asked.nodes).toEqual([]);
    expect(asked.totalCount).toBe(0);
    // the guide's own complaint list is refused, as the timeline's complaint entries are withheld
    const r = await system.as('guide', '{ complaints(first: 1) { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives finance the complaint entries only', async () => {
    const { nodes, visibleKinds } = await allPages('finance', TIMELINE, 'timeline', 100);
    expect(visibleKinds).toEqual(['COMPLAINT']);
    expect(nodes.map((entry) => entry.kind)).toEqual(['COMPLAINT']);
  });

  it('members adds the consumptions and points entries, paged by cursor the same way', async () => {
    const whole = await allPages('director', MEMBER_TIMELINE, 'memberTimeline', 100);
    const kinds = whole.nodes.map((entry) => entry.kind);
    expect(kinds.filter((kind) => kind === 'CONSUMPTION').length).toBeGreaterThanOrEqual(1);
    expect(kinds.filter((kind) => kind === 'POINTS').length).toBeGreaterThanOrEqual(1);
    expect(newestFirst(whole.nodes)).toBe(true);
    // points entries belong to a membership; the deal before enrolment is a consumption of no membership yet
    expect(whole.nodes.filter((entry) => entry.kind === 'POINTS').every((entry) => entry.membershipId)).toBe(true);
    expect(whole.nodes.find((entry) => entry.kind === 'CONSUMPTION' && entry.amountFen === 50_000).membershipId).toBeTruthy();
    expect(whole.nodes.find((entry) => entry.kind === 'CONSUMPTION' && entry.amountFen === 128050)).toMatchObject({ code: 'DEAL' });
    expect((await allPages('director', MEMBER_TIMELINE, 'memberTimeline', 1)).nodes.map((entry) => entry.id)).toEqual(
      whole.nodes.map((entry) => entry.id),
    );
  });

  it('refuses a cursor it did not make', async () => {
    const r = await system.as('director', TIMELINE, { id: customer, n: 5, after: 'not-a-cursor' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
