import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { newId } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { knownCustomer } from './support.js';
import { MEMBER_CENTRE, rows } from './membership-support.js';

const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id joinedAt history(first: 5) { nodes { kind reason fromValue actorId } } } }`;

describe('retroactive enrolment (补办会员) over GraphQL', () => {
  let db: TestDatabase;
  let members: TestService;
  /** a receipt recorded while the customer was not a member: no membership, no points */
  const paidBefore = (customerId: string, yuan: number, occurredAt: string, status = 'RECORDED') =>
    rows(
      members,
      `insert into "members"."consumption" (id, receipt_number, customer_id, membership_id, amount_fen, occurred_at, source, points_earned, bonus_points, status, created_at)
       values (?, ?, ?, null, ?, ?, 'DEAL', 0, 0, ?, now())`,
      [newId(), `R-${newId()}`, customerId, Math.round(yuan * 100), occurredAt, status],
    );
  const earned = (membershipId: string) =>
    rows<{ kind: string; points: number; receipt_number: string }>(
      members,
      `select kind, points, receipt_number from "members"."points_entry" where membership_id = ? order by seq`,
      [membershipId],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('back-dates the membership and earns the points of every consumption since then, once, recording why', async () => {
    const customerId = await knownCustomer(members);
    await paidBefore(customerId, 300, '2026-01-05T03:00:00Z'); // before the date it should have started
    await paidBefore(customerId, 1280.5, '2026-03-02T03:00:00Z');
    await paidBefore(customerId, 800, '2026-05-20T03:00:00Z');
    await paidBefore(customerId, 999, '2026-06-01T03:00:00Z', 'REFUNDED');
    const { data, errors } = await members.request(
      ENROL,
      { input: { customerId, joinedAt: '2026-03-01T00:00:00.000Z', reason: '投诉 C-1024: 未主动介绍会员制度' } },
      undefined,
      MEMBER_CENTRE,
    );
    expect(errors).toBeUndefined();
    expect(data.enrollMember.joinedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(data.enrollMember.history.nodes[0]).toMatchObject({
      kind: 'ENROLLED',
      reason: '投诉 C-1024: 未主动介绍会员制度',
      fromValue: '2026-03-01T00:00:00.000Z',
      actorId: MEMBER_CENTRE.id,
    });
    const entries = await earned(data.enrollMember.id);
    // ORDINARY earns 1 point per yuan (× 1.00), whole points
    expect(entries.map((e) => [e.kind, e.points])).toEqual([
      ['EARN', 1280],
      ['EARN', 800],
    ]);
    const linked = await rows<{ n: number }>(members, `select count(*)::int as n from "members"."consumption" where membership_id = ?`, [
      data.enrollMember.id,
    ]);
    expect(linked[0]!.n).toBe(2);
  });

  it('earns nothing for an enrolment as of now', async () => {
    const customerId = await knownCustomer(members);
    await paidBefore(customerId, 500, new Date(Date.now() - 86_400_000).toISOString());
    const { data } = await members.request(ENROL, { input: { customerId } }, undefined, MEMBER_CENTRE);
    expect(await earned(data.enrollMember.id)).toEqual([]);
  });
});
