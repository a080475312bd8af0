import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Caller } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { membersService } from '../src/service.js';
import { createMembersLoaders } from '../src/context.js';
import { auditProbe, countRows, customerRegistered, knownCustomer, partner, staff, statements } from './support.js';
import { recordCustomerRegistered } from '../src/modules/known-customer/known-customer.consumer.js';

const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id cardNumber customer { id } } }`;
const GET = `query ($id: ID!) { membership(id: $id) { id cardNumber customer { id } } }`;
const LIST = `query ($search: String) { memberships(search: $search, first: 100) { totalCount nodes { id } } }`;
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Membership { id cardNumber }
  ... on Customer { id membership { id } }
} }`;

const KEY_ACCOUNT_A = newId();
const KEY_ACCOUNT_B = newId();

interface Enrolled {
  id: string;
  cardNumber: string;
  customer: { id: string };
}

describe('members access: roles, departments, audit and partner rows', () => {
  let db: TestDatabase;
  let members: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const membershipsOf = (customerId: string) =>
    countRows(members, `select count(*)::int as count from "members"."membership" where customer_id = ?`, [customerId]);
  const enrol = async (customerId: string, as: Caller = testCallers.system): Promise<Enrolled> => {
    const { data, errors } = await members.request(ENROL, { input: { customerId } }, undefined, as);
    expect(errors).toBeUndefined();
    return data.enrollMember;
  };

  // members of two partner organisations, a walk-in member, and one known before key accounts existed
  let a1: Enrolled, a2: Enrolled, b1: Enrolled, walkIn: Enrolled, legacy: Enrolled;

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    audit = await auditProbe(members);
    a1 = await enrol(await knownCustomer(members, KEY_ACCOUNT_A));
    a2 = await enrol(await knownCustomer(members, KEY_ACCOUNT_A));
    b1 = await enrol(await knownCustomer(members, KEY_ACCOUNT_B));
    walkIn = await enrol(await knownCustomer(members));
    // a CustomerRegistered published before the event carried keyAccountId
    const old = customerRegistered();
    delete (old.data as Partial<typeof old.data>).keyAccountId;
    await recordCustomerRegistered(members.orm.em, old);
    legacy = await enrol(old.data.customerId);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  describe('who may call which field', () => {
    it('answers UNAUTHENTICATED to an anonymous caller on every root field, and writes nothing', async () => {
      const customerId = await knownCustomer(members);
      const anonymous = testCallers.anonymous;
      const calls = [
        members.request(GET, { id: a1.id }, undefined, anonymous),
        members.request(LIST, {}, undefined, anonymous),
        members.request(ENROL, { input: { customerId } }, undefined, anonymous),
        members.request(ENTITIES, { reps: [{ __typename: 'Membership', id: a1.id }] }, undefined, anonymous),
        members.request(ENTITIES, { reps: [{ __typename: 'Customer', id: a1.customer.id }] }, undefined, anonymous),
      ];
      for (const { data, errors } of await Promise.all(calls)) {
        expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(data ?? null)).not.toContain(a1.id);
      }
      expect(await membershipsOf(customerId)).toBe(0);
    });

    it('refuses enrolment to finance, auditors and partners with FORBIDDEN, writes nothing and records the denial', async () => {
      for (const caller of [staff('FINANCE', 'FINANCE'), staff('AUDITOR', 'OPERATIONS'), partner(KEY_ACCOUNT_A)]) {
        const customerId = await knownCustomer(members, KEY_ACCOUNT_A);
        const { data, errors } = await members.request(ENROL, { input: { customerId } }, undefined, caller);
        expect(data).toBeNull();
        expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
        expect(await membershipsOf(customerId)).toBe(0);
        const entries = await eventually(async () => {
          const found = await audit.entriesOf(caller.id!);
          return found.length > 0 && found;
        });
        expect(entries).toEqual([expect.objectContaining({ operation: 'mutation enrollMember', outcome: 'DENIED', service: 'members' })]);
      }
    });

    it('refuses enrolment to staff and department admins outside the member centre and customer service, and records the denial', async () => {
      for (const caller of [
        staff('STAFF', 'CONSULTATION'),
        staff('DEPT_ADMIN', 'FINANCE'),
        { kind: 'staff', id: newId(), role: 'STAFF' } as Caller,
      ]) {
        const customerId = await knownCustomer(members);
        const { data, errors } = await members.request(ENROL, { input: { customerId, tier: 'GOLD' } }, undefined, caller);
        expect(data).toBeNull();
        expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
        expect(await membershipsOf(customerId)).toBe(0);
        const [entry, ...rest] = await eventually(async () => {
          const found = await audit.entriesOf(caller.id!);
          return found.length > 0 && found;
        });
        expect(rest).toEqual([]);
        expect(entry).toMatchObject({
          operation: 'mutation enrollMember',
          outcome: 'DENIED',
          targetType: 'Membership',
          department: caller.department ?? null,
        });
        expect(entry!.reason).toContain('MEMBER_CENTRE');
      }
    });

    it('lets member-centre staff, customer-service admins and the director enrol, and records each enrolment as a change', async () => {
      for (const caller of [
        staff('STAFF', 'MEMBER_CENTRE'),
        staff('DEPT_ADMIN', 'CUSTOMER_SERVICE'),
        staff('OPS_DIRECTOR', 'OPERATIONS'),
      ]) {
        const customerId = await knownCustomer(members);
        const enrolled = await enrol(customerId, caller);
        expect(await audit.entriesOf(caller.id!)).toEqual([
          expect.objectContaining({
            operation: 'mutation enrollMember',
            outcome: 'SUCCESS',
            targetType: 'Membership',
            targetIds: [enrolled.id],
            customerIds: [customerId],
            fields: expect.arrayContaining(['cardNumber', 'customerId', 'tier']),
            role: caller.role,
          }),
        ]);
      }
    });

    it('records no change for an enrolment that fails', async () => {
      const caller = staff('STAFF', 'MEMBER_CENTRE');
      const { errors } = await members.request(ENROL, { input: { customerId: a1.customer.id } }, undefined, caller);
      expect(errors?.[0].extensions.code).toBe('CONFLICT');
      expect(await audit.entriesOf(caller.id!)).toEqual([]);
    });

    it('lets every staff role and partners read memberships', async () => {
      for (const caller of [
        testCallers.director,
        testCallers.csAdmin,
        testCallers.csStaff,
        testCallers.finance,
        testCallers.auditor,
        partner(KEY_ACCOUNT_A),
      ]) {
        const { data, errors } = await members.request(GET, { id: a1.id }, undefined, caller);
        expect(errors).toBeUndefined();
        expect(data.membership).toEqual(a1);
      }
    });
  });

  describe('partners see only their own people’s memberships', () => {
    it('partner A reading partner B’s member with an alias gets NOT_FOUND on that path and A’s data on the other', async () => {
      const { data, errors } = await members.request(
        `query ($a: ID!, $b: ID!) { a: membership(id: $a) { id } b: membership(id: $b) { id } }`,
        { a: a1.id, b: b1.id },
        undefined,
        partner(KEY_ACCOUNT_A),
      );
      expect(data).toEqual({ a: { id: a1.id }, b: null });
      expect(errors).toHaveLength(1);
      expect(errors![0].path).toEqual(['b']);
      expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MEMBERSHIP_NOT_FOUND' });
    });

    it('answers NOT_FOUND for walk-in members and members known from before key accounts, which staff still see', async () => {
      for (const target of [walkIn, legacy]) {
        const { data, errors } = await members.request(GET, { id: target.id }, undefined, partner(KEY_ACCOUNT_A));
        expect(data.membership).toBeNull();
        expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
        const asStaff = await members.request(GET, { id: target.id }, undefined, testCallers.csStaff);
        expect(asStaff.data.membership.id).toBe(target.id);
      }
    });

    it('lists and counts only the partner’s own people, searches included', async () => {
      const { data } = await members.request(LIST, {}, undefined, partner(KEY_ACCOUNT_A));
      expect(data.memberships).toEqual({ totalCount: 2, nodes: [{ id: a2.id }, { id: a1.id }] });
      const search = await members.request(LIST, { search: b1.cardNumber }, undefined, partner(KEY_ACCOUNT_A));
      expect(search.data.memberships).toEqual({ totalCount: 0, nodes: [] });
      const own = await members.request(LIST, { search: b1.cardNumber }, undefined, partner(KEY_ACCOUNT_B));
      expect(own.data.memberships).toEqual({ totalCount: 1, nodes: [{ id: b1.id }] });
      const staffList = await members.request(LIST, {}, undefined, testCallers.auditor);
      expect(staffList.data.memberships.totalCount).toBeGreaterThanOrEqual(5);
    });

    it('resolves another partner’s Membership references to null', async () => {
      const reps = [a1, b1, walkIn, a2].map(({ id }) => ({ __typename: 'Membership', id }));
      const { data, errors } = await members.request(ENTITIES, { reps }, undefined, partner(KEY_ACCOUNT_A));
      expect(errors).toBeUndefined();
      expect(data._entities).toEqual([{ id: a1.id, cardNumber: a1.cardNumber }, null, null, { id: a2.id, cardNumber: a2.cardNumber }]);
    });

    it('gives Customer.membership only for the partner’s own people', async () => {
      const reps = [a1, b1, walkIn].map(({ customer }) => ({ __typename: 'Customer', id: customer.id }));
      const { data, errors } = await members.request(ENTITIES, { reps }, undefined, partner(KEY_ACCOUNT_B));
      expect(errors).toBeUndefined();
      expect(data._entities).toEqual([
        { id: a1.customer.id, membership: null },
        { id: b1.customer.id, membership: { id: b1.id } },
        { id: walkIn.customer.id, membership: null },
      ]);
    });

    it('shows a key account with no people nothing, and refuses an API key linked to no key account', async () => {
      const empty = await members.request(LIST, {}, undefined, partner(newId()));
      expect(empty.data.memberships).toEqual({ totalCount: 0, nodes: [] });
      const unlinked = await members.request(GET, { id: a1.id }, undefined, partner(undefined));
      expect(unlinked.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const notAnId = await members.request(GET, { id: a1.id }, undefined, partner('ACME'));
      expect(notAnId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('never serves one partner’s cached row to another: the same id in sequence', async () => {
      const answers = [];
      for (const caller of [
        partner(KEY_ACCOUNT_A),
        partner(KEY_ACCOUNT_B),
        partner(KEY_ACCOUNT_A),
        testCallers.finance,
        partner(KEY_ACCOUNT_B),
      ]) {
        const { data, errors } = await members.request(GET, { id: a1.id }, undefined, caller);
        answers.push(data?.membership?.id ?? errors?.[0].extensions.code);
      }
      expect(answers).toEqual([a1.id, 'NOT_FOUND', a1.id, a1.id, 'NOT_FOUND']);
    });

    it('two partners loading the same id concurrently never see each other’s data', async () => {
      const query = `query ($id: ID!, $customer: _Any!) {
        membership(id: $id) { id cardNumber }
        _entities(representations: [$customer]) { ... on Customer { membership { id } } }
      }`;
      const variables = { id: a1.id, customer: { __typename: 'Customer', id: a1.customer.id } };
      const callers = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? partner(KEY_ACCOUNT_A, '甲') : partner(KEY_ACCOUNT_B, '乙')));
      const results = await Promise.all(callers.map((caller) => members.request(query, variables, undefined, caller)));
      results.forEach(({ data, errors }, i) => {
        if (i % 2 === 0) {
          expect(errors).toBeUndefined();
          expect(data).toEqual({ membership: { id: a1.id, cardNumber: a1.cardNumber }, _entities: [{ membership: { id: a1.id } }] });
        } else {
          expect(data).toEqual({ membership: null, _entities: [{ membership: null }] });
          expect(errors?.map((e: { path: string[]; extensions: { code: string } }) => [e.path, e.extensions.code])).toEqual([
            [['membership'], 'NOT_FOUND'],
          ]);
        }
      });
    });

    it('loads N memberships for a partner with one SQL statement, null for everyone outside its key account', async () => {
      const loaders = createMembersLoaders(members.orm.em.fork(), partner(KEY_ACCOUNT_A));
      const keys = [a2.id, b1.id, 'not-an-id', a1.id, walkIn.id, legacy.id];
      members.resetQueries();
      const rows = await Promise.all(keys.map((id) => loaders.membershipById.load(id)));
      expect(rows.map((row) => row?.id ?? null)).toEqual([a2.id, null, null, a1.id, null, null]);
      expect(statements(members.queries)).toHaveLength(1);
      const byCustomer = await Promise.all([a1, b1].map((m) => loaders.membershipByCustomerId.load(m.customer.id)));
      expect(byCustomer.map((row) => row?.id ?? null)).toEqual([a1.id, null]);
    });
  });
});
