import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CareEvents,
  Events,
  type Caller,
  type ComplaintReceivedData,
  type DealClosedData,
  type FollowUpCompletedData,
  type VisitOutcomeRecordedData,
  type VisitRegisteredData,
} from '@careline/service-kit';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { hospitalDay } from '../src/common/hospital-time.js';
import { auditProbe, countRows, staff } from './support.js';
import { eventProbe, freshPhone } from './care-support.js';

// 补录 (docs/backdating.md): arrivals, outcomes, complaints and follow-ups entered late carry the
// time they happened, within bounds, for the director and department admins only, audited with
// both the entry time and the occurrence time, and their events carry the occurrence time.

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const REGISTER_VISIT = `mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id arrivedAt customerId } }`;
const OUTCOME = `mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id dealt dealRecordedAt } }`;
const RECEIVE = `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id receivedAt } }`;
const TASKS = `query ($id: ID!) { customer(id: $id) { followUps(first: 20) { nodes { id dueDate status } } } }`;
const COMPLETE = `mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id status completedAt } }`;

const DAY = 86_400_000;
const director = staff('OPS_DIRECTOR', 'OPERATIONS', '院长');
const onsiteAdmin = staff('DEPT_ADMIN', 'ONSITE', '现场咨询主管');
const csAdmin = staff('DEPT_ADMIN', 'CUSTOMER_SERVICE', '客服主管');
const guide = staff('STAFF', 'GUIDE', '导医');
const onsite = staff('STAFF', 'ONSITE', '现场咨询师');
const csStaff = staff('STAFF', 'CUSTOMER_SERVICE', '客服专员');

describe('补录: records entered late', () => {
  let db: TestDatabase;
  let crm: TestService;

  const run = (query: string, variables: Record<string, unknown>, as: Caller) => crm.request(query, variables, undefined, as);
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<T> => {
    const { data, errors } = await run(query, variables, as);
    expect(errors).toBeUndefined();
    return data as T;
  };
  /** a customer registered `daysAgo` days back (registeredAt, as an import or the demo does) */
  const customerRegistered = async (daysAgo: number) =>
    (
      await ok(
        CREATE_CUSTOMER,
        {
          input: {
            name: '补录顾客',
            phone: freshPhone(),
            channel: 'PHONE',
            registeredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
          },
        },
        testCallers.system,
      )
    ).createCustomer.id as string;
  const walkIn = (customerId: string, arrivedAt: string | null) => ({
    customerId,
    type: 'EXPERT',
    departmentCode: 'DENTAL',
    onsiteConsultantId: onsite.id,
    arrivedAt,
  });
  const visitsOf = (customerId: string) =>
    countRows(crm, `select count(*)::int as count from crm.visit where customer_id = ?`, [customerId]);
  const complaintsOf = (customerId: string) =>
    countRows(crm, `select count(*)::int as count from crm.complaint where customer_id = ?`, [customerId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('accepts an arrival, its deal, a complaint and a follow-up entered late within bounds: the records, events and audit carry when they happened', async () => {
    const registered = await eventProbe<VisitRegisteredData>(crm, CareEvents.VisitRegistered);
    const outcomes = await eventProbe<VisitOutcomeRecordedData>(crm, CareEvents.VisitOutcomeRecorded);
    const deals = await eventProbe<DealClosedData>(crm, Events.DealClosed);
    const received = await eventProbe<ComplaintReceivedData>(crm, CareEvents.ComplaintReceived);
    const completed = await eventProbe<FollowUpCompletedData>(crm, CareEvents.FollowUpCompleted);
    const audit = await auditProbe(crm);
    const customerId = await customerRegistered(200);
    const arrivedAt = new Date(Date.now() - 120 * DAY);
    const dealtAt = new Date(arrivedAt.getTime() + 2 * 3_600_000);

    const visit = (await ok(REGISTER_VISIT, { input: walkIn(customerId, arrivedAt.toISOString()) }, onsiteAdmin)).registerVisit;
    expect(new Date(visit.arrivedAt).toISOString()).toBe(arrivedAt.toISOString());
    const outcome = (
      await ok(
        OUTCOME,
        {
          input: { visitId: visit.id, dealt: true, amountFen: 380000, receiptNumber: `BD-${visit.id}`, occurredAt: dealtAt.toISOString() },
        },
        onsiteAdmin,
      )
    ).recordVisitOutcome;
    expect(new Date(outcome.dealRecordedAt).toISOString()).toBe(dealtAt.toISOString());
    expect((await registered.where((d) => d.visitId === visit.id))[0]?.data.arrivedAt).toBe(arrivedAt.toISOString());
    expect((await outcomes.where((d) => d.visitId === visit.id))[0]?.data.recordedAt).toBe(dealtAt.toISOString());
    // members' points lots and tier windows and analytics' revenue month follow the deal's time
    expect((await deals.where((d) => d.visitId === visit.id))[0]?.data.occurredAt).toBe(dealtAt.toISOString());

    const receivedAt = new Date(Date.now() - 100 * DAY);
    const complaint = (
      await ok(
        RECEIVE,
        {
          input: {
            customerId,
            channel: 'PHONE',
            category: 'WAITING_TIME',
            severity: 'LOW',
            description: '补录: 候诊时间过长',
            receivedAt: receivedAt.toISOString(),
          },
        },
        director,
      )
    ).receiveComplaint;
    expect(new Date(complaint.receivedAt).toISOString()).toBe(receivedAt.toISOString());
    expect((await received.where((d) => d.complaintId === complaint.id))[0]?.data.receivedAt).toBe(receivedAt.toISOString());

    // the deal's follow-ups are due counted from the deal's day; one done on its due day is on time
    const tasks = (await ok(TASKS, { id: customerId }, csAdmin)).customer.followUps.nodes as { id: string; dueDate: string }[];
    expect(tasks.length).toBeGreaterThan(0);
    const task = tasks.sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0]!;
    expect(task.dueDate < hospitalDay(new Date())).toBe(true);
    const doneAt = new Date(`${task.dueDate}T10:00:00+08:00`);
    const done = (
      await ok(COMPLETE, { input: { taskId: task.id, result: '补录回访', satisfaction: 5, completedAt: doneAt.toISOString() } }, csAdmin)
    ).completeFollowUp;
    expect(new Date(done.completedAt).toISOString()).toBe(doneAt.toISOString());
    expect((await completed.where((d) => d.taskId === task.id))[0]?.data).toMatchObject({
      completedAt: doneAt.toISOString(),
      onTime: true,
    });

    // the audit says both when it was entered (at: now) and when it happened (occurredAt)
    const entries = [
      ...(await audit.entriesOf(onsiteAdmin.id!)),
      ...(await audit.entriesOf(director.id!)),
      ...(await audit.entriesOf(csAdmin.id!)),
    ];
    const of = (operation: string) => entries.find((e) => e.operation === operation && e.outcome === 'SUCCESS');
    for (const [operation, at] of [
      ['mutation registerVisit', arrivedAt],
      ['mutation recordVisitOutcome', dealtAt],
      ['mutation receiveComplaint', receivedAt],
      ['mutation completeFollowUp', doneAt],
    ] as const) {
      const entry = of(operation);
      expect(entry?.occurredAt, operation).toBe(at.toISOString());
      expect(Date.now() - new Date(entry!.at).getTime(), operation).toBeLessThan(10 * 60_000);
    }
  });

  it('refuses a time in the future, more than 400 days back, or before the customer’s registration, with nothing written', async () => {
    const customerId = await customerRegistered(30);
    for (const [arrivedAt, reason] of [
      [new Date(Date.now() + 2 * 3_600_000), 'OCCURRED_IN_FUTURE'],
      [new Date(Date.now() - 401 * DAY), 'OCCURRED_TOO_LONG_AGO'],
      [new Date(Date.now() - 40 * DAY), 'OCCURRED_BEFORE_REGISTRATION'],
    ] as const) {
      const { errors } = await run(REGISTER_VISIT, { input: walkIn(customerId, arrivedAt.toISOString()) }, onsiteAdmin);
      expect(errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'arrivedAt' });
      const complaint = await run(
        RECEIVE,
        {
          input: {
            customerId,
            channel: 'PHONE',
            category: 'WAITING_TIME',
            severity: 'LOW',
            description: '补录',
            receivedAt: arrivedAt.toISOString(),
          },
        },
        csAdmin,
      );
      expect(complaint.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'receivedAt' });
    }
    expect(await visitsOf(customerId)).toBe(0);
    expect(await complaintsOf(customerId)).toBe(0);

    // an outcome before the arrival is refused and the visit stays without one
    const visit = (await ok(REGISTER_VISIT, { input: walkIn(customerId, new Date(Date.now() - 10 * DAY).toISOString()) }, onsiteAdmin))
      .registerVisit;
    const early = await run(
      OUTCOME,
      {
        input: {
          visitId: visit.id,
          dealt: true,
          amountFen: 10000,
          receiptNumber: `BD-EARLY-${visit.id}`,
          occurredAt: new Date(Date.now() - 11 * DAY).toISOString(),
        },
      },
      onsiteAdmin,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OCCURRED_BEFORE_ARRIVAL' });
    expect(
      await countRows(crm, `select count(*)::int as count from crm.visit where id = ? and dealt is null and deal_recorded_at is null`, [
        visit.id,
      ]),
    ).toBe(1);
  });

  it('refuses a late entry from staff who may not 补录 (FORBIDDEN, audited), with nothing written; without a time they record now', async () => {
    const audit = await auditProbe(crm);
    const customerId = await customerRegistered(60);
    const late = new Date(Date.now() - 20 * DAY).toISOString();
    const visit = await run(REGISTER_VISIT, { input: walkIn(customerId, late) }, guide);
    expect(visit.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BACKDATE_NOT_ALLOWED' });
    const complaint = await run(
      RECEIVE,
      { input: { customerId, channel: 'PHONE', category: 'WAITING_TIME', severity: 'LOW', description: '补录', receivedAt: late } },
      csStaff,
    );
    expect(complaint.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BACKDATE_NOT_ALLOWED' });
    expect(await visitsOf(customerId)).toBe(0);
    expect(await complaintsOf(customerId)).toBe(0);
    expect((await audit.entriesOf(guide.id!)).some((e) => e.outcome === 'DENIED' && e.operation === 'mutation registerVisit')).toBe(true);

    // the same staff record what happens now as before
    const now = (await ok(REGISTER_VISIT, { input: walkIn(customerId, null) }, guide)).registerVisit;
    expect(Date.now() - new Date(now.arrivedAt).getTime()).toBeLessThan(10 * 60_000);
    const outcome = await run(
      OUTCOME,
      { input: { visitId: now.id, dealt: false, occurredAt: new Date(Date.now() - 60_000).toISOString() } },
      onsite,
    );
    expect(outcome.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BACKDATE_NOT_ALLOWED' });
    expect(await countRows(crm, `select count(*)::int as count from crm.visit where id = ? and dealt is null`, [now.id])).toBe(1);
  });
});
