import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { newId, type Caller } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { auditProbe, staff } from './support.js';
import { centreAdmin, desk, enrolMember, expectConsistentLedger, key, ledgerOf, record } from './points-support.js';

const REQUEST = `mutation ($input: RequestPointsAdjustmentInput!) {
  requestPointsAdjustment(input: $input) { id points reason responsibleDepartment responsibleStaffId status requestedBy }
}`;
const APPROVE = `mutation ($id: ID!) { approvePointsAdjustment(id: $id) { id status decidedBy entryId } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectPointsAdjustment(id: $id, reason: $reason) { id status decidedBy rejectionReason } }`;
const LIST = `query ($status: PointsAdjustmentStatus, $membershipId: ID) { pointsAdjustments(status: $status, membershipId: $membershipId) { totalCount nodes { id status } } }`;

describe('points adjustments: asked for with a reason and responsibility, approved by someone else', () => {
  let db: TestDatabase;
  let members: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const ask = async (membershipId: string, points: number, as: Caller = desk) => {
    const input = {
      membershipId,
      points,
      reason: '积分漏积, 补录',
      responsibleDepartment: 'customer_service',
      responsibleStaffId: newId(),
      idempotencyKey: key(),
    };
    return members.request(REQUEST, { input }, undefined, as);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    audit = await auditProbe(members);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('writes nothing to the ledger until the member-centre admin approves, then one ADJUST entry by the approver', async () => {
    const member = await enrolMember(members);
    const asked = await ask(member.id, 120);
    expect(asked.data.requestPointsAdjustment).toMatchObject({
      points: 120,
      status: 'PENDING',
      responsibleDepartment: 'CUSTOMER_SERVICE',
      requestedBy: desk.id,
    });
    expect((await ledgerOf(members, member.id)).entries).toHaveLength(0);
    const approved = await members.request(APPROVE, { id: asked.data.requestPointsAdjustment.id }, undefined, centreAdmin);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approvePointsAdjustment).toMatchObject({ status: 'APPROVED', decidedBy: centreAdmin.id });
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.entries).toEqual([
      expect.objectContaining({
        id: approved.data.approvePointsAdjustment.entryId,
        kind: 'ADJUST',
        points: 120,
        operator_id: centreAdmin.id,
      }),
    ]);
    expect(ledger.entries[0]!.reason).toContain('积分漏积');
    // the responsible department stays on the adjustment, not as a code in the ledger's words
    expect(ledger.entries[0]!.reason).not.toContain('CUSTOMER_SERVICE');
  });

  it('refuses the requester approving or rejecting their own adjustment with FORBIDDEN SAME_PERSON, and audits the attempt', async () => {
    const member = await enrolMember(members);
    const admin = staff('DEPT_ADMIN', 'MEMBER_CENTRE');
    const asked = await ask(member.id, 10, admin);
    const id = asked.data.requestPointsAdjustment.id;
    for (const [query, vars] of [
      [APPROVE, { id }],
      [REJECT, { id, reason: 'no' }],
    ] as const) {
      const { data, errors } = await members.request(query, vars, undefined, admin);
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON' });
    }
    expect((await ledgerOf(members, member.id)).entries).toHaveLength(0);
    const denied = await eventually(async () => {
      const found = (await audit.entriesOf(admin.id!)).filter((e) => e.outcome === 'DENIED');
      return found.length === 2 && found;
    });
    expect(denied.map((e) => e.operation).sort()).toEqual(['mutation approvePointsAdjustment', 'mutation rejectPointsAdjustment']);
  });

  it('lets only the member-centre admin or the director decide', async () => {
    const member = await enrolMember(members);
    const id = (await ask(member.id, 5)).data.requestPointsAdjustment.id;
    const byRole = await members.request(APPROVE, { id }, undefined, testCallers.csStaff);
    expect(byRole.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const byDepartment = await members.request(APPROVE, { id }, undefined, testCallers.csAdmin);
    expect(byDepartment.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    const byDirector = await members.request(APPROVE, { id }, undefined, testCallers.director);
    expect(byDirector.data.approvePointsAdjustment.status).toBe('APPROVED');
  });

  it('approves a debit only within the balance: beyond it CONFLICT INSUFFICIENT_POINTS and the adjustment stays PENDING', async () => {
    const member = await enrolMember(members);
    await record(members, member.id, 30_00);
    const id = (await ask(member.id, -50)).data.requestPointsAdjustment.id;
    const refused = await members.request(APPROVE, { id }, undefined, centreAdmin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS', balance: 30, needed: 50 });
    const pending = await members.request(LIST, { membershipId: member.id }, undefined, desk);
    expect(pending.data.pointsAdjustments.nodes).toEqual([{ id, status: 'PENDING' }]);
    const smaller = (await ask(member.id, -30)).data.requestPointsAdjustment.id;
    await members.request(APPROVE, { id: smaller }, undefined, centreAdmin);
    expect((await expectConsistentLedger(members, member.id)).balance).toBe(0);
  });

  it('writes one entry however often an approval is repeated, and refuses deciding a decided adjustment again', async () => {
    const member = await enrolMember(members);
    const id = (await ask(member.id, 7)).data.requestPointsAdjustment.id;
    const approvals = await Promise.all(Array.from({ length: 5 }, () => members.request(APPROVE, { id }, undefined, centreAdmin)));
    for (const a of approvals) expect(a.data.approvePointsAdjustment.status).toBe('APPROVED');
    expect((await ledgerOf(members, member.id)).entries).toHaveLength(1);
    const rejected = await members.request(REJECT, { id, reason: 'late' }, undefined, testCallers.director);
    expect(rejected.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADJUSTMENT_ALREADY_DECIDED' });
  });

  it('rejects with a reason and leaves the ledger alone; the queue filters by status', async () => {
    const member = await enrolMember(members);
    const id = (await ask(member.id, 99)).data.requestPointsAdjustment.id;
    const rejected = await members.request(REJECT, { id, reason: '证据不足' }, undefined, centreAdmin);
    expect(rejected.data.rejectPointsAdjustment).toMatchObject({
      status: 'REJECTED',
      rejectionReason: '证据不足',
      decidedBy: centreAdmin.id,
    });
    expect((await ledgerOf(members, member.id)).entries).toHaveLength(0);
    const queue = await members.request(LIST, { status: 'REJECTED' }, undefined, testCallers.finance);
    expect(queue.data.pointsAdjustments.nodes.map((n: { id: string }) => n.id)).toContain(id);
    expect(queue.data.pointsAdjustments.nodes.every((n: { status: string }) => n.status === 'REJECTED')).toBe(true);
  });

  it('refuses an adjustment without a reason, of zero points or without a responsible staff id, and one asked for outside the member desks', async () => {
    const member = await enrolMember(members);
    const base = {
      membershipId: member.id,
      points: 10,
      reason: 'r',
      responsibleDepartment: 'CUSTOMER_SERVICE',
      responsibleStaffId: newId(),
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ reason: '  ' }, 'reason'],
      [{ points: 0 }, 'points'],
      [{ responsibleStaffId: 'someone' }, 'responsibleStaffId'],
      [{ responsibleDepartment: '客服部' }, 'responsibleDepartment'],
    ];
    for (const [override, field] of cases) {
      const { errors } = await members.request(REQUEST, { input: { ...base, ...override, idempotencyKey: key() } }, undefined, desk);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const outside = await ask(member.id, 10, staff('STAFF', 'CONSULTATION'));
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
  });
});
