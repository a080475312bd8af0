import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { addDays, CareEvents, Events, hospitalDay, type DomainEvent } from '@careline/service-kit';
import { eventually } from '@careline/service-kit/testing';
import { escalateOverdueComplaints, markOverdueFollowUps } from '@careline/crm';
import { handleNotificationEvent } from '@careline/identity';
import { CARE_DEMO_USERS, DEMO_USERS, POSITION_DEMO_USERS, startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// The notification centre (issue 20, docs/notifications.md), over HTTP through the gateway as the demo
// staff: each source event is caused through crm's real write paths, identity's consumer turns it into
// one notification per person concerned, each reader sees only their own, a redelivered event adds
// nothing, and the gateway's event stream pushes the reader's unread count.

let system: RunningSystem;
let db: pg.Client;
const PROBE = 'notifications-probe';
const EVERYONE: DemoUser[] = [...DEMO_USERS, ...CARE_DEMO_USERS, ...POSITION_DEMO_USERS];
const staffIds = {} as Record<DemoUser, string>;

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];

const MINE = `query ($unread: Boolean) { myNotifications(first: 100, unreadOnly: $unread) { totalCount
  nodes { id kind link createdAt readAt params { name value } } } }`;
const mine = async (who: DemoUser, unread = false) => (await ok(who, MINE, { unread })).myNotifications;

/** the events of `type` crm published (a probe queue keeps a copy of each), whose data matches */
async function published(type: string, match: (data: any) => boolean): Promise<DomainEvent<any>> {
  return eventually(async () => {
    const rows = await sql<{ data: DomainEvent<any> }>(`select data from pgboss.job where name = $1 order by created_on`, [
      `${PROBE}.${type}`,
    ]);
    return rows.map((r) => r.data).find((e) => match(e.data));
  });
}

/** who was told of the event, by demo user name, once the consumer has stored it */
async function recipientsOf(event: DomainEvent<any>, expected: number): Promise<string[]> {
  const rows = await eventually(async () => {
    const found = await sql<{ username: string }>(
      `select s.username from identity.notification n join identity.staff s on s.id = n.recipient_id where n.event_id = $1 order by 1`,
      [event.id],
    );
    return found.length >= expected ? found : undefined;
  });
  return rows.map((r) => r.username).sort();
}

const names = (users: DemoUser[]) => [...users].sort();

/** The reader's notification stream through the gateway: each `event: unread` in turn. */
async function openStream(who: DemoUser) {
  const abort = new AbortController();
  const response = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/notifications/stream'), {
    headers: await system.authHeaders(who),
    signal: abort.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const nextEvent = async (): Promise<{ unread: number; latest: string | null }> => {
    for (;;) {
      const match = /event: unread\ndata: (\{[^\n]*\})\n\n/.exec(text);
      if (match) {
        text = text.slice(match.index + match[0].length);
        return JSON.parse(match[1]!) as { unread: number; latest: string | null };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      text += value;
    }
  };
  return { response, nextEvent, close: () => abort.abort() };
}

async function receiveComplaint(severity = 'HIGH'): Promise<string> {
  const { receiveComplaint } = await ok(
    'cs.staff',
    `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }`,
    {
      input: { channel: 'PHONE', category: 'SERVICE_ATTITUDE', severity, description: '通知测试投诉', departmentCode: 'DENTAL' },
    },
  );
  return receiveComplaint.id;
}
const step = (who: DemoUser, complaintId: string, action: string) =>
  ok(who, `mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { id status } }`, { input: { complaintId, action } });

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const bus = system.services.crm.bus;
  for (const type of [
    CareEvents.ComplaintOverdue,
    CareEvents.ComplaintEmergency,
    CareEvents.ComplaintResponsibilityAnnounced,
    CareEvents.ApprovalRequested,
    Events.KeyAccountRiskRaised,
    Events.RemedyApproved,
    Events.PointsAdjustmentRequested,
    Events.FollowUpOverdue,
  ]) {
    await bus.jobs.createQueue(`${PROBE}.${type}`);
    await bus.jobs.subscribe(type, `${PROBE}.${type}`);
  }
  for (const who of EVERYONE) staffIds[who] = (await ok(who, '{ me { id } }')).me.id;
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

describe('notifications', () => {
  it('tells customer service of an on-site stage that ran over, once per person, and no one else', async () => {
    // first, while this is the only open complaint: the time-limit job escalates every overdue one
    const complaintId = await receiveComplaint();
    await escalateOverdueComplaints(system.services.crm.orm, system.services.crm.bus, new Date(Date.now() + 30 * 86_400_000));
    const event = await published(CareEvents.ComplaintOverdue, (d) => d.complaintId === complaintId);
    expect(event.data.escalatedTo).toBe('CUSTOMER_SERVICE');
    // everyone of customer service, the member specialist placed there included
    expect(await recipientsOf(event, 3)).toEqual(names(['cs.admin', 'cs.staff', 'member.staff']));
    const [note] = (await mine('cs.staff')).nodes;
    expect(note).toMatchObject({ kind: 'COMPLAINT_OVERDUE', link: '/crm/complaints', readAt: null });
    expect(Object.fromEntries(note.params.map((p: any) => [p.name, p.value]))).toMatchObject({
      stage: 'RECEIVED',
      escalatedTo: 'CUSTOMER_SERVICE',
    });
    for (const who of ['director', 'finance', 'onsite.a', 'guide'] as DemoUser[]) expect((await mine(who)).totalCount, who).toBe(0);
  });

  it('tells the director and the admins of the departments named of an emergency escalation', async () => {
    const complaintId = await receiveComplaint('CRITICAL');
    await ok(
      'cs.staff',
      'mutation ($id: ID!, $d: [String!]) { escalateComplaintEmergency(complaintId: $id, notifyDepartments: $d, note: "家属在大厅聚集") { id } }',
      { id: complaintId, d: ['ONSITE', 'MEMBER_CENTRE'] },
    );
    const event = await published(CareEvents.ComplaintEmergency, (d) => d.complaintId === complaintId);
    expect(await recipientsOf(event, 3)).toEqual(names(['director', 'onsite.admin', 'member.admin']));
    const [note] = (await mine('onsite.admin')).nodes;
    expect(note.kind).toBe('COMPLAINT_EMERGENCY');
    expect(note.params).toContainEqual({ name: 'departments', value: 'ONSITE,MEMBER_CENTRE' });
    // the on-site consultants are not admins: the department's admin is told, not each of them
    expect((await mine('onsite.a')).totalCount).toBe(0);
  });

  it('announces a responsibility decision to every active staff member (通报全院), and an unannounced one to nobody', async () => {
    const closeOne = async () => {
      const id = await receiveComplaint('LOW');
      await step('onsite.a', id, 'START_ONSITE');
      await step('onsite.a', id, 'RESOLVE_ONSITE');
      await ok('cs.staff', 'mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { id } }', {
        input: { complaintId: id, satisfaction: 3 },
      });
      return id;
    };
    const RECORD = 'mutation ($input: ComplaintResponsibilityInput!) { recordComplaintResponsibility(input: $input) { id announced } }';
    const quiet = await closeOne();
    await ok('cs.admin', RECORD, { input: { complaintId: quiet, departmentCode: 'GUIDE', announced: false } });
    const announced = await closeOne();
    await ok('cs.admin', RECORD, { input: { complaintId: announced, departmentCode: 'GUIDE', penalty: '通报批评', announced: true } });
    const event = await published(CareEvents.ComplaintResponsibilityAnnounced, (d) => d.complaintId === announced);
    // every active staff member: the demo's accounts and its doctors (who sign in rarely, but are told too)
    const doctors = (await sql<{ username: string }>(`select username from identity.staff where position = 'DOCTOR' and active`)).map(
      (r) => r.username,
    );
    expect(doctors.length).toBeGreaterThan(0);
    const everyone = [...EVERYONE, ...doctors].sort();
    expect(await recipientsOf(event, everyone.length)).toEqual(everyone);
    const events = await sql(`select 1 from pgboss.job where name = $1`, [`${PROBE}.${CareEvents.ComplaintResponsibilityAnnounced}`]);
    expect(events).toHaveLength(1);
    const [note] = (await mine('guide')).nodes;
    expect(note.kind).toBe('COMPLAINT_ANNOUNCED');
    // the department is announced; the person and the penalty are not
    expect(note.params.map((p: any) => p.name).sort()).toEqual(['category', 'department']);
  });

  it('warns the key account’s manager and the director of a worse risk level', async () => {
    const { createKeyAccount } = await ok('director', 'mutation ($input: KeyAccountInput!) { createKeyAccount(input: $input) { id } }', {
      input: { name: '通知测试大客户', kind: 'INSTITUTION', accountManagerId: staffIds['member.admin'] },
    });
    const before = (await mine('cs.admin')).totalCount;
    await ok('director', 'mutation ($input: KeyAccountRiskInput!) { assessKeyAccountRisk(input: $input) { level warningRaised } }', {
      input: { keyAccountId: createKeyAccount.id, financialStatus: 90, operatingStability: 90, cooperationHistory: 90 },
    });
    const event = await published(Events.KeyAccountRiskRaised, (d) => d.keyAccountId === createKeyAccount.id);
    expect(await recipientsOf(event, 2)).toEqual(names(['director', 'member.admin']));
    const note = (await mine('member.admin')).nodes.find((n: any) => n.kind === 'KEY_ACCOUNT_RISK');
    expect(note.link).toBe(`/crm/key-accounts/${createKeyAccount.id}`);
    expect(note.params).toContainEqual({ name: 'level', value: 'CRITICAL' });
    expect((await mine('cs.admin')).totalCount).toBe(before);
  });

  it('asks the director, then finance, to approve a compensation, never the person who proposed it', async () => {
    const id = await receiveComplaint();
    await step('onsite.a', id, 'START_ONSITE');
    for (let i = 0; i < 3; i++) await step('onsite.a', id, 'ONSITE_ATTEMPT_FAILED');
    await ok('cs.staff', 'mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { id } }', {
      input: { complaintId: id, kind: 'COMPENSATION', resolution: '补偿复诊费用', amountFen: 50000 },
    });
    const toDirector = await published(CareEvents.ApprovalRequested, (d) => d.complaintId === id && d.awaiting === 'DIRECTOR');
    expect(await recipientsOf(toDirector, 1)).toEqual(['director']);
    await ok('director', 'mutation ($id: ID!) { approveComplaintResolution(complaintId: $id) { id } }', { id });
    const toFinance = await published(CareEvents.ApprovalRequested, (d) => d.complaintId === id && d.awaiting === 'FINANCE');
    expect(await recipientsOf(toFinance, 1)).toEqual(['finance']);
    const waiting = (await mine('finance')).nodes.filter((n: any) => n.kind === 'APPROVAL_WAITING');
    expect(waiting).toHaveLength(1);
    expect(waiting[0].params).toContainEqual({ name: 'subject', value: 'COMPLAINT_REFUND' });
    expect((await mine('cs.staff')).nodes.filter((n: any) => n.kind === 'APPROVAL_WAITING')).toEqual([]);
  });

  it('asks the director, then finance, then the member centre’s admins to verify a remedy, each once and never its proposer', async () => {
    const complaintId = await receiveComplaint('LOW');
    const { proposeRemedy } = await ok('cs.staff', 'mutation ($input: ProposeRemedyInput!) { proposeRemedy(input: $input) { id } }', {
      input: { complaintId, kind: 'CREDIT_POINTS', points: 50, customerId: randomUUID() },
    });
    const remedyId: string = proposeRemedy.id;
    const asked = (awaiting: string) => published(CareEvents.ApprovalRequested, (d) => d.subjectId === remedyId && d.awaiting === awaiting);
    const memberCentreBefore = (await mine('member.admin')).totalCount;

    expect(await recipientsOf(await asked('DIRECTOR'), 1)).toEqual(['director']);
    await ok('director', 'mutation ($id: ID!) { approveRemedy(remedyId: $id) { id } }', { id: remedyId });
    expect(await recipientsOf(await asked('FINANCE'), 1)).toEqual(['finance']);
    await ok('finance', 'mutation ($id: ID!) { financeApproveRemedy(remedyId: $id) { id } }', { id: remedyId });
    const toMemberCentre = await asked('MEMBER_CENTRE');
    expect(await recipientsOf(toMemberCentre, 1)).toEqual(['member.admin']);
    const waiting = (await mine('member.admin')).nodes.filter((n: any) => n.kind === 'APPROVAL_WAITING');
    expect(waiting).toHaveLength(1);
    expect(waiting[0].link).toBe('/crm/remedies');
    expect(waiting[0].params).toEqual(
      expect.arrayContaining([
        { name: 'subject', value: 'REMEDY' },
        { name: 'awaiting', value: 'MEMBER_CENTRE' },
      ]),
    );
    expect((await mine('member.admin')).totalCount).toBe(memberCentreBefore + 1);

    // the last step asks no one: the remedy goes to members
    await ok('member.admin', 'mutation ($id: ID!) { checkRemedyRecord(remedyId: $id) { id status } }', { id: remedyId });
    await published(Events.RemedyApproved, (d) => d.remedyId === remedyId);
    const requests = await sql(`select data from pgboss.job where name = $1 order by created_on`, [
      `${PROBE}.${CareEvents.ApprovalRequested}`,
    ]);
    expect(requests.filter((r: any) => r.data.data.subjectId === remedyId).map((r: any) => r.data.data.awaiting)).toEqual([
      'DIRECTOR',
      'FINANCE',
      'MEMBER_CENTRE',
    ]);
    // the proposer (customer service) is asked nothing
    expect((await mine('cs.staff')).nodes.filter((n: any) => n.kind === 'APPROVAL_WAITING')).toEqual([]);
  });

  it('asks the director and the member centre’s admins to approve a points adjustment, never the person who asked, and once for a retried request', async () => {
    const { createCustomer } = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
      input: { name: '周调整', phone: '13966665555', channel: 'PHONE' },
    });
    const membership = await eventually(
      async () =>
        (
          await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: createCustomer.id },
          })
        ).data?.enrollMember,
    );
    const REQUEST = 'mutation ($input: RequestPointsAdjustmentInput!) { requestPointsAdjustment(input: $input) { id status } }';
    const request = (who: DemoUser, key: string) =>
      ok(who, REQUEST, {
        input: {
          membershipId: membership.id,
          points: 200,
          reason: '漏积补录',
          responsibleDepartment: 'CUSTOMER_SERVICE',
          responsibleStaffId: staffIds['cs.staff'],
          idempotencyKey: key,
        },
      });
    const fromCs = (await request('cs.staff', 'notify-adjustment-cs')).requestPointsAdjustment.id;
    // the same request retried (same idempotency key): the same adjustment, no second event
    expect((await request('cs.staff', 'notify-adjustment-cs')).requestPointsAdjustment.id).toBe(fromCs);
    const event = await published(Events.PointsAdjustmentRequested, (d) => d.adjustmentId === fromCs);
    expect(await recipientsOf(event, 2)).toEqual(names(['director', 'member.admin']));
    const events = await sql(`select data from pgboss.job where name = $1`, [`${PROBE}.${Events.PointsAdjustmentRequested}`]);
    expect(events.filter((r: any) => r.data.data.adjustmentId === fromCs)).toHaveLength(1);
    const note = (await mine('member.admin')).nodes.find((n: any) => n.kind === 'APPROVAL_WAITING' && n.link === '/members/adjustments');
    expect(note.params).toContainEqual({ name: 'subject', value: 'POINTS_ADJUSTMENT' });
    expect((await mine('cs.staff')).nodes.filter((n: any) => n.link === '/members/adjustments')).toEqual([]);

    // asked by the member centre's admin: the director alone is asked
    const fromAdmin = (await request('member.admin', 'notify-adjustment-admin')).requestPointsAdjustment.id;
    const own = await published(Events.PointsAdjustmentRequested, (d) => d.adjustmentId === fromAdmin);
    expect(await recipientsOf(own, 1)).toEqual(['director']);
  });

  it('stores a redelivered event once per recipient', async () => {
    const event = await published(CareEvents.ComplaintEmergency, () => true);
    const count = async () => (await sql(`select 1 from identity.notification where event_id = $1`, [event.id])).length;
    const before = await count();
    expect(before).toBe(3);
    // the consumer's handler given the same event again, twice at once (two replicas racing on a redelivery)
    const stored = await Promise.all([1, 2].map(() => handleNotificationEvent(system.services.identity.orm.em, event)));
    expect(stored).toEqual([0, 0]);
    expect(await count()).toBe(before);
  });

  it('lets each reader mark their own read, and not another’s', async () => {
    const COUNT = '{ unreadNotificationCount }';
    const before = (await ok('cs.admin', COUNT)).unreadNotificationCount;
    expect(before).toBeGreaterThanOrEqual(2);
    const [first] = (await mine('cs.admin', true)).nodes;
    const other = await system.as('cs.staff', 'mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id: first.id });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOTIFICATION_NOT_FOUND' });
    const read = await ok('cs.admin', 'mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }', { id: first.id });
    expect(read.markNotificationRead.readAt).not.toBeNull();
    expect((await ok('cs.admin', COUNT)).unreadNotificationCount).toBe(before - 1);
    expect((await mine('cs.admin', true)).nodes.map((n: any) => n.id)).not.toContain(first.id);
    const all = await ok('cs.admin', 'mutation { markAllNotificationsRead }');
    expect(all.markAllNotificationsRead).toBe(before - 1);
    expect((await ok('cs.admin', COUNT)).unreadNotificationCount).toBe(0);
    // cs.staff's are untouched
    expect((await ok('cs.staff', COUNT)).unreadNotificationCount).toBeGreaterThan(0);
  });

  it('streams the reader’s unread count and newest notification through the gateway, and refuses a stream without a session', async () => {
    const streamUrl = system.gatewayUrl.replace(/\/graphql$/, '/notifications/stream');
    expect((await fetch(streamUrl)).status).toBe(401);
    const { response, nextEvent, close } = await openStream('onsite.admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const newest = async () => (await mine('onsite.admin')).nodes[0]?.id ?? null;
    const emergency = async () => {
      const complaintId = await receiveComplaint('CRITICAL');
      await ok('cs.staff', 'mutation ($id: ID!) { escalateComplaintEmergency(complaintId: $id, notifyDepartments: ["ONSITE"]) { id } }', {
        id: complaintId,
      });
    };
    const unread = (await ok('onsite.admin', '{ unreadNotificationCount }')).unreadNotificationCount;
    expect(await nextEvent()).toEqual({ unread, latest: await newest() });
    // an emergency naming the on-site department reaches its admin's open stream without asking
    await emergency();
    const arrived = await nextEvent();
    expect(arrived).toEqual({ unread: unread + 1, latest: await newest() });
    await ok('onsite.admin', 'mutation { markAllNotificationsRead }');
    expect(await nextEvent()).toEqual({ unread: 0, latest: arrived.latest });
    await emergency();
    const one = await nextEvent();
    expect(one).toEqual({ unread: 1, latest: await newest() });
    // that one read and another arriving, perhaps between two polls: the count may end where it was,
    // the newest id still tells the reader there is something new
    await ok('onsite.admin', 'mutation { markAllNotificationsRead }');
    await emergency();
    await expect.poll(async () => (await newest()) !== one.latest, { timeout: 20_000 }).toBe(true);
    const latest = await newest();
    let event = await nextEvent();
    while (event.latest !== latest) event = await nextEvent();
    expect(event).toEqual({ unread: 1, latest });
    close();
  });
  it('leaves an open stream with nothing to read while nothing changes, and tells it when something does', async () => {
    const { nextEvent, close } = await openStream('onsite.admin');
    const streamReads = () =>
      system.queries.identity.filter((statement) => /count\(\*\)::int from "identity"\."notification"/.test(statement));
    const first = await nextEvent();
    system.resetQueries();
    // longer than a few polls would take: identity reads the count only when told of a change
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(streamReads()).toEqual([]);
    const complaintId = await receiveComplaint('CRITICAL');
    await ok('cs.staff', 'mutation ($id: ID!) { escalateComplaintEmergency(complaintId: $id, notifyDepartments: ["ONSITE"]) { id } }', {
      id: complaintId,
    });
    expect(await nextEvent()).toEqual({ unread: first.unread + 1, latest: (await mine('onsite.admin')).nodes[0]!.id });
    expect(streamReads().length).toBeGreaterThan(0);
    close();
  });
  // last: the overdue job marks every past-due task of the system, whose notifications arrive while later tests would count theirs
  it('tells a follow-up’s owner once that it is overdue, however often the overdue job runs, and no one else', async () => {
    const { createCustomer } = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
      input: { name: '吴回访', phone: '13966667777', channel: 'PHONE' },
    });
    // two days back: past due in the hospital's time zone (the system's default) whatever the runner's
    const pastDue = addDays(hospitalDay(new Date(), 'Asia/Shanghai'), -2);
    const { createFollowUp } = await ok(
      'cs.staff',
      'mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id assigneeId } }',
      { input: { customerId: createCustomer.id, type: 'SATISFACTION', dueDate: pastDue } },
    );
    expect(createFollowUp.assigneeId).toBe(staffIds['cs.staff']);
    const crm = system.services.crm;
    await markOverdueFollowUps(crm.orm.em, crm.bus);
    await markOverdueFollowUps(crm.orm.em, crm.bus);
    const event = await published(Events.FollowUpOverdue, (d) => d.taskId === createFollowUp.id);
    expect(await recipientsOf(event, 1)).toEqual(['cs.staff']);
    const events = await sql(`select data from pgboss.job where name = $1`, [`${PROBE}.${Events.FollowUpOverdue}`]);
    expect(events.filter((r: any) => r.data.data.taskId === createFollowUp.id)).toHaveLength(1);
    const note = (await mine('cs.staff')).nodes.find((n: any) => n.kind === 'FOLLOW_UP_OVERDUE');
    expect(note.link).toBe('/crm/follow-ups');
    expect(note.params).toEqual(
      expect.arrayContaining([
        { name: 'dueDate', value: pastDue },
        { name: 'followUpType', value: 'SATISFACTION' },
      ]),
    );
  });
});
