import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Actions by permission (issue 17, docs/access-control.md): over HTTP through the gateway as the demo
// staff, each record's viewerActions lists what the caller may do now, and the mutation behind every
// action refuses exactly when the action is absent (the same rule function decides both).

let system: RunningSystem;

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 70)}`).toBeUndefined();
  return r.data as T;
};

// ---- complaints ----

const COMPLAINT_ACTIONS = [
  'START_ONSITE',
  'ONSITE_ATTEMPT_FAILED',
  'RESOLVE_ONSITE',
  'CONVENE_CONFERENCE',
  'PROPOSE_RESOLUTION',
  'DIRECTOR_APPROVE',
  'DIRECTOR_REJECT',
  'FINANCE_CONFIRM',
  'RESOLVE',
  'CLOSE',
  'EMERGENCY',
  'RECORD_RESPONSIBILITY',
] as const;
type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];
// (the guide and consultation read no complaints at all: the complaint query refuses them)
const ROLES: DemoUser[] = ['director', 'cs.staff', 'cs.admin', 'finance', 'onsite.a'];

const VIEW = 'query ($id: ID!) { complaint(id: $id) { id status viewerActions description approvalText } }';
const viewerActions = async (who: DemoUser, id: string): Promise<string[]> => (await ok(who, VIEW, { id })).complaint.viewerActions;

/** the mutation behind each complaint action, with input that is valid whenever the rule allows it */
function complaintMutation(action: ComplaintAction, complaintId: string): [string, object] {
  const advance = 'mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { id status } }';
  switch (action) {
    case 'PROPOSE_RESOLUTION':
      return [
        'mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { id status } }',
        { input: { complaintId, kind: 'COMPENSATION', resolution: '补偿复诊费用', amountFen: 30000 } },
      ];
    case 'DIRECTOR_APPROVE':
      return ['mutation ($id: ID!) { approveComplaintResolution(complaintId: $id) { id status } }', { id: complaintId }];
    case 'DIRECTOR_REJECT':
      return ['mutation ($id: ID!) { rejectComplaintResolution(complaintId: $id) { id status } }', { id: complaintId }];
    case 'FINANCE_CONFIRM':
      return ['mutation ($id: ID!) { confirmComplaintRefund(complaintId: $id) { id status } }', { id: complaintId }];
    case 'CLOSE':
      return [
        'mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { id status } }',
        { input: { complaintId, satisfaction: 4 } },
      ];
    case 'EMERGENCY':
      return [
        'mutation ($id: ID!) { escalateComplaintEmergency(complaintId: $id, notifyDepartments: []) { id status } }',
        { id: complaintId },
      ];
    case 'RECORD_RESPONSIBILITY':
      return [
        'mutation ($input: ComplaintResponsibilityInput!) { recordComplaintResponsibility(input: $input) { id status } }',
        { input: { complaintId, departmentCode: 'DENTAL' } },
      ];
    default:
      return [advance, { input: { complaintId, action } }];
  }
}

const attempt = (who: DemoUser, action: ComplaintAction, id: string) => {
  const [query, variables] = complaintMutation(action, id);
  return system.as(who, query, variables);
};

/**
 * Every role's viewerActions on the complaint now, and every action absent from them refused by its
 * mutation with FORBIDDEN or CONFLICT (never a bad input: the refusal is the rule's), nothing written.
 */
async function expectRefusedWhenAbsent(id: string): Promise<Record<string, string[]>> {
  const status = (await ok('director', VIEW, { id })).complaint.status;
  const seen: Record<string, string[]> = {};
  for (const who of ROLES) {
    seen[who] = await viewerActions(who, id);
    for (const action of COMPLAINT_ACTIONS.filter((a) => !seen[who]!.includes(a))) {
      const r = await attempt(who, action, id);
      expect(r.errors?.[0]?.extensions?.code, `${who} ${action} at ${status}`).toMatch(/^(FORBIDDEN|CONFLICT)$/);
    }
  }
  expect((await ok('director', VIEW, { id })).complaint.status).toBe(status);
  return seen;
}

async function receiveComplaint(customerId: string | null = null): Promise<string> {
  const { receiveComplaint } = await ok(
    'cs.staff',
    'mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }',
    {
      input: {
        channel: 'PHONE',
        category: 'SERVICE_ATTITUDE',
        severity: 'HIGH',
        description: '医生态度生硬，要求补偿',
        departmentCode: 'DENTAL',
        customerId,
      },
    },
  );
  return receiveComplaint.id;
}

async function escalated(customerId: string | null = null): Promise<string> {
  const id = await receiveComplaint(customerId);
  await attempt('onsite.a', 'START_ONSITE', id);
  for (let i = 0; i < 3; i++) expect((await attempt('onsite.a', 'ONSITE_ATTEMPT_FAILED', id)).errors).toBeUndefined();
  return id;
}

// ---- remedies ----

const REMEDY_VIEW = 'query ($id: ID!) { complaint(id: $id) { remedies { id status viewerActions } } }';
const remedyActions = async (who: DemoUser, complaintId: string): Promise<string[]> =>
  (await ok(who, REMEDY_VIEW, { id: complaintId })).complaint.remedies[0].viewerActions;
const REMEDY_MUTATIONS: Record<string, string> = {
  APPROVE: 'mutation ($id: ID!) { approveRemedy(remedyId: $id) { id status } }',
  FINANCE_APPROVE: 'mutation ($id: ID!) { financeApproveRemedy(remedyId: $id) { id status } }',
  CHECK_RECORD: 'mutation ($id: ID!) { checkRemedyRecord(remedyId: $id) { id status } }',
};

// ---- points adjustments ----

const ADJUSTMENT_VIEW = 'query ($m: ID!) { pointsAdjustments(membershipId: $m, first: 20) { nodes { id points status viewerActions } } }';
async function adjustmentActions(who: DemoUser, membershipId: string): Promise<Record<string, string[]>> {
  const nodes: { id: string; viewerActions: string[] }[] = (await ok(who, ADJUSTMENT_VIEW, { m: membershipId })).pointsAdjustments.nodes;
  return Object.fromEntries(nodes.map((n) => [n.id, n.viewerActions]));
}

beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

// each case walks several roles through the gateway and reads the audit trail: on a busy two-core
// machine one took longer than the project's 60 s, so these get three minutes
describe('viewerActions on a complaint', { timeout: 180_000 }, () => {
  it('gives finance nothing on a new complaint, the complaint desks its first steps, and each absent step is refused', async () => {
    const id = await receiveComplaint();
    const seen = await expectRefusedWhenAbsent(id);
    expect(seen['finance']).toEqual([]);
    expect(seen['cs.staff']).toEqual(['START_ONSITE', 'EMERGENCY']);
    expect(seen['onsite.a']).toEqual(['START_ONSITE', 'EMERGENCY']);
    expect(seen['director']).toEqual(['START_ONSITE', 'EMERGENCY']);
    // a present action is accepted by its mutation
    expect((await attempt('onsite.a', 'START_ONSITE', id)).errors).toBeUndefined();
    expect(await viewerActions('onsite.a', id)).toEqual(['ONSITE_ATTEMPT_FAILED', 'RESOLVE_ONSITE', 'EMERGENCY']);
  });

  it('offers the proposal to customer service only, and the director’s approval to the director unless the director proposed it', async () => {
    const id = await escalated();
    const seen = await expectRefusedWhenAbsent(id);
    expect(seen['cs.staff']).toEqual(['CONVENE_CONFERENCE', 'PROPOSE_RESOLUTION', 'EMERGENCY']);
    expect(seen['onsite.a']).toEqual(['CONVENE_CONFERENCE', 'EMERGENCY']);
    expect(seen['finance']).toEqual([]);

    // the director proposes the refund: no 院长批准 for the proposer, and the mutation refuses it (SAME_PERSON)
    expect((await attempt('director', 'PROPOSE_RESOLUTION', id)).errors).toBeUndefined();
    const proposed = await expectRefusedWhenAbsent(id);
    expect(proposed['director']).toEqual(['EMERGENCY']);
    const own = await attempt('director', 'DIRECTOR_APPROVE', id);
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON' });
  });

  it('walks a compensation through the director and finance, each seeing only their own step and the complaint’s text', async () => {
    const customerId = randomUUID();
    const id = await escalated(customerId);
    expect((await attempt('cs.staff', 'PROPOSE_RESOLUTION', id)).errors).toBeUndefined();
    const proposed = await expectRefusedWhenAbsent(id);
    expect(proposed['director']).toEqual(['DIRECTOR_APPROVE', 'DIRECTOR_REJECT', 'EMERGENCY']);
    // money needs the director: customer service cannot resolve it yet
    expect(proposed['cs.staff']).toEqual(['EMERGENCY']);
    expect(proposed['finance']).toEqual([]);

    // the approvers read what they approve (their roles see description masked); customer service reads description
    const asDirector = (await ok('director', VIEW, { id })).complaint;
    expect(asDirector.description).toBeNull();
    expect(asDirector.approvalText).toBe('医生态度生硬，要求补偿');
    expect((await ok('cs.staff', VIEW, { id })).complaint).toMatchObject({ description: '医生态度生硬，要求补偿', approvalText: null });

    expect((await attempt('director', 'DIRECTOR_APPROVE', id)).errors).toBeUndefined();
    const approved = await expectRefusedWhenAbsent(id);
    expect(approved['finance']).toEqual(['FINANCE_CONFIRM']);
    // the approver confirms nothing (four eyes)
    expect(approved['director']).toEqual(['EMERGENCY']);
    expect((await ok('finance', VIEW, { id })).complaint.approvalText).toBe('医生态度生硬，要求补偿');
    expect((await attempt('finance', 'FINANCE_CONFIRM', id)).errors).toBeUndefined();
    const confirmed = await expectRefusedWhenAbsent(id);
    expect(confirmed['cs.staff']).toEqual(['RESOLVE', 'EMERGENCY']);
    expect(confirmed['finance']).toEqual([]);

    // each unmasked read of the text is audited as a read of the customer's personal data
    const log = await eventually(async () => {
      const r = await ok(
        'auditor',
        'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 50) { nodes { operation fields role outcome } } }',
        { f: { customerId, operation: 'query complaint' } },
      );
      const reads = r.auditLog.nodes.filter((n: any) => n.fields.includes('approvalText'));
      return reads.length >= 2 ? reads : undefined;
    });
    expect(log.map((n: any) => n.role).sort()).toEqual(expect.arrayContaining(['FINANCE', 'OPS_DIRECTOR']));
  });
});

describe('viewerActions on a remedy', { timeout: 180_000 }, () => {
  it('offers each verification step to its own role, never to the proposer, and the step’s mutation agrees', async () => {
    const complaintId = await receiveComplaint();
    const { proposeRemedy } = await ok('cs.staff', 'mutation ($input: ProposeRemedyInput!) { proposeRemedy(input: $input) { id } }', {
      input: { complaintId, kind: 'CREDIT_POINTS', points: 50, customerId: randomUUID() },
    });
    const remedyId: string = proposeRemedy.id;
    const refusedUnlessOffered = async (who: DemoUser, offered: string[]) => {
      for (const action of Object.keys(REMEDY_MUTATIONS).filter((a) => !offered.includes(a))) {
        const r = await system.as(who, REMEDY_MUTATIONS[action]!, { id: remedyId });
        expect(r.errors?.[0]?.extensions?.code, `${who} ${action}`).toMatch(/^(FORBIDDEN|CONFLICT)$/);
      }
    };
    expect(await remedyActions('director', complaintId)).toEqual(['APPROVE']);
    expect(await remedyActions('finance', complaintId)).toEqual([]);
    expect(await remedyActions('cs.staff', complaintId)).toEqual([]);
    await refusedUnlessOffered('finance', []);
    await refusedUnlessOffered('director', ['APPROVE']);
    await ok('director', REMEDY_MUTATIONS['APPROVE']!, { id: remedyId });
    expect(await remedyActions('director', complaintId)).toEqual([]);
    expect(await remedyActions('finance', complaintId)).toEqual(['FINANCE_APPROVE']);
    // approving again is a retry of the director's own step (answered unchanged, nothing written), not an action
    await refusedUnlessOffered('director', ['APPROVE']);
    expect((await ok('director', REMEDY_MUTATIONS['APPROVE']!, { id: remedyId })).approveRemedy.status).toBe('DIRECTOR_APPROVED');
    await ok('finance', REMEDY_MUTATIONS['FINANCE_APPROVE']!, { id: remedyId });
    const queue = await ok('member.admin', 'query { pendingRemedies(step: MEMBER_CENTRE, first: 50) { nodes { id viewerActions } } }');
    expect(queue.pendingRemedies.nodes.find((n: any) => n.id === remedyId).viewerActions).toEqual(['CHECK_RECORD']);

    // a remedy the director proposed: no 院长批准 for them, and approveRemedy refuses it
    const { proposeRemedy: own } = await ok('director', 'mutation ($input: ProposeRemedyInput!) { proposeRemedy(input: $input) { id } }', {
      input: { complaintId: await receiveComplaint(), kind: 'CREDIT_POINTS', points: 20, customerId: randomUUID() },
    });
    const directorQueue = await ok('director', 'query { pendingRemedies(step: DIRECTOR, first: 50) { nodes { id viewerActions } } }');
    expect(directorQueue.pendingRemedies.nodes.find((n: any) => n.id === own.id).viewerActions).toEqual([]);
    const refused = await system.as('director', REMEDY_MUTATIONS['APPROVE']!, { id: own.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON' });
  });
});

describe('viewerActions on a points adjustment', { timeout: 180_000 }, () => {
  it('offers 批准 only when approving can succeed: not the requester, the approver’s role, pending, and a balance that covers a debit', async () => {
    const { createCustomer } = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
      input: { name: '吴调整', phone: '13977771234', channel: 'PHONE' },
    });
    const membership = await eventually(
      async () =>
        (
          await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: createCustomer.id },
          })
        ).data?.enrollMember,
    );
    const staffId = (await ok('cs.staff', '{ me { id } }')).me.id;
    const request = async (who: DemoUser, points: number) =>
      (
        await ok(who, 'mutation ($input: RequestPointsAdjustmentInput!) { requestPointsAdjustment(input: $input) { id } }', {
          input: {
            membershipId: membership.id,
            points,
            reason: '积分更正',
            responsibleDepartment: 'CUSTOMER_SERVICE',
            responsibleStaffId: staffId,
            idempotencyKey: randomUUID(),
          },
        })
      ).requestPointsAdjustment.id as string;
    const APPROVE = 'mutation ($id: ID!) { approvePointsAdjustment(id: $id) { id status } }';
    const REJECT = 'mutation ($id: ID!) { rejectPointsAdjustment(id: $id, reason: "不符合") { id status } }';

    const credit = await request('cs.staff', 200);
    const debit = await request('cs.staff', -100000);
    const ownRequest = await request('member.admin', 100);

    const admin = await adjustmentActions('member.admin', membership.id);
    expect(admin[credit]).toEqual(['APPROVE', 'REJECT']);
    // the balance (none yet) does not cover it: the debit can only fail, so it can only be rejected
    expect(admin[debit]).toEqual(['REJECT']);
    expect(admin[ownRequest]).toEqual([]);
    expect((await adjustmentActions('director', membership.id))[ownRequest]).toEqual(['APPROVE', 'REJECT']);
    for (const who of ['finance', 'cs.staff'] as const)
      expect(Object.values(await adjustmentActions(who, membership.id))).toEqual([[], [], []]);

    // the mutations refuse exactly these
    expect((await system.as('member.admin', APPROVE, { id: debit })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INSUFFICIENT_POINTS',
    });
    expect((await system.as('member.admin', APPROVE, { id: ownRequest })).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SAME_PERSON',
    });
    expect((await system.as('member.admin', REJECT, { id: ownRequest })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const who of ['finance', 'cs.staff'] as const)
      expect((await system.as(who, APPROVE, { id: credit })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // approved, the credit is decided (no action left for anyone) and now covers a smaller debit
    expect((await ok('member.admin', APPROVE, { id: credit })).approvePointsAdjustment.status).toBe('APPROVED');
    const smaller = await request('cs.staff', -150);
    const after = await adjustmentActions('member.admin', membership.id);
    expect(after[credit]).toEqual([]);
    expect(after[debit]).toEqual(['REJECT']);
    expect(after[smaller]).toEqual(['APPROVE', 'REJECT']);
    expect((await system.as('director', APPROVE, { id: credit })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ADJUSTMENT_ALREADY_DECIDED',
    });
    expect((await ok('member.admin', APPROVE, { id: smaller })).approvePointsAdjustment.status).toBe('APPROVED');
  });
});

describe('viewerActions on an appointment', { timeout: 180_000 }, () => {
  const APPOINTMENT_MUTATIONS: Record<string, string> = {
    CONFIRM: 'mutation ($id: ID!) { confirmAppointment(id: $id) { id status viewerActions } }',
    CANCEL: 'mutation ($id: ID!) { cancelAppointment(id: $id) { id status viewerActions } }',
    NO_SHOW: 'mutation ($id: ID!) { markAppointmentNoShow(id: $id) { id status viewerActions } }',
  };
  // the appointment desks (consultation, on-site, the guide) and the director read appointments
  const DESKS: DemoUser[] = ['director', 'consult.staff', 'guide', 'onsite.a'];
  const doctorId = randomUUID();
  const slot = new Date(Date.now() + 2 * 3_600_000);
  // the test's own doctor: the list holds only its bookings
  const LIST = 'query ($d: ID) { appointments(doctorId: $d, first: 20) { nodes { id status viewerActions } } }';
  const actionsOf = async (who: DemoUser, id: string): Promise<string[]> =>
    (await ok(who, LIST, { d: doctorId })).appointments.nodes.find((n: any) => n.id === id).viewerActions;
  let minute = 0;
  const book = async (): Promise<string> =>
    (
      await ok('consult.staff', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
        input: {
          type: 'TREATMENT',
          departmentCode: 'DENTAL',
          doctorId,
          slotStart: new Date(slot.getTime() + minute++ * 15 * 60_000).toISOString(),
        },
      })
    ).bookAppointment.id;

  it('offers confirm, cancel and no-show on a booked appointment to the desks only, and the mutations agree', async () => {
    const id = await book();
    for (const who of DESKS) expect(await actionsOf(who, id), who).toEqual(['CONFIRM', 'CANCEL', 'NO_SHOW']);
    // customer service and finance are no appointment desk: every step refused (they read no appointments either)
    for (const who of ['cs.staff', 'finance'] as const)
      for (const action of Object.keys(APPOINTMENT_MUTATIONS)) {
        const r = await system.as(who, APPOINTMENT_MUTATIONS[action]!, { id });
        expect(r.errors?.[0]?.extensions?.code, `${who} ${action}`).toBe('FORBIDDEN');
      }
    // present actions are accepted: confirming (the booking stays BOOKED and keeps its actions), then cancelling
    const confirmed = (await ok('guide', APPOINTMENT_MUTATIONS['CONFIRM']!, { id })).confirmAppointment;
    expect(confirmed).toMatchObject({ status: 'BOOKED', viewerActions: ['CONFIRM', 'CANCEL', 'NO_SHOW'] });
    const cancelled = (await ok('onsite.a', APPOINTMENT_MUTATIONS['CANCEL']!, { id })).cancelAppointment;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', viewerActions: [] });
  });

  it('offers nothing once an appointment is cancelled or a no-show, and every step is then refused', async () => {
    const cancelled = await book();
    const noShow = await book();
    await ok('consult.staff', APPOINTMENT_MUTATIONS['CANCEL']!, { id: cancelled });
    expect((await ok('director', APPOINTMENT_MUTATIONS['NO_SHOW']!, { id: noShow })).markAppointmentNoShow.status).toBe('NO_SHOW');
    for (const [id, status] of [
      [cancelled, 'CANCELLED'],
      [noShow, 'NO_SHOW'],
    ] as const) {
      for (const who of DESKS) {
        expect(await actionsOf(who, id), `${who} ${status}`).toEqual([]);
        for (const action of Object.keys(APPOINTMENT_MUTATIONS)) {
          const r = await system.as(who, APPOINTMENT_MUTATIONS[action]!, { id });
          expect(r.errors?.[0]?.extensions?.code, `${who} ${action} at ${status}`).toBe('CONFLICT');
        }
      }
      const list = (await ok('director', LIST, { d: doctorId })).appointments.nodes;
      expect(list.find((n: any) => n.id === id).status).toBe(status);
    }
  });
});

describe('viewerActions on a follow-up', { timeout: 180_000 }, () => {
  const COMPLETE = 'mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id status viewerActions } }';
  const REASSIGN = 'mutation ($input: ReassignFollowUpInput!) { reassignFollowUp(input: $input) { id assigneeId viewerActions } }';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
  const idOf = async (who: DemoUser): Promise<string> => (await ok(who, '{ me { id } }')).me.id;
  /** customer service (and the director) read a customer's follow-ups; anyone their own due today */
  const viaCustomer = async (who: DemoUser, customerId: string, taskId: string): Promise<string[]> =>
    (
      await ok(who, 'query ($id: ID!) { customer(id: $id) { followUps(first: 10) { nodes { id viewerActions } } } }', { id: customerId })
    ).customer.followUps.nodes.find((n: any) => n.id === taskId).viewerActions;
  const viaMine = async (who: DemoUser, taskId: string): Promise<string[] | undefined> =>
    (await ok(who, '{ myFollowUpsToday { id viewerActions } }')).myFollowUpsToday.find((n: any) => n.id === taskId)?.viewerActions;
  const complete = (who: DemoUser, taskId: string) => system.as(who, COMPLETE, { input: { taskId, result: '已回访，恢复良好' } });
  const reassign = async (who: DemoUser, taskId: string, to: DemoUser) =>
    system.as(who, REASSIGN, { input: { taskId, assigneeId: await idOf(to) } });

  it('offers completing to the owner and the follow-up desks, reassigning to the director and the department’s admin, and the mutations agree', async () => {
    const { createCustomer } = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
      input: { name: '郑回访', phone: '13966661234', channel: 'PHONE' },
    });
    const customerId: string = createCustomer.id;
    const { createFollowUp } = await ok(
      'cs.staff',
      'mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id departmentCode viewerActions } }',
      { input: { customerId, type: 'SATISFACTION', dueDate: today, assigneeId: await idOf('guide') } },
    );
    const taskId: string = createFollowUp.id;
    // a customer-service task owned by the guide
    expect(createFollowUp).toMatchObject({ departmentCode: 'CUSTOMER_SERVICE', viewerActions: ['COMPLETE'] });
    expect(await viaCustomer('director', customerId, taskId)).toEqual(['COMPLETE', 'REASSIGN']);
    expect(await viaCustomer('cs.admin', customerId, taskId)).toEqual(['COMPLETE', 'REASSIGN']);
    expect(await viaCustomer('cs.staff', customerId, taskId)).toEqual(['COMPLETE']);
    expect(await viaMine('guide', taskId)).toEqual(['COMPLETE']);

    // absent actions are refused: staff reassign nothing, another department's admin neither, and
    // consultation (not the owner, no follow-up desk) completes nothing
    for (const who of ['cs.staff', 'guide', 'onsite.admin'] as const)
      expect((await reassign(who, taskId, 'cs.staff')).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    expect((await complete('consult.staff', taskId)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OTHER_DEPARTMENT',
    });

    // a present action is accepted: the department's admin gives it to consultation, whose own task it now is
    const moved = await reassign('cs.admin', taskId, 'consult.staff');
    expect(moved.errors).toBeUndefined();
    expect(moved.data.reassignFollowUp.viewerActions).toEqual(['COMPLETE', 'REASSIGN']);
    expect(await viaMine('consult.staff', taskId)).toEqual(['COMPLETE']);
    expect(await viaMine('guide', taskId)).toBeUndefined();
    expect((await complete('guide', taskId)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await complete('consult.staff', taskId);
    expect(done.errors).toBeUndefined();
    expect(done.data.completeFollowUp).toMatchObject({ status: 'DONE', viewerActions: [] });

    // done: nothing left for anyone, and every step is refused (the desks by its status)
    for (const who of ['director', 'cs.admin', 'cs.staff'] as const) expect(await viaCustomer(who, customerId, taskId), who).toEqual([]);
    for (const who of ['director', 'cs.admin'] as const) {
      expect((await complete(who, taskId)).errors?.[0]?.extensions, who).toMatchObject({ code: 'CONFLICT', reason: 'NOT_OPEN' });
      expect((await reassign(who, taskId, 'cs.staff')).errors?.[0]?.extensions, who).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_OPEN',
      });
    }
    expect((await complete('consult.staff', taskId)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_OPEN' });
  });
});

describe('viewerActions on a customer', { timeout: 180_000 }, () => {
  const ALL = ['EDIT', 'RECLASSIFY', 'MERGE'];
  const UPDATE = 'mutation ($id: ID!) { updateCustomer(id: $id, input: { region: "浦东" }) { id viewerActions } }';
  const RECLASSIFY = 'mutation ($input: ReclassifyCustomerInput!) { reclassifyCustomer(input: $input) { id customerClass viewerActions } }';
  const MERGE = 'mutation ($input: MergeCustomersInput!) { mergeCustomers(input: $input) { survivorId mergedId } }';
  const create = async (name: string, phone: string): Promise<string> =>
    (
      await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
        input: { name, phone, channel: 'PHONE' },
      })
    ).createCustomer.id;
  const actionsOf = async (who: DemoUser, id: string): Promise<string[]> =>
    (await ok(who, 'query ($id: ID!) { customer(id: $id) { id viewerActions } }', { id })).customer.viewerActions;

  it('offers edit, reclassify and merge to the customer desks and the director only, and the mutations agree', async () => {
    const id = await create('冯档案', '13955551234');
    const duplicate = await create('冯档案', '13955551235');
    for (const who of ['director', 'cs.staff', 'cs.admin', 'consult.staff', 'guide', 'onsite.a'] as const)
      expect(await actionsOf(who, id), who).toEqual(ALL);
    // finance, the auditor and the member centre read customers but change none: every change refused
    for (const who of ['finance', 'auditor', 'member.admin'] as const) {
      expect(await actionsOf(who, id), who).toEqual([]);
      for (const [query, variables] of [
        [UPDATE, { id }],
        [RECLASSIFY, { input: { customerId: id, customerClass: 'A', reason: '高意向' } }],
        [MERGE, { input: { survivorId: id, mergedId: duplicate } }],
      ] as const) {
        const r = await system.as(who, query, variables);
        expect(r.errors?.[0]?.extensions?.code, `${who} ${query.slice(9, 40)}`).toBe('FORBIDDEN');
      }
    }
    // present actions are accepted
    expect((await ok('guide', UPDATE, { id })).updateCustomer.viewerActions).toEqual(ALL);
    const reclassified = await ok('consult.staff', RECLASSIFY, { input: { customerId: id, customerClass: 'A', reason: '高意向' } });
    expect(reclassified.reclassifyCustomer).toMatchObject({ customerClass: 'A', viewerActions: ALL });
    expect((await ok('cs.staff', MERGE, { input: { survivorId: id, mergedId: duplicate } })).mergeCustomers).toMatchObject({
      survivorId: id,
      mergedId: duplicate,
    });
  });
});
