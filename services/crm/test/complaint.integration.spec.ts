import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CareEvents,
  Events,
  newId,
  type Caller,
  type ConsumptionRefundedData,
  type ComplaintClosedData,
  type ComplaintEmergencyData,
  type RemedyApprovedData,
  type ApprovalRequestedData,
} from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { storeWeeklyOpinionReport, storedOpinionReport } from '../src/modules/complaint/opinion-report.js';
import { hospitalDay, mondayOf } from '../src/common/hospital-time.js';
import { auditProbe, countRows, staff } from './support.js';
import { eventProbe, freshPhone } from './care-support.js';

const FIELDS = `id status onsiteAttempts emergency amountFen resolutionKind satisfaction proposedBy directorApprovedBy financeConfirmedBy steps { action fromStatus toStatus actorId at }`;
const RECEIVE = `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { ${FIELDS} } }`;
const ADVANCE = `mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { ${FIELDS} } }`;
const PROPOSE = `mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { ${FIELDS} } }`;
const APPROVE = `mutation ($id: ID!) { approveComplaintResolution(complaintId: $id) { ${FIELDS} } }`;
const CONFIRM = `mutation ($id: ID!) { confirmComplaintRefund(complaintId: $id) { ${FIELDS} } }`;
const CLOSE = `mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { ${FIELDS} } }`;
const EMERGENCY = `mutation ($id: ID!) { escalateComplaintEmergency(complaintId: $id, notifyDepartments: ["GUIDE", "ONSITE"], note: "在大厅吵闹") { ${FIELDS} } }`;
const PROPOSE_REMEDY = `mutation ($input: ProposeRemedyInput!) { proposeRemedy(input: $input) { id status } }`;
const REMEDY_FIELDS = `id status awaiting approvedBy financeApprovedBy recordCheckedBy`;
const APPROVE_REMEDY = `mutation ($id: ID!) { approveRemedy(remedyId: $id) { ${REMEDY_FIELDS} } }`;
const FINANCE_APPROVE_REMEDY = `mutation ($id: ID!) { financeApproveRemedy(remedyId: $id) { ${REMEDY_FIELDS} } }`;
const CHECK_REMEDY_RECORD = `mutation ($id: ID!) { checkRemedyRecord(remedyId: $id) { ${REMEDY_FIELDS} } }`;
const PENDING_REMEDIES = `query ($step: RemedyStep!, $kind: RemedyKind, $after: String) { pendingRemedies(step: $step, kind: $kind, first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id status complaintText complaint { id } } } }`;
const REPORT = `query ($w: LocalDate!) { weeklyOpinionReport(weekOf: $w) { weekOf total complaints suggestions emergencies byCategory { key count } bySeverity { key count } byDepartment { key count } byStatus { key count } } }`;

const cs = staff('STAFF', 'CUSTOMER_SERVICE', '客服专员');
const onsite = staff('STAFF', 'ONSITE', '现场咨询师');
const director = staff('OPS_DIRECTOR', 'OPERATIONS', '院长');
const finance = staff('FINANCE', 'FINANCE', '财务');

describe('complaints', () => {
  let db: TestDatabase;
  let crm: TestService;
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<T> => {
    const { data, errors } = await crm.request(query, variables, undefined, as);
    expect(errors).toBeUndefined();
    return data as T;
  };
  const receive = async (input: Record<string, unknown> = {}) =>
    (
      await ok(
        RECEIVE,
        {
          input: {
            channel: 'PHONE',
            category: 'BILLING',
            severity: 'HIGH',
            description: '收费有误',
            departmentCode: 'DENTAL',
            customerId: newId(),
            ...input,
          },
        },
        cs,
      )
    ).receiveComplaint;
  const step = async (id: string, action: string, as: Caller = onsite) =>
    (await ok(ADVANCE, { input: { complaintId: id, action } }, as)).advanceComplaint;
  /** received, three failed on-site attempts (escalated), case conference */
  const escalated = async () => {
    const c = await receive();
    await step(c.id, 'START_ONSITE');
    for (let i = 0; i < 3; i++) await step(c.id, 'ONSITE_ATTEMPT_FAILED');
    return (await step(c.id, 'CONVENE_CONFERENCE', cs)) as { id: string; status: string };
  };
  const refundProposed = async (by: Caller = cs) => {
    const c = await escalated();
    return (await ok(PROPOSE, { input: { complaintId: c.id, kind: 'REFUND', resolution: '退还多收费用', amountFen: 50000 } }, by))
      .proposeComplaintResolution;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('escalates to customer service after the third unsuccessful on-site attempt, recording every step with actor and time', async () => {
    const c = await receive();
    await step(c.id, 'START_ONSITE');
    expect((await step(c.id, 'ONSITE_ATTEMPT_FAILED')).status).toBe('ONSITE');
    expect((await step(c.id, 'ONSITE_ATTEMPT_FAILED')).status).toBe('ONSITE');
    const third = await step(c.id, 'ONSITE_ATTEMPT_FAILED');
    expect(third).toMatchObject({ status: 'ESCALATED', onsiteAttempts: 3 });
    expect(third.steps.map((s: { action: string; toStatus: string }) => `${s.action}→${s.toStatus}`)).toEqual([
      'RECEIVE→RECEIVED',
      'START_ONSITE→ONSITE',
      'ONSITE_ATTEMPT_FAILED→ONSITE',
      'ONSITE_ATTEMPT_FAILED→ONSITE',
      'ONSITE_ATTEMPT_FAILED→ESCALATED',
    ]);
    expect(third.steps.slice(1).every((s: { actorId: string; at: string }) => s.actorId === onsite.id && s.at)).toBe(true);
  });

  it('refuses a transition the workflow does not allow with CONFLICT TRANSITION_NOT_ALLOWED and records nothing', async () => {
    const c = await receive();
    const { errors } = await crm.request(CLOSE, { input: { complaintId: c.id, satisfaction: 5 } }, undefined, cs);
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' });
    expect(await countRows(crm, `select count(*)::int as count from "crm"."complaint_step" where complaint_id = ?`, [c.id])).toBe(1);
  });

  it('refuses complaints to guides (OTHER_DEPARTMENT) and approvals to customer service (ROLE_NOT_ALLOWED)', async () => {
    const asGuide = await crm.request(
      RECEIVE,
      { input: { channel: 'PHONE', category: 'OTHER', severity: 'LOW', description: 'x' } },
      undefined,
      staff('STAFF', 'GUIDE'),
    );
    expect(asGuide.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    const c = await refundProposed();
    const asCs = await crm.request(APPROVE, { id: c.id }, undefined, staff('DEPT_ADMIN', 'CUSTOMER_SERVICE'));
    expect(asCs.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
  });

  it('refuses the director’s approval of a refund the same person proposed with FORBIDDEN SAME_PERSON', async () => {
    const audit = await auditProbe(crm);
    const proposer = staff('OPS_DIRECTOR', 'OPERATIONS', '提议的院长');
    const c = await refundProposed(proposer);
    const { errors } = await crm.request(APPROVE, { id: c.id }, undefined, proposer);
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON' });
    const denied = await eventually(async () => {
      const entries = (await audit.entriesOf(proposer.id!)).filter((e) => e.outcome === 'DENIED');
      return entries.length > 0 && entries;
    });
    expect(denied).toEqual([expect.objectContaining({ operation: 'mutation approveComplaintResolution', targetIds: [c.id] })]);
    expect(
      await countRows(crm, `select count(*)::int as count from "crm"."complaint" where id = ? and status = 'RESOLUTION_PROPOSED'`, [c.id]),
    ).toBe(1);
  });

  it('records one approval of 10 concurrent director approvals; the others get CONFLICT', async () => {
    const c = await refundProposed();
    const directors = Array.from({ length: 10 }, (_, i) => staff('OPS_DIRECTOR', 'OPERATIONS', `院长${i}`));
    const results = await Promise.all(directors.map((d) => crm.request(APPROVE, { id: c.id }, undefined, d)));
    expect(results.filter((r) => r.data?.approveComplaintResolution)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(9);
    expect(
      await countRows(
        crm,
        `select count(*)::int as count from "crm"."complaint_step" where complaint_id = ? and action = 'DIRECTOR_APPROVE'`,
        [c.id],
      ),
    ).toBe(1);
  });

  it('needs both the director’s approval and finance’s confirmation before a refund is resolved, then closes with the customer’s satisfaction', async () => {
    const closed = await eventProbe<ComplaintClosedData>(crm, CareEvents.ComplaintClosed);
    const c = await refundProposed();
    expect(c.amountFen).toBe(50000);
    const early = await crm.request(ADVANCE, { input: { complaintId: c.id, action: 'RESOLVE' } }, undefined, cs);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_REQUIRED' });
    const financeFirst = await crm.request(CONFIRM, { id: c.id }, undefined, finance);
    expect(financeFirst.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' });
    expect((await ok(APPROVE, { id: c.id }, director)).approveComplaintResolution).toMatchObject({
      status: 'DIRECTOR_APPROVED',
      directorApprovedBy: director.id,
    });
    const stillEarly = await crm.request(ADVANCE, { input: { complaintId: c.id, action: 'RESOLVE' } }, undefined, cs);
    expect(stillEarly.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await ok(CONFIRM, { id: c.id }, finance)).confirmComplaintRefund).toMatchObject({
      status: 'FINANCE_CONFIRMED',
      financeConfirmedBy: finance.id,
    });
    expect((await step(c.id, 'RESOLVE', cs)).status).toBe('RESOLVED');
    const done = (await ok(CLOSE, { input: { complaintId: c.id, satisfaction: 4 } }, cs)).closeComplaint;
    expect(done).toMatchObject({ status: 'CLOSED', satisfaction: 4 });
    expect(done.steps.map((s: { action: string }) => s.action)).toEqual([
      'RECEIVE',
      'START_ONSITE',
      'ONSITE_ATTEMPT_FAILED',
      'ONSITE_ATTEMPT_FAILED',
      'ONSITE_ATTEMPT_FAILED',
      'CONVENE_CONFERENCE',
      'PROPOSE_RESOLUTION',
      'DIRECTOR_APPROVE',
      'FINANCE_CONFIRM',
      'RESOLVE',
      'CLOSE',
    ]);
    expect((await closed.where((d) => d.complaintId === c.id)).map((e) => e.data)).toEqual([
      expect.objectContaining({ satisfaction: 4, resolutionKind: 'REFUND', amountFen: 50000, onsiteAttempts: 3 }),
    ]);

    const RESP = `mutation ($input: ComplaintResponsibilityInput!) { recordComplaintResponsibility(input: $input) { status responsibleDepartment responsibleStaffId penalty announced steps { action } } }`;
    const who = newId();
    const resp = (
      await ok(
        RESP,
        { input: { complaintId: c.id, departmentCode: 'BILLING', staffId: who, penalty: '扣绩效 200 元', announced: true } },
        cs,
      )
    ).recordComplaintResponsibility;
    expect(resp).toMatchObject({
      status: 'CLOSED',
      responsibleDepartment: 'BILLING',
      responsibleStaffId: who,
      penalty: '扣绩效 200 元',
      announced: true,
    });
    expect(resp.steps.at(-1).action).toBe('RECORD_RESPONSIBILITY');
  });

  it('takes a refund or compensation only with a whole number of fen above zero, refusing others by field', async () => {
    const c = await escalated();
    const propose = (kind: string, amountFen: unknown) =>
      crm.request(PROPOSE, { input: { complaintId: c.id, kind, resolution: '补偿', amountFen } }, undefined, cs);
    for (const [kind, amountFen] of [
      ['REFUND', null],
      ['COMPENSATION', 0],
      ['COMPENSATION', -500],
    ] as const) {
      expect((await propose(kind, amountFen)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'amountFen',
        reason: 'MONEY_INVALID',
      });
    }
    expect((await propose('COMPENSATION', 500.5)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await ok(`query ($id: ID!) { complaint(id: $id) { status amountFen } }`, { id: c.id }, cs)).complaint).toEqual({
      status: 'CONFERENCE',
      amountFen: null,
    });
  });

  it('escalates an emergency with ComplaintEmergency naming the departments to notify, keeping the status', async () => {
    const probe = await eventProbe<ComplaintEmergencyData>(crm, CareEvents.ComplaintEmergency);
    const c = await receive({ severity: 'CRITICAL' });
    const raised = (await ok(EMERGENCY, { id: c.id }, onsite)).escalateComplaintEmergency;
    expect(raised).toMatchObject({ status: 'RECEIVED', emergency: true });
    expect((await probe.where((d) => d.complaintId === c.id)).map((e) => e.data)).toEqual([
      expect.objectContaining({ notifyDepartments: ['GUIDE', 'ONSITE'], raisedBy: onsite.id, severity: 'CRITICAL' }),
    ]);
  });

  describe('remedies with verification (director, finance, then the member centre’s check)', () => {
    const memberAdmin = staff('DEPT_ADMIN', 'MEMBER_CENTRE', '会员中心主任');
    const proposeCredit = async (by: Caller = cs) => {
      const customerId = newId();
      const c = await receive({ category: 'POINTS_NOT_CREDITED', customerId });
      const remedy = (
        await ok(PROPOSE_REMEDY, { input: { complaintId: c.id, kind: 'CREDIT_POINTS', points: 120, receiptNumbers: ['R-1'] } }, by)
      ).proposeRemedy;
      return { complaint: c, remedy, customerId };
    };
    const remedyRow = async (id: string) =>
      (
        await crm.orm.em
          .getConnection()
          .execute<{ status: string; approved_by: string | null; finance_approved_by: string | null; record_checked_by: string | null }[]>(
            `select status, approved_by, finance_approved_by, record_checked_by from "crm"."complaint_remedy" where id = ?`,
            [id],
          )
      )[0]!;
    const refusal = async (query: string, id: string, as: Caller) =>
      (await crm.request(query, { id }, undefined, as)).errors?.[0].extensions;

    it('sends a remedy to members exactly once, after the director, finance and the member centre’s check, asking each next step in turn', async () => {
      const applied = await eventProbe<RemedyApprovedData>(crm, Events.RemedyApproved);
      const asked = await eventProbe<ApprovalRequestedData>(crm, CareEvents.ApprovalRequested);
      const { complaint, remedy, customerId } = await proposeCredit();
      expect(remedy.status).toBe('PROPOSED');
      const awaiting = async () => (await asked.where((d) => d.subjectId === remedy.id)).map((e) => e.data.awaiting);
      expect(await awaiting()).toEqual(['DIRECTOR']);

      const d = await ok(APPROVE_REMEDY, { id: remedy.id }, director);
      expect(d.approveRemedy).toMatchObject({ status: 'DIRECTOR_APPROVED', approvedBy: director.id, awaiting: 'FINANCE' });
      expect(await awaiting()).toEqual(['DIRECTOR', 'FINANCE']);
      const f = await ok(FINANCE_APPROVE_REMEDY, { id: remedy.id }, finance);
      expect(f.financeApproveRemedy).toMatchObject({
        status: 'FINANCE_APPROVED',
        financeApprovedBy: finance.id,
        awaiting: 'MEMBER_CENTRE',
      });
      expect(await awaiting()).toEqual(['DIRECTOR', 'FINANCE', 'MEMBER_CENTRE']);
      // nothing applies before the last step
      expect(await applied.where((e) => e.remedyId === remedy.id)).toHaveLength(0);

      // ten of the member centre's admins at once: one checks it, the others are told it is done
      const admins = [memberAdmin, ...Array.from({ length: 9 }, (_, i) => staff('DEPT_ADMIN', 'MEMBER_CENTRE', `会员中心${i}`))];
      const results = await Promise.all(admins.map((a) => crm.request(CHECK_REMEDY_RECORD, { id: remedy.id }, undefined, a)));
      const done = results.filter((r) => r.data?.checkRemedyRecord?.status === 'APPROVED');
      expect(done).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.reason === 'REMEDY_STEP_TAKEN')).toHaveLength(9);
      expect(done[0]!.data!.checkRemedyRecord).toMatchObject({ awaiting: null });
      const events = await applied.where((e) => e.remedyId === remedy.id);
      expect(events.map((e) => e.data)).toEqual([
        expect.objectContaining({
          remedyId: remedy.id,
          complaintId: complaint.id,
          kind: 'CREDIT_POINTS',
          customerId,
          points: 120,
          receiptNumbers: ['R-1'],
          approvedBy: director.id,
          financeApprovedBy: finance.id,
        }),
      ]);
      const steps = (await ok(`query ($id: ID!) { complaint(id: $id) { steps { action actorId } } }`, { id: complaint.id }, cs)).complaint
        .steps;
      expect(steps.slice(-4).map((s: { action: string }) => s.action)).toEqual([
        'PROPOSE_REMEDY CREDIT_POINTS',
        'APPROVE_REMEDY CREDIT_POINTS',
        'FINANCE_APPROVE_REMEDY CREDIT_POINTS',
        'CHECK_REMEDY_RECORD CREDIT_POINTS',
      ]);
      expect(await awaiting()).toEqual(['DIRECTOR', 'FINANCE', 'MEMBER_CENTRE']);
    });

    it('answers a retried step by the same person with the same remedy, writing and sending nothing again', async () => {
      const applied = await eventProbe<RemedyApprovedData>(crm, Events.RemedyApproved);
      const asked = await eventProbe<ApprovalRequestedData>(crm, CareEvents.ApprovalRequested);
      const { remedy } = await proposeCredit();
      for (let i = 0; i < 2; i++)
        expect((await ok(APPROVE_REMEDY, { id: remedy.id }, director)).approveRemedy.status).toBe('DIRECTOR_APPROVED');
      for (let i = 0; i < 2; i++)
        expect((await ok(FINANCE_APPROVE_REMEDY, { id: remedy.id }, finance)).financeApproveRemedy.status).toBe('FINANCE_APPROVED');
      for (let i = 0; i < 3; i++)
        expect((await ok(CHECK_REMEDY_RECORD, { id: remedy.id }, memberAdmin)).checkRemedyRecord.status).toBe('APPROVED');
      expect(await applied.where((e) => e.remedyId === remedy.id)).toHaveLength(1);
      expect((await asked.where((e) => e.subjectId === remedy.id)).map((e) => e.data.awaiting)).toEqual([
        'DIRECTOR',
        'FINANCE',
        'MEMBER_CENTRE',
      ]);
      expect(
        await countRows(
          crm,
          `select count(*)::int as count from "crm"."complaint_step" where action like '%REMEDY%' and complaint_id = (select complaint_id from "crm"."complaint_remedy" where id = ?)`,
          [remedy.id],
        ),
      ).toBe(4);
    });

    it('refuses a step by the wrong role (FORBIDDEN REMEDY_WRONG_ROLE), out of order (CONFLICT REMEDY_WRONG_ORDER) or by its proposer (FORBIDDEN SAME_PERSON), auditing each refusal and changing nothing', async () => {
      const audit = await auditProbe(crm);
      const applied = await eventProbe<RemedyApprovedData>(crm, Events.RemedyApproved);
      const { remedy } = await proposeCredit();
      const wrongFinance = staff('FINANCE', 'FINANCE', '另一位财务');
      const csAdmin = staff('DEPT_ADMIN', 'CUSTOMER_SERVICE', '客服经理');
      const memberStaff = staff('STAFF', 'MEMBER_CENTRE', '会员专员');
      const checker = staff('DEPT_ADMIN', 'MEMBER_CENTRE', '会员中心主任');
      // the wrong people for each step
      expect(await refusal(APPROVE_REMEDY, remedy.id, wrongFinance)).toMatchObject({ code: 'FORBIDDEN', reason: 'REMEDY_WRONG_ROLE' });
      expect(await refusal(APPROVE_REMEDY, remedy.id, checker)).toMatchObject({ code: 'FORBIDDEN', reason: 'REMEDY_WRONG_ROLE' });
      expect(await refusal(FINANCE_APPROVE_REMEDY, remedy.id, director)).toMatchObject({ code: 'FORBIDDEN', reason: 'REMEDY_WRONG_ROLE' });
      expect(await refusal(CHECK_REMEDY_RECORD, remedy.id, csAdmin)).toMatchObject({ code: 'FORBIDDEN', reason: 'REMEDY_WRONG_ROLE' });
      expect(await refusal(CHECK_REMEDY_RECORD, remedy.id, memberStaff)).toMatchObject({ code: 'FORBIDDEN', reason: 'REMEDY_WRONG_ROLE' });
      // the right people out of order: finance and the member centre before the director
      expect(await refusal(FINANCE_APPROVE_REMEDY, remedy.id, wrongFinance)).toMatchObject({
        code: 'CONFLICT',
        reason: 'REMEDY_WRONG_ORDER',
      });
      expect(await refusal(CHECK_REMEDY_RECORD, remedy.id, checker)).toMatchObject({ code: 'CONFLICT', reason: 'REMEDY_WRONG_ORDER' });
      expect(await remedyRow(remedy.id)).toEqual({
        status: 'PROPOSED',
        approved_by: null,
        finance_approved_by: null,
        record_checked_by: null,
      });
      await ok(APPROVE_REMEDY, { id: remedy.id }, director);
      expect(await refusal(CHECK_REMEDY_RECORD, remedy.id, checker)).toMatchObject({ code: 'CONFLICT', reason: 'REMEDY_WRONG_ORDER' });
      // another director after the director's step: it is taken
      expect(await refusal(APPROVE_REMEDY, remedy.id, staff('OPS_DIRECTOR', 'OPERATIONS', '副院长'))).toMatchObject({
        code: 'CONFLICT',
        reason: 'REMEDY_STEP_TAKEN',
      });
      expect(await remedyRow(remedy.id)).toMatchObject({ status: 'DIRECTOR_APPROVED', finance_approved_by: null, record_checked_by: null });

      const denied = async (who: Caller, expected: number) =>
        eventually(async () => {
          const entries = (await audit.entriesOf(who.id!)).filter((e) => e.outcome === 'DENIED');
          return entries.length >= expected && entries;
        });
      expect(await denied(wrongFinance, 2)).toEqual([
        expect.objectContaining({ operation: 'mutation approveRemedy', targetIds: [remedy.id] }),
        expect.objectContaining({ operation: 'mutation financeApproveRemedy', targetIds: [remedy.id] }),
      ]);
      expect(await denied(checker, 3)).toHaveLength(3);
      expect(await denied(memberStaff, 1)).toEqual([
        expect.objectContaining({ operation: 'mutation checkRemedyRecord', targetIds: [remedy.id] }),
      ]);

      // a remedy the director proposed: the director may not approve it
      const own = (await proposeCredit(director)).remedy;
      expect(await refusal(APPROVE_REMEDY, own.id, director)).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON' });
      expect(await remedyRow(own.id)).toMatchObject({ status: 'PROPOSED', approved_by: null });
      expect(await applied.where((e) => e.remedyId === remedy.id || e.remedyId === own.id)).toHaveLength(0);
    });

    it('lists the remedies waiting at one step, of one kind if asked, with the complaint’s text, to that step’s people only', async () => {
      const { remedy, complaint } = await proposeCredit();
      const node = (page: any, id: string) => page.nodes.find((n: { id: string }) => n.id === id);
      const waitingFor = async (step: string, as: Caller) => {
        const ids: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page: any = (await ok(PENDING_REMEDIES, { step, after }, as)).pendingRemedies;
          for (const node of page.nodes) ids.push(node.id);
          if (node(page, remedy.id))
            expect(node(page, remedy.id)).toMatchObject({ complaint: { id: complaint.id }, complaintText: '收费有误' });
          if (!page.pageInfo.hasNextPage) return ids;
          after = page.pageInfo.endCursor;
        }
      };
      expect(await waitingFor('DIRECTOR', director)).toContain(remedy.id);
      expect(await waitingFor('FINANCE', finance)).not.toContain(remedy.id);
      await ok(APPROVE_REMEDY, { id: remedy.id }, director);
      expect(await waitingFor('DIRECTOR', director)).not.toContain(remedy.id);
      expect(await waitingFor('FINANCE', finance)).toContain(remedy.id);
      const byKind = async (kind: string) =>
        (await ok(PENDING_REMEDIES, { step: 'FINANCE', kind }, finance)).pendingRemedies.nodes.map((n: { id: string }) => n.id);
      expect(await byKind('CREDIT_POINTS')).toContain(remedy.id);
      expect(await byKind('CANCEL_GIFT')).not.toContain(remedy.id);
      const asCs = await crm.request(PENDING_REMEDIES, { step: 'FINANCE' }, undefined, cs);
      expect(asCs.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REMEDY_WRONG_ROLE' });
      const asDirector = await crm.request(PENDING_REMEDIES, { step: 'MEMBER_CENTRE' }, undefined, director);
      expect(asDirector.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REMEDY_WRONG_ROLE' });
    });
  });

  it('summarises the week’s complaints and suggestions by category, severity, department and status, and the weekly job stores it', async () => {
    await receive({ kind: 'SUGGESTION', category: 'WAITING_TIME', severity: 'LOW', departmentCode: 'GUIDE' });
    const today = hospitalDay(new Date());
    const report = (await ok(REPORT, { w: today }, cs)).weeklyOpinionReport;
    const total = await countRows(crm, `select count(*)::int as count from "crm"."complaint"`);
    expect(report).toMatchObject({ weekOf: mondayOf(today), total, suggestions: 1, complaints: total - 1, emergencies: 1 });
    expect(report.byCategory).toContainEqual({ key: 'WAITING_TIME', count: 1 });
    expect(report.byDepartment).toContainEqual({ key: 'GUIDE', count: 1 });
    const sum = (rows: { count: number }[]) => rows.reduce((a, r) => a + r.count, 0);
    for (const rows of [report.byCategory, report.bySeverity, report.byDepartment, report.byStatus]) expect(sum(rows)).toBe(total);
    const lastWeek = (await ok(REPORT, { w: '2020-01-08' }, cs)).weeklyOpinionReport;
    expect(lastWeek).toMatchObject({ weekOf: '2020-01-06', total: 0, byCategory: [] });

    await storeWeeklyOpinionReport(crm.orm.em.fork(), today);
    const stored = await storedOpinionReport(crm.orm.em.fork(), today);
    expect(stored?.report).toMatchObject({ weekOf: mondayOf(today), total });
  });

  it('refuses the weekly report to a guide', async () => {
    const { errors } = await crm.request(REPORT, { w: '2026-11-24' }, undefined, staff('STAFF', 'GUIDE'));
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    void testCallers;
  });
  it('hides the complaint’s description from finance, whose role does not need personal data', async () => {
    const c = await receive({ description: '病历泄露' });
    const { data, errors } = await crm.request(
      `query ($id: ID!) { complaint(id: $id) { id description } }`,
      { id: c.id },
      undefined,
      finance,
    );
    expect(errors).toBeUndefined();
    expect(data.complaint).toEqual({ id: c.id, description: null });
    const asCs = await crm.request(`query ($id: ID!) { complaint(id: $id) { description } }`, { id: c.id }, undefined, cs);
    expect(asCs.data.complaint.description).toBe('病历泄露');
  });
  describe('a refund of a receipt', () => {
    let receiptSeq = 0;
    /** a customer with a dealt visit of `amountFen` on a fresh receipt */
    const dealtCustomer = async (amountFen = 128000) => {
      const customerId = (
        await ok(
          `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
          { input: { name: '退款顾客', phone: freshPhone(), channel: 'PHONE' } },
          testCallers.system,
        )
      ).createCustomer.id as string;
      const visit = (
        await ok(
          `mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }`,
          { input: { customerId, type: 'TREATMENT', departmentCode: 'DENTAL' } },
          staff('STAFF', 'GUIDE'),
        )
      ).registerVisit;
      const receiptNumber = `RF-${Date.now()}-${receiptSeq++}`;
      await ok(
        `mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id } }`,
        { input: { visitId: visit.id, dealt: true, amountFen, receiptNumber } },
        onsite,
      );
      return { customerId, receiptNumber };
    };
    const escalatedFor = async (customerId: string) => {
      const c = await receive({ customerId });
      await step(c.id, 'START_ONSITE');
      for (let i = 0; i < 3; i++) await step(c.id, 'ONSITE_ATTEMPT_FAILED');
      return (await step(c.id, 'CONVENE_CONFERENCE', cs)) as { id: string };
    };
    const proposeRefund = (complaintId: string, amountFen: number, receiptNumber: string, kind = 'REFUND') =>
      crm.request(PROPOSE, { input: { complaintId, kind, resolution: '退还治疗费用', amountFen, receiptNumber } }, undefined, cs);

    it('publishes ConsumptionRefunded for the receipt once, when finance confirms the director’s approval, however many confirm at once', async () => {
      const refunds = await eventProbe<ConsumptionRefundedData>(crm, Events.ConsumptionRefunded);
      const { customerId, receiptNumber } = await dealtCustomer(128000);
      const c = await escalatedFor(customerId);
      expect((await proposeRefund(c.id, 128000, receiptNumber)).errors).toBeUndefined();
      await ok(APPROVE, { id: c.id }, director);
      expect(await refunds.where((d) => d.receiptNumber === receiptNumber)).toEqual([]);
      const confirmers = Array.from({ length: 6 }, (_, i) => staff('FINANCE', 'FINANCE', `财务${i}`));
      const answers = await Promise.all(confirmers.map((f) => crm.request(CONFIRM, { id: c.id }, undefined, f)));
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.filter((a) => a.errors).every((a) => a.errors![0].extensions.code === 'CONFLICT')).toBe(true);
      const published = await refunds.where((d) => d.receiptNumber === receiptNumber);
      expect(published.map((e) => e.data)).toEqual([
        {
          receiptNumber,
          complaintId: c.id,
          customerId,
          amountFen: 128000,
          refundedAt: expect.any(String),
          reason: expect.stringContaining('1280.00'),
        },
      ]);
      const detail = (await ok(`query ($id: ID!) { complaint(id: $id) { status refundReceiptNumber amountFen } }`, { id: c.id }, cs))
        .complaint;
      expect(detail).toEqual({ status: 'FINANCE_CONFIRMED', refundReceiptNumber: receiptNumber, amountFen: 128000 });
    });

    it('publishes no ConsumptionRefunded for a refund without a receipt (part of a receipt) or a rejected one', async () => {
      const refunds = await eventProbe<ConsumptionRefundedData>(crm, Events.ConsumptionRefunded);
      const before = (await refunds.all()).length;
      const c = await refundProposed();
      await ok(APPROVE, { id: c.id }, director);
      await ok(CONFIRM, { id: c.id }, finance);
      const { customerId, receiptNumber } = await dealtCustomer();
      const rejected = await escalatedFor(customerId);
      await proposeRefund(rejected.id, 128000, receiptNumber);
      await ok(`mutation ($id: ID!) { rejectComplaintResolution(complaintId: $id) { status } }`, { id: rejected.id }, director);
      expect((await refunds.all()).length).toBe(before);
    });

    it('refuses a receipt of another customer, a part of a receipt, a receipt with compensation, and a receipt refunded already, writing nothing', async () => {
      const mine = await dealtCustomer(80000);
      const theirs = await dealtCustomer(80000);
      const c = await escalatedFor(mine.customerId);
      const steps = async () => countRows(crm, `select count(*)::int as count from "crm"."complaint_step" where complaint_id = ?`, [c.id]);
      const stepsBefore = await steps();
      expect((await proposeRefund(c.id, 80000, theirs.receiptNumber)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RECEIPT_UNKNOWN',
      });
      expect((await proposeRefund(c.id, 30000, mine.receiptNumber)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RECEIPT_AMOUNT_MISMATCH',
      });
      expect((await proposeRefund(c.id, 80000, mine.receiptNumber, 'COMPENSATION')).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RECEIPT_ONLY_FOR_REFUND',
      });
      expect(await steps()).toBe(stepsBefore);
      expect(
        await countRows(crm, `select count(*)::int as count from "crm"."complaint" where id = ? and refund_receipt_number is not null`, [
          c.id,
        ]),
      ).toBe(0);

      expect((await proposeRefund(c.id, 80000, mine.receiptNumber)).errors).toBeUndefined();
      await ok(APPROVE, { id: c.id }, director);
      await ok(CONFIRM, { id: c.id }, finance);
      const again = await escalatedFor(mine.customerId);
      expect((await proposeRefund(again.id, 80000, mine.receiptNumber)).errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RECEIPT_ALREADY_REFUNDED',
      });
    });
  });
});
