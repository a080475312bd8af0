import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { newId } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { partner, staff } from './support.js';
import { enrolled, MEMBER_CENTRE, rows, type Enrolled } from './membership-support.js';

const SET = `mutation ($id: ID!, $isKey: Boolean!, $owner: ID) { setKeyCustomer(membershipId: $id, isKey: $isKey, ownerStaffId: $owner) { id isKeyCustomer keyCustomerOwnerId } }`;
const LIST = `query ($key: Boolean, $tier: String, $status: MembershipStatus, $search: String) {
  memberships(keyCustomer: $key, tier: $tier, status: $status, search: $search, first: 100) { totalCount nodes { id isKeyCustomer keyCustomerOwnerId tier status } }
}`;
const HISTORY = `query ($id: ID!) { membership(id: $id) { history(first: 5) { nodes { kind fromValue toValue actorId } } } }`;

describe('key customers (重点客户) and the membership filters', () => {
  let db: TestDatabase;
  let members: TestService;
  let vip: Enrolled, gold: Enrolled, plain: Enrolled;
  const owner = newId();
  const list = async (variables: Record<string, unknown>) =>
    (await members.request(LIST, variables, undefined, MEMBER_CENTRE)).data.memberships;

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    vip = await enrolled(members, { tier: 'DIAMOND' });
    gold = await enrolled(members, { tier: 'GOLD' });
    plain = await enrolled(members);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('flags a member as a key customer with the owner named, and records who did it in the history', async () => {
    const { data, errors } = await members.request(SET, { id: vip.id, isKey: true, owner }, undefined, MEMBER_CENTRE);
    expect(errors).toBeUndefined();
    expect(data.setKeyCustomer).toEqual({ id: vip.id, isKeyCustomer: true, keyCustomerOwnerId: owner });
    const history = (await members.request(HISTORY, { id: vip.id }, undefined, MEMBER_CENTRE)).data.membership.history.nodes;
    expect(history[0]).toEqual({ kind: 'KEY_CUSTOMER_SET', fromValue: null, toValue: owner, actorId: MEMBER_CENTRE.id });
  });

  it('makes the caller the owner when none is named', async () => {
    const { data } = await members.request(SET, { id: gold.id, isKey: true }, undefined, MEMBER_CENTRE);
    expect(data.setKeyCustomer).toMatchObject({ isKeyCustomer: true, keyCustomerOwnerId: MEMBER_CENTRE.id });
  });

  it('filters memberships by the key-customer flag, tier and status, together with the card-number search', async () => {
    expect((await list({ key: true })).nodes.map((n: { id: string }) => n.id).sort()).toEqual([vip.id, gold.id].sort());
    expect((await list({ key: false })).nodes.map((n: { id: string }) => n.id)).toEqual([plain.id]);
    expect((await list({ key: true, tier: 'diamond' })).nodes.map((n: { id: string }) => n.id)).toEqual([vip.id]);
    expect((await list({ status: 'ACTIVE', search: plain.cardNumber.slice(-4) })).nodes.map((n: { id: string }) => n.id)).toEqual([
      plain.id,
    ]);
    expect((await list({ status: 'FROZEN' })).totalCount).toBe(0);
  });

  it('clears the flag and its owner, keeping the earlier owner in the history', async () => {
    const { data } = await members.request(SET, { id: gold.id, isKey: false, owner: newId() }, undefined, MEMBER_CENTRE);
    expect(data.setKeyCustomer).toEqual({ id: gold.id, isKeyCustomer: false, keyCustomerOwnerId: null });
    const history = (await members.request(HISTORY, { id: gold.id }, undefined, MEMBER_CENTRE)).data.membership.history.nodes;
    expect(history[0]).toMatchObject({ kind: 'KEY_CUSTOMER_CLEARED', fromValue: MEMBER_CENTRE.id, toValue: null });
  });

  it('asks the system caller, who is not staff, to name an owner', async () => {
    const { errors } = await members.request(SET, { id: plain.id, isKey: true });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerStaffId', reason: 'OWNER_REQUIRED' });
    const bad = await members.request(SET, { id: plain.id, isKey: true, owner: 'someone' }, undefined, MEMBER_CENTRE);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWNER_INVALID' });
  });

  it('refuses the flag to finance, auditors, partners and staff of other departments with FORBIDDEN, and changes nothing', async () => {
    for (const caller of [staff('FINANCE', 'FINANCE'), staff('AUDITOR', 'OPERATIONS'), partner(newId()), staff('STAFF', 'CONSULTATION')]) {
      const { data, errors } = await members.request(SET, { id: plain.id, isKey: true, owner }, undefined, caller);
      expect(data).toBeNull();
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const [row] = await rows<{ is_key_customer: boolean }>(members, `select is_key_customer from "members"."membership" where id = ?`, [
      plain.id,
    ]);
    expect(row!.is_key_customer).toBe(false);
  });
});
