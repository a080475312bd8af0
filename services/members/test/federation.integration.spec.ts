import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { newId } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { createMembersLoaders } from '../src/context.js';
import { knownCustomer, statements } from './support.js';

const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id cardNumber } }`;
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Membership { id cardNumber status customer { id } }
  ... on Customer { id membership { id cardNumber } }
} }`;

describe('members in the supergraph', () => {
  let db: TestDatabase;
  let members: TestService;
  const customers: string[] = [];
  const memberships = new Map<string, { id: string; cardNumber: string }>();

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    for (let i = 0; i < 6; i++) {
      const customerId = await knownCustomer(members);
      customers.push(customerId);
      // every other customer becomes a member
      if (i % 2 === 0) {
        const { data } = await members.request(ENROL, { input: { customerId } });
        memberships.set(customerId, data.enrollMember);
      }
    }
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('resolves Membership references through _entities, null for an unknown id', async () => {
    const [customerId, membership] = [...memberships.entries()][0]!;
    const { data, errors } = await members.request(ENTITIES, {
      reps: [
        { __typename: 'Membership', id: membership.id },
        { __typename: 'Membership', id: newId() },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([{ ...membership, status: 'ACTIVE', customer: { id: customerId } }, null]);
  });

  it('adds membership to crm’s Customer: the card for a member, null for everyone else', async () => {
    const { data, errors } = await members.request(ENTITIES, { reps: customers.map((id) => ({ __typename: 'Customer', id })) });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual(customers.map((id) => ({ id, membership: memberships.get(id) ?? null })));
  });

  it('resolves the memberships of N customers with one SQL statement', async () => {
    members.resetQueries();
    const { data } = await members.request(ENTITIES, { reps: customers.map((id) => ({ __typename: 'Customer', id })) });
    expect(data._entities).toHaveLength(customers.length);
    expect(statements(members.queries)).toHaveLength(1);
    expect(statements(members.queries)[0]).toContain('"members"."membership"');
  });

  it('loads N memberships by customer id with one SQL statement, in key order with null for non-members', async () => {
    const loaders = createMembersLoaders(members.orm.em.fork(), testCallers.director);
    const keys = [...customers, 'not-a-uuid'];
    members.resetQueries();
    const rows = await Promise.all(keys.map((id) => loaders.membershipByCustomerId.load(id)));
    expect(rows.map((row) => row?.id ?? null)).toEqual(keys.map((id) => memberships.get(id)?.id ?? null));
    expect(statements(members.queries)).toHaveLength(1);
  });

  it('loads N memberships by id with one SQL statement, in key order with null for misses', async () => {
    const ids = [...memberships.values()].map((m) => m.id);
    const keys = [ids[1]!, newId(), ids[0]!, ids[2]!];
    const loaders = createMembersLoaders(members.orm.em.fork(), testCallers.director);
    members.resetQueries();
    const rows = await Promise.all(keys.map((id) => loaders.membershipById.load(id)));
    expect(rows.map((row) => row?.id ?? null)).toEqual([ids[1], null, ids[0], ids[2]]);
    expect(statements(members.queries)).toHaveLength(1);
  });
});
