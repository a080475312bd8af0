import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { MembershipEvents, newId, type MemberDeveloperChangedData } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { auditProbe, partner, staff } from './support.js';
import { enrolled, eventProbe, MEMBER_CENTRE, rows } from './membership-support.js';

const SET = `mutation ($id: ID!, $developer: ID) { setMemberDeveloper(membershipId: $id, developerId: $developer) { id developerId } }`;
const HISTORY = `query ($id: ID!) { membership(id: $id) { developerId history(first: 5) { nodes { kind fromValue toValue actorId } } } }`;

describe('开发人: a member’s developing specialist (issue 20)', () => {
  let db: TestDatabase;
  let members: TestService;
  const admin = { ...staff('DEPT_ADMIN', 'MEMBER_CENTRE', '会员中心主任'), id: newId() };
  const specialist = { ...MEMBER_CENTRE, id: newId() };

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('makes the member specialist who enrols a member their developer; a manager or the system enrolling sets none', async () => {
    const bySpecialist = await enrolled(members, { as: specialist });
    const byAdmin = await enrolled(members, { as: admin });
    const bySystem = await enrolled(members);
    const developer = async (id: string) => (await members.request(HISTORY, { id }, undefined, admin)).data.membership.developerId;
    expect(await developer(bySpecialist.id)).toBe(specialist.id);
    expect(await developer(byAdmin.id)).toBeNull();
    expect(await developer(bySystem.id)).toBeNull();
  });

  it('lets the member admin change the developer: recorded in the history, published once and audited', async () => {
    const probe = await eventProbe<MemberDeveloperChangedData>(members, MembershipEvents.MemberDeveloperChanged);
    const audit = await auditProbe(members);
    const m = await enrolled(members, { as: specialist });
    const next = newId();
    const { data, errors } = await members.request(SET, { id: m.id, developer: next }, undefined, admin);
    expect(errors).toBeUndefined();
    expect(data.setMemberDeveloper).toEqual({ id: m.id, developerId: next });
    // the same developer again changes nothing and publishes nothing
    expect((await members.request(SET, { id: m.id, developer: next.toUpperCase() }, undefined, admin)).errors).toBeUndefined();
    const read = (await members.request(HISTORY, { id: m.id }, undefined, admin)).data.membership;
    expect(read.developerId).toBe(next);
    expect(read.history.nodes[0]).toEqual({ kind: 'DEVELOPER_CHANGED', fromValue: specialist.id, toValue: next, actorId: admin.id });
    const published = (await probe.published()).filter((e) => e.membershipId === m.id);
    expect(published).toEqual([
      expect.objectContaining({ membershipId: m.id, customerId: m.customerId, developerId: next, previousDeveloperId: specialist.id }),
    ]);
    expect(await audit.entriesOf(admin.id)).toEqual([
      expect.objectContaining({
        operation: 'mutation setMemberDeveloper',
        outcome: 'SUCCESS',
        targetIds: [m.id],
        fields: ['developerId'],
        customerIds: [m.customerId],
      }),
    ]);
    // and clears it
    const cleared = await members.request(SET, { id: m.id, developer: null }, undefined, admin);
    expect(cleared.data.setMemberDeveloper.developerId).toBeNull();
  });

  it('refuses anyone but the member admin with FORBIDDEN, and a developer that is not a staff id with BAD_USER_INPUT; nothing is written', async () => {
    const m = await enrolled(members, { as: specialist });
    for (const caller of [specialist, staff('DEPT_ADMIN', 'CONSULTATION'), staff('FINANCE', 'FINANCE'), partner(newId())]) {
      const { data, errors } = await members.request(SET, { id: m.id, developer: newId() }, undefined, caller);
      expect(data).toBeNull();
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const bad = await members.request(SET, { id: m.id, developer: 'someone' }, undefined, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'developerId', reason: 'DEVELOPER_INVALID' });
    const missing = await members.request(SET, { id: newId(), developer: newId() }, undefined, admin);
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [row] = await rows<{ developer_id: string | null }>(members, `select developer_id from "members"."membership" where id = ?`, [
      m.id,
    ]);
    expect(row!.developer_id).toBe(specialist.id);
  });
});
