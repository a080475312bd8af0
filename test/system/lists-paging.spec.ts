import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type RunningSystem } from '../support/system.js';
import { cloneRows, statementsFor as countStatements, uncoveredListFields } from '../support/list-statements.js';

// Every list of the crm API: the SQL statements crm runs for a page of 5 equal those for a page
// of 50 (no N+1 under any list, however deep the child lists asked for), with more than 50 rows.

let system: RunningSystem;
let db: pg.Client;
const ROWS = 60;
const seeded: Record<string, string> = {};

const ok = async (query: string, variables?: object) => {
  const r = await system.as('director', query, variables);
  expect(r.errors, query.slice(0, 80)).toBeUndefined();
  return r.data;
};
const sql = async (text: string, params: unknown[] = []) => (await db.query(text, params)).rows;
/** `n` copies of crm.`table` row `id`, each with `patch` (a jsonb expression over the series index g) applied */
const clone = (table: string, id: string, patch: string, n = ROWS) => cloneRows(db, 'crm', table, id, patch, n);

/** statements crm ran for one request, once nothing else runs there */
const statementsFor = (query: string, variables: object) => countStatements(system, 'crm', () => ok(query, variables));

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const director = (await ok('{ me { id } }')).me.id;
  seeded.director = director;

  const ka = (
    await ok('mutation ($i: KeyAccountInput!) { createKeyAccount(input: $i) { id } }', {
      i: { name: '列表单位', kind: 'INSTITUTION', contacts: [{ name: '王主任', title: '主任' }] },
    })
  ).createKeyAccount.id;
  await ok('mutation ($i: KeyAccountScoreInput!) { scoreKeyAccount(input: $i) { id } }', {
    i: { keyAccountId: ka, demandVolume: 60, spendingPower: 70, influence: 50, cooperationPotential: 80 },
  });
  await ok('mutation ($i: KeyAccountRiskInput!) { assessKeyAccountRisk(input: $i) { id } }', {
    i: { keyAccountId: ka, financialStatus: 30, operatingStability: 40, cooperationHistory: 20 },
  });
  await ok('mutation ($i: KeyAccountMeetingInput!) { recordKeyAccountMeeting(input: $i) { id } }', {
    i: { keyAccountId: ka, kind: 'MONTHLY', heldAt: new Date().toISOString(), summary: '月度例会' },
  });
  const customer = (
    await ok('mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
      i: { name: '列表顾客', phone: '13700000000', channel: 'PHONE', keyAccountId: ka, marketingConsent: true },
    })
  ).createCustomer.id;
  await ok('mutation ($i: ReclassifyCustomerInput!) { reclassifyCustomer(input: $i) { id } }', {
    i: { customerId: customer, customerClass: 'A', reason: '高消费' },
  });
  const consultation = (
    await ok('mutation ($i: RegisterConsultationInput!) { registerConsultation(input: $i) { id } }', {
      i: { phone: '13700000000', channel: 'PHONE', outcome: 'BOOKED', diseaseType: '种植' },
    })
  ).registerConsultation.id;
  const appointment = (
    await ok('mutation ($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }', {
      i: {
        type: 'TREATMENT',
        departmentCode: 'DENTAL',
        doctorId: '01a30000-0000-7000-8000-00000000d0c2',
        slotStart: new Date(Date.now() + 3_600_000).toISOString(),
        customerId: customer,
      },
    })
  ).bookAppointment.id;
  const visit = (await ok('mutation ($i: RegisterVisitInput!) { registerVisit(input: $i) { id } }', { i: { appointmentId: appointment } }))
    .registerVisit.id;
  await ok('mutation ($i: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $i) { id } }', {
    i: { visitId: visit, dealt: true, amountFen: 10000, receiptNumber: 'LP-0' },
  });
  const complaint = (
    await ok('mutation ($i: ReceiveComplaintInput!) { receiveComplaint(input: $i) { id } }', {
      i: { customerId: customer, channel: 'PHONE', category: 'BILLING', severity: 'LOW', description: '收费' },
    })
  ).receiveComplaint.id;
  await ok('mutation ($i: ComplaintStepInput!) { advanceComplaint(input: $i) { id } }', {
    i: { complaintId: complaint, action: 'START_ONSITE' },
  });
  await ok('mutation ($i: ProposeRemedyInput!) { proposeRemedy(input: $i) { id } }', {
    i: { complaintId: complaint, kind: 'CREDIT_POINTS', points: 100 },
  });
  const template = (await ok('{ messageTemplates { id kind } }')).messageTemplates[0].id;
  await ok('mutation ($i: ScheduleMessageInput!) { scheduleMessage(input: $i) { id } }', { i: { templateId: template } });
  await eventually(async () => (await ok('{ messageDeliveries(first: 1) { totalCount } }')).messageDeliveries.totalCount > 0);
  const [task] = await sql(`select id from crm.follow_up_task where visit_id = $1 limit 1`, [visit]);
  const [step] = await sql(`select id from crm.complaint_step where complaint_id = $1 limit 1`, [complaint]);
  const [remedy] = await sql(`select id from crm.complaint_remedy where complaint_id = $1 limit 1`, [complaint]);
  const [send] = await sql(`select id from crm.message_send limit 1`);
  const [delivery] = await sql(`select id from crm.message_delivery limit 1`);
  const [classChange] = await sql(`select id from crm.customer_class_change where customer_id = $1`, [customer]);
  const privacy = (
    await ok('mutation ($i: ProposePersonalDataRequestInput!) { proposePersonalDataRequest(input: $i) { id } }', {
      i: { customerId: customer, kind: 'EXPORT', reason: '本人申请' },
    })
  ).proposePersonalDataRequest.id;
  Object.assign(seeded, { ka, customer, consultation, appointment, visit, complaint });

  // more than 50 of everything: customers referred by and beside the first, their lists, accounts, …
  await clone('customer', customer, `jsonb_build_object('phone', '1370000' || lpad(g::text, 4, '0'), 'referrer_id', s.id)`);
  await clone('key_account', ka, `jsonb_build_object('name', '列表单位' || g)`);
  await clone('consultation', consultation, `'{}'::jsonb`);
  await clone(
    'appointment',
    appointment,
    `jsonb_build_object('held_slot', s.held_slot + g * interval '1 minute', 'slot_start', s.slot_start + g * interval '1 minute')`,
  );
  await clone('visit', visit, `jsonb_build_object('appointment_id', null, 'receipt_number', 'LP-' || g)`);
  await clone('complaint', complaint, `'{}'::jsonb`);
  await clone(
    'follow_up_task',
    task.id,
    `jsonb_build_object('source_key', null, 'assignee_id', '${director}', 'due_date', current_date - 1, 'overdue', true, 'status', 'OPEN', 'department_code', 'CUSTOMER_SERVICE')`,
  );
  await clone('message_send', send.id, `'{}'::jsonb`);
  await clone('message_delivery', delivery.id, `jsonb_build_object('dedupe_key', 'lp-' || g)`);
  await clone('customer_class_change', classChange.id, `'{}'::jsonb`, 5);
  // one open request per person and kind: the copies are decided ones
  await clone('personal_data_request', privacy, `jsonb_build_object('status', 'REJECTED')`);
  // every complaint has steps and remedies, every customer a complaint and a follow-up
  await sql(
    `insert into crm.complaint_step select (jsonb_populate_record(null::crm.complaint_step, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'complaint_id', c.id))).*
    from crm.complaint_step s, crm.complaint c where s.id = $1 and c.id <> s.complaint_id`,
    [step.id],
  );
  await sql(
    `insert into crm.complaint_remedy select (jsonb_populate_record(null::crm.complaint_remedy, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'complaint_id', c.id))).*
    from crm.complaint_remedy s, crm.complaint c where s.id = $1 and c.id <> s.complaint_id`,
    [remedy.id],
  );
  for (const [table, id] of [
    ['complaint', complaint],
    ['follow_up_task', task.id],
  ] as const) {
    await sql(
      `insert into crm.${table} select (jsonb_populate_record(null::crm.${table}, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'customer_id', c.id, 'source_key', null))).*
      from crm.${table} s, crm.customer c where s.id = $1 and c.id <> s.customer_id`,
      [id],
    );
  }
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const n = (v: any) => v.nodes.length;
/** every list, with the child lists below it: [name, query ($n = page size), nodes of the answer] */
const LISTS: [string, string, (d: any) => any][] = [
  [
    'customers (+ Customer.keyAccount, referrer, referrals, classHistory, followUps, complaints → steps, remedies)',
    `query ($n: Int!) { customers(first: $n) { totalCount nodes { id name phone keyAccount { id name } referrer { id }
       referrals(first: 3) { totalCount nodes { id } } classHistory { id toClass }
       followUps(first: 3) { totalCount nodes { id result } } complaints(first: 3) { totalCount nodes { id steps { id } remedies { id } } } } } }`,
    (d) => d.customers,
  ],
  [
    'customers (+ Customer.viewerActions, timeline)',
    `query ($n: Int!) { customers(first: $n) { totalCount nodes { id viewerActions timeline(first: 3) { totalCount visibleKinds nodes { id kind at staff { id } } } } } }`,
    (d) => d.customers,
  ],
  [
    'consultations',
    `query ($n: Int!) { consultations(first: $n) { totalCount nodes { id customerId phone diseaseType history } } }`,
    (d) => d.consultations,
  ],
  [
    'appointments',
    `query ($n: Int!) { appointments(first: $n) { totalCount nodes { id slotStart status onsiteConsultantId viewerActions } } }`,
    (d) => d.appointments,
  ],
  ['visits', `query ($n: Int!) { visits(first: $n) { totalCount nodes { id dealAmountFen receiptNumber items } } }`, (d) => d.visits],
  [
    'complaints (+ steps, remedies)',
    `query ($n: Int!) { complaints(first: $n) { totalCount nodes { id amountFen description approvalText viewerActions steps { id action } remedies { id kind } } } }`,
    (d) => d.complaints,
  ],
  [
    'keyAccounts (+ contacts, customers, scores, riskAssessments, meetings, analysis)',
    `query ($n: Int!) { keyAccounts(first: $n) { totalCount nodes { id name contacts { name } customers(first: 3) { totalCount nodes { id } }
       scores { id } riskAssessments { id } meetings { id } analysis { customers visits deals spendFen satisfaction diseaseTypes { diseaseType count } } } } }`,
    (d) => d.keyAccounts,
  ],
  [
    'pendingRemedies (+ complaint → steps, complaintText)',
    `query ($n: Int!) { pendingRemedies(step: DIRECTOR, first: $n) { totalCount nodes { id kind complaintText viewerActions complaint { id steps { id } } } } }`,
    (d) => d.pendingRemedies,
  ],
  ['messageSends', `query ($n: Int!) { messageSends(first: $n) { totalCount nodes { id status sent } } }`, (d) => d.messageSends],
  [
    'messageDeliveries',
    `query ($n: Int!) { messageDeliveries(first: $n) { totalCount nodes { id status body } } }`,
    (d) => d.messageDeliveries,
  ],
  [
    'personalDataRequests',
    `query ($n: Int!) { personalDataRequests(first: $n) { totalCount nodes { id status customer { id name } } } }`,
    (d) => d.personalDataRequests,
  ],
  [
    'Customer.referrals (+ their lists)',
    `query ($n: Int!, $id: ID!) { customer(id: $id) { referrals(first: $n) { totalCount nodes { id keyAccount { id } classHistory { id } followUps(first: 2) { totalCount } complaints(first: 2) { totalCount } } } } }`,
    (d) => d.customer.referrals,
  ],
  [
    'Customer.followUps',
    `query ($n: Int!, $id: ID!) { customer(id: $id) { followUps(first: $n) { totalCount nodes { id viewerActions } } } }`,
    (d) => d.customer.followUps,
  ],
  [
    'Customer.complaints',
    `query ($n: Int!, $id: ID!) { customer(id: $id) { complaints(first: $n) { totalCount nodes { id steps { id } } } } }`,
    (d) => d.customer.complaints,
  ],
  [
    'Customer.timeline',
    `query ($n: Int!, $id: ID!) { customer(id: $id) { timeline(first: $n) { totalCount nodes { id kind at amountFen visitId staff { id } } } } }`,
    (d) => d.customer.timeline,
  ],
  [
    'KeyAccount.customers (+ their lists)',
    `query ($n: Int!, $ka: ID!) { keyAccount(id: $ka) { customers(first: $n) { totalCount nodes { id referrals(first: 2) { totalCount } followUps(first: 2) { totalCount } complaints(first: 2) { totalCount } } } } }`,
    (d) => d.keyAccount.customers,
  ],
];

describe('every crm list: SQL statements do not grow with the page size', () => {
  it.each(LISTS)('%s: first 5 and first 50 run the same statements', async (_name, query, nodesOf) => {
    const variables = { id: seeded.customer, ka: seeded.ka };
    const five = await statementsFor(query, { ...variables, n: 5 });
    const fifty = await statementsFor(query, { ...variables, n: 50 });
    expect(n(nodesOf(five.data))).toBe(5);
    expect(n(nodesOf(fifty.data))).toBe(50);
    expect(nodesOf(fifty.data).totalCount).toBeGreaterThan(50);
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBeGreaterThan(0);
  });

  it('the unpaged lists (myFollowUpsToday, overdueFollowUps, followUpRules, messageTemplates, complaintTimeLimits, reminderRules) run one statement set whatever they return', async () => {
    const query = `{ myFollowUpsToday { id viewerActions } overdueFollowUps(departmentCode: "CUSTOMER_SERVICE") { id viewerActions } followUpRules { id } messageTemplates { id } complaintTimeLimits { stage } reminderRules { departmentCode } }`;
    const before = await statementsFor(query, {});
    expect(before.data.myFollowUpsToday.length).toBeGreaterThan(50);
    expect(before.data.overdueFollowUps.length).toBeGreaterThan(50);
    await clone('follow_up_task', before.data.myFollowUpsToday[0].id, `jsonb_build_object('source_key', null)`, 40);
    const after = await statementsFor(query, {});
    expect(after.data.myFollowUpsToday.length).toBe(before.data.myFollowUpsToday.length + 40);
    expect(after.count).toBe(before.count);
  });

  it('doctorsFreeSlots: 2 doctors and 20 run the same statements', async () => {
    const doctors = Array.from({ length: 20 }, () => randomUUID());
    const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '12:00' }));
    for (const doctorId of doctors)
      await ok(`mutation ($i: SetDoctorScheduleInput!) { setDoctorSchedule(input: $i) { doctorId } }`, {
        i: { doctorId, departmentCode: 'DENTAL', slotMinutes: 30, weekly, exceptions: [] },
      });
    const from = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const query = `query ($ids: [ID!]!, $from: LocalDate!, $to: LocalDate!) { doctorsFreeSlots(doctorIds: $ids, from: $from, to: $to) { doctorId slotMinutes slots } }`;
    const two = await statementsFor(query, { ids: doctors.slice(0, 2), from, to: from });
    const twenty = await statementsFor(query, { ids: doctors, from, to: from });
    expect(twenty.data.doctorsFreeSlots.map((d: { doctorId: string }) => d.doctorId)).toEqual(doctors);
    expect(twenty.data.doctorsFreeSlots.every((d: { slots: string[] }) => d.slots.length === 6)).toBe(true);
    expect(twenty.count).toBe(two.count);
  });

  it('covers every list field of the crm schema', () => {
    const covered =
      LISTS.map(([, query]) => query).join(' ') +
      ' myFollowUpsToday overdueFollowUps followUpRules messageTemplates complaintTimeLimits reminderRules doctorsFreeSlots';
    // lists computed from one row or one aggregate (no rows per parent to page): a single query each
    const computed = [
      'KeyAccountAnalysis.diseaseTypes',
      'CustomerImport.rowErrors',
      'CustomerImport.changes',
      'OpinionReport.byCategory',
      'OpinionReport.bySeverity',
      'OpinionReport.byDepartment',
      'OpinionReport.byStatus',
      'KeyAccount.contacts',
      // federation stubs made from the roster row's own ids (identity names them): no statement per row
      'DutyRoster.consultants',
      // one export of one person: a statement per table, whatever the rows
      'PersonalDataExport.crm',
      'PersonalDataSection.rows',
      // a doctor's schedule row's own hours, and the free slots computed from it over at most 31 days
      'DoctorSchedule.weekly',
      'DoctorSchedule.exceptions',
      'DoctorFreeSlots.slots',
    ];
    const missing = uncoveredListFields('crm', covered, computed);
    expect(missing).toEqual([]);
  });
});
