import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CareEvents, newId, type Caller, type FollowUpReassignedData, type FollowUpScheduledData } from '@careline/service-kit';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { generateFollowUps } from '../src/modules/follow-up/follow-up.rules.js';
import { FollowUpTrigger } from '../src/modules/follow-up/follow-up.entity.js';
import { addDays, hospitalDay } from '../src/common/hospital-time.js';
import { auditProbe, countRows, staff } from './support.js';
import { eventProbe, freshPhone } from './care-support.js';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const REGISTER_VISIT = `mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id onsiteConsultantId } }`;
const OUTCOME = `mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id dealt } }`;
const SAVE_RULE = `mutation ($input: FollowUpRuleInput!) { saveFollowUpRule(input: $input) { id assignTo } }`;
const REASSIGN = `mutation ($input: ReassignFollowUpInput!) { reassignFollowUp(input: $input) { id assigneeId status } }`;
const CREATE_FOLLOW_UP = `mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id assigneeId } }`;
const COMPLETE = `mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id status } }`;
const MY_TASKS = `{ myFollowUpsToday { id } }`;

const guide = staff('STAFF', 'GUIDE', '导医');
const onsite = staff('STAFF', 'ONSITE', '现场咨询师');
const csAdmin = staff('DEPT_ADMIN', 'CUSTOMER_SERVICE', '客服主管');
const csStaff = staff('STAFF', 'CUSTOMER_SERVICE', '客服专员');
const memberAdmin = staff('DEPT_ADMIN', 'MEMBER_CENTRE', '会员中心主管');
const specialist = staff('STAFF', 'MEMBER_CENTRE', '会员专员');

interface TaskRow {
  id: string;
  type: string;
  due_date: string;
  assignee_id: string | null;
  department_code: string;
}

describe('follow-up owners: by rule, by hand, reassigned', () => {
  let db: TestDatabase;
  let crm: TestService;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<T> => {
    const { data, errors } = await crm.request(query, variables, undefined, as);
    expect(errors).toBeUndefined();
    return data as T;
  };
  const newCustomer = async (consultantId: string | null = null) =>
    (
      await ok(
        CREATE_CUSTOMER,
        { input: { name: '顾客', phone: freshPhone(), channel: 'PHONE', ...(consultantId ? { consultantId } : {}) } },
        testCallers.system,
      )
    ).createCustomer.id as string;
  const tasksOf = (visitId: string) =>
    crm.orm.em
      .getConnection()
      .execute<TaskRow[]>(
        `select id, type, to_char(due_date, 'YYYY-MM-DD') as due_date, assignee_id, department_code from "crm"."follow_up_task" where visit_id = ? order by type, id`,
        [visitId],
      );
  /** a visit seen by `onsite`, its outcome recorded */
  const visitWithOutcome = async (type: string, dealt: boolean, customerId?: string) => {
    const visit = (
      await ok(
        REGISTER_VISIT,
        { input: { customerId: customerId ?? (await newCustomer()), type, departmentCode: 'DENTAL', onsiteConsultantId: onsite.id } },
        guide,
      )
    ).registerVisit;
    await ok(
      OUTCOME,
      { input: { visitId: visit.id, dealt, ...(dealt ? { amountFen: 50000, receiptNumber: `R-${newId()}` } : {}) } },
      onsite,
    );
    return visit.id as string;
  };
  const queueTask = async () => {
    // an unconverted visit's +3 day task waits in the customer-service queue (the seeded rule)
    const visitId = await visitWithOutcome('EXAMINATION', false);
    const task = (await tasksOf(visitId)).find((t) => t.type === 'UNCONVERTED')!;
    expect(task).toMatchObject({ assignee_id: null, department_code: 'CUSTOMER_SERVICE' });
    return task;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('the default 门诊次日回访 gives every visit, dealt or not, one task due the next day owned by the on-site consultant who saw it', async () => {
    const scheduled = await eventProbe<FollowUpScheduledData>(crm, CareEvents.FollowUpScheduled);
    const tomorrow = addDays(hospitalDay(new Date()), 1);
    for (const dealt of [true, false]) {
      const visitId = await visitWithOutcome('EXAMINATION', dealt);
      const nextDay = (await tasksOf(visitId)).filter((t) => t.type === 'NEXT_DAY');
      expect(nextDay).toEqual([
        expect.objectContaining({ due_date: tomorrow, assignee_id: onsite.id, department_code: 'CUSTOMER_SERVICE' }),
      ]);
      // the event analytics reads names the owner
      const events = await scheduled.where((d) => d.taskId === nextDay[0]?.id);
      expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ assigneeId: onsite.id, type: 'NEXT_DAY', dueDate: tomorrow })]);
    }
  });

  it('creates exactly one next-day task per visit when the outcome is sent again or the rules run again for it', async () => {
    const visitId = await visitWithOutcome('EXPERT', false);
    const again = await crm.request(OUTCOME, { input: { visitId, dealt: false } }, undefined, onsite);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    // the generator itself, run again for the same visit (a redelivered trigger), adds nothing
    const em = crm.orm.em.fork();
    const created = await em.transactional((tx) =>
      generateFollowUps(tx, crm.bus, {
        trigger: FollowUpTrigger.VISIT,
        outcome: 'NOT_DEALT',
        visitType: null,
        sourceId: visitId,
        customerId: null,
        visitId,
        at: new Date(),
        consultantId: onsite.id!,
        createdBy: null,
      }),
    );
    expect(created).toEqual([]);
    expect(
      await countRows(crm, `select count(*)::int as count from "crm"."follow_up_task" where visit_id = ? and type = 'NEXT_DAY'`, [visitId]),
    ).toBe(1);
  });

  it('gives a rule’s tasks to the customer’s specialist, or leaves them in the rule’s department queue, as the rule says', async () => {
    const rule = (
      await ok(
        SAVE_RULE,
        {
          input: {
            name: '上门护理后会员专员回访',
            trigger: 'VISIT',
            visitType: 'HOME_CARE',
            outcome: 'DEALT',
            offsetDays: 5,
            type: 'SATISFACTION',
            departmentCode: 'MEMBER_CENTRE',
            assignTo: 'CUSTOMER_SPECIALIST',
          },
        },
        csAdmin,
      )
    ).saveFollowUpRule;
    expect(rule.assignTo).toBe('CUSTOMER_SPECIALIST');
    const withSpecialist = await visitWithOutcome('HOME_CARE', true, await newCustomer(specialist.id));
    expect((await tasksOf(withSpecialist)).filter((t) => t.type === 'SATISFACTION')).toEqual([
      expect.objectContaining({ assignee_id: specialist.id, department_code: 'MEMBER_CENTRE' }),
    ]);
    // a customer without a specialist: the task waits in the queue rather than going to someone else
    const withoutSpecialist = await visitWithOutcome('HOME_CARE', true);
    expect((await tasksOf(withoutSpecialist)).filter((t) => t.type === 'SATISFACTION')).toEqual([
      expect.objectContaining({ assignee_id: null, department_code: 'MEMBER_CENTRE' }),
    ]);
    // the seeded treatment rules leave their tasks in the customer-service queue
    const treatment = await visitWithOutcome('TREATMENT', true);
    const postTreatment = (await tasksOf(treatment)).filter((t) => t.type === 'POST_TREATMENT');
    expect(postTreatment).toHaveLength(3);
    expect(postTreatment.every((t) => t.assignee_id === null && t.department_code === 'CUSTOMER_SERVICE')).toBe(true);
  });

  it('creates a task by hand for a named owner', async () => {
    const customerId = await newCustomer();
    const task = (
      await ok(
        CREATE_FOLLOW_UP,
        { input: { customerId, type: 'SATISFACTION', dueDate: hospitalDay(new Date()), assigneeId: csStaff.id } },
        csAdmin,
      )
    ).createFollowUp;
    expect(task.assigneeId).toBe(csStaff.id);
    expect((await ok(MY_TASKS, {}, csStaff)).myFollowUpsToday.map((t: { id: string }) => t.id)).toContain(task.id);
  });

  it('reassigns an open task: the new owner has it, FollowUpReassigned names both owners, the change is audited once', async () => {
    const reassigned = await eventProbe<FollowUpReassignedData>(crm, CareEvents.FollowUpReassigned);
    const audit = await auditProbe(crm);
    const task = await queueTask();
    const done = (await ok(REASSIGN, { input: { taskId: task.id, assigneeId: csStaff.id } }, csAdmin)).reassignFollowUp;
    expect(done).toMatchObject({ id: task.id, assigneeId: csStaff.id, status: 'OPEN' });
    // the same request again (a retry) changes nothing more
    await ok(REASSIGN, { input: { taskId: task.id, assigneeId: csStaff.id } }, csAdmin);
    const events = await reassigned.where((d) => d.taskId === task.id);
    expect(events.map((e) => e.data)).toEqual([
      expect.objectContaining({
        previousAssigneeId: null,
        assigneeId: csStaff.id,
        reassignedBy: csAdmin.id,
        departmentCode: 'CUSTOMER_SERVICE',
      }),
    ]);
    const entries = (await audit.entriesOf(csAdmin.id!)).filter((e) => e.operation === 'mutation reassignFollowUp');
    expect(entries).toEqual([expect.objectContaining({ targetType: 'FollowUpTask', outcome: 'SUCCESS' })]);
    expect(entries[0]?.targetIds).toContain(task.id);
    expect(entries[0]?.fields).toEqual(['assigneeId']);
    // the director may move it on again, to anyone
    const director = staff('OPS_DIRECTOR', 'OPERATIONS', '院长');
    expect((await ok(REASSIGN, { input: { taskId: task.id, assigneeId: specialist.id } }, director)).reassignFollowUp.assigneeId).toBe(
      specialist.id,
    );
    expect((await reassigned.where((d) => d.taskId === task.id)).map((e) => e.data.previousAssigneeId)).toEqual([null, csStaff.id]);
  });

  it('refuses a reassignment by staff, by another department’s admin, of a done task and of an unknown task, and changes nothing', async () => {
    const task = await queueTask();
    const asStaff = await crm.request(REASSIGN, { input: { taskId: task.id, assigneeId: csStaff.id } }, undefined, csStaff);
    expect(asStaff.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const otherAdmin = await crm.request(REASSIGN, { input: { taskId: task.id, assigneeId: specialist.id } }, undefined, memberAdmin);
    expect(otherAdmin.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    const unknown = await crm.request(REASSIGN, { input: { taskId: newId(), assigneeId: csStaff.id } }, undefined, csAdmin);
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const badId = await crm.request(REASSIGN, { input: { taskId: task.id, assigneeId: 'someone' } }, undefined, csAdmin);
    expect(badId.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const [row] = await crm.orm.em
      .getConnection()
      .execute<{ assignee_id: string | null }[]>(`select assignee_id from "crm"."follow_up_task" where id = ?`, [task.id]);
    expect(row?.assignee_id).toBeNull();

    await ok(REASSIGN, { input: { taskId: task.id, assigneeId: csStaff.id } }, csAdmin);
    await ok(COMPLETE, { input: { taskId: task.id, result: '已回访' } }, csStaff);
    const closed = await crm.request(REASSIGN, { input: { taskId: task.id, assigneeId: specialist.id } }, undefined, csAdmin);
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_OPEN' });
  });
});
