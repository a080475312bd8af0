import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { newId } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { knownCustomer } from './support.js';

const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id cardNumber customer { id } } }`;
const GET = `query ($id: ID!) { membership(id: $id) { id cardNumber tier status customer { id } } }`;
const LIST = `query ($search: String, $first: Int, $after: String) {
  memberships(search: $search, first: $first, after: $after) { totalCount nodes { id cardNumber } pageInfo { hasNextPage endCursor } }
}`;
/** what LIST answers */
interface MembershipPage {
  memberships: {
    totalCount: number;
    nodes: { id: string; cardNumber: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('reading memberships over GraphQL', () => {
  let db: TestDatabase;
  let members: TestService;
  const enrolled: { id: string; cardNumber: string; customer: { id: string } }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    for (let i = 0; i < 5; i++) {
      const { data } = await members.request(ENROL, { input: { customerId: await knownCustomer(members) } });
      enrolled.push(data.enrollMember);
    }
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('returns one membership by id with its customer reference', async () => {
    const target = enrolled[2]!;
    const { data, errors } = await members.request(GET, { id: target.id });
    expect(errors).toBeUndefined();
    expect(data.membership).toEqual({
      id: target.id,
      cardNumber: target.cardNumber,
      tier: 'ORDINARY',
      status: 'ACTIVE',
      customer: target.customer,
    });
  });

  it('answers NOT_FOUND for a membership id that does not exist, and for one that is not an id at all', async () => {
    for (const id of [newId(), 'M00000001']) {
      const { data, errors } = await members.request(GET, { id });
      expect(data.membership).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MEMBERSHIP_NOT_FOUND' });
    }
  });

  it('lists memberships newest first with the total', async () => {
    const { data } = await members.request(LIST, {});
    expect(data.memberships.totalCount).toBe(5);
    expect(data.memberships.nodes.map((n: { id: string }) => n.id)).toEqual(enrolled.map((m) => m.id).reverse());
  });

  it('finds a membership by a fragment of its card number, in any case', async () => {
    const target = enrolled[3]!;
    const { data } = await members.request(LIST, { search: target.cardNumber.toLowerCase() });
    expect(data.memberships.nodes).toEqual([{ id: target.id, cardNumber: target.cardNumber }]);
    const byDigits = await members.request(LIST, { search: target.cardNumber.slice(-3) });
    expect(byDigits.data.memberships.nodes.map((n: { id: string }) => n.id)).toContain(target.id);
    const none = await members.request(LIST, { search: 'X%' });
    expect(none.data.memberships).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('pages with a cursor without repeating or skipping anyone', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data = (await members.request(LIST, { first: 2, after })).data as MembershipPage;
      seen.push(...data.memberships.nodes.map((n) => n.id));
      if (!data.memberships.pageInfo.hasNextPage) break;
      after = data.memberships.pageInfo.endCursor;
    }
    expect(seen).toEqual(enrolled.map((m) => m.id).reverse());
  });

  it('refuses a page size of zero and a cursor it did not issue with BAD_USER_INPUT', async () => {
    const zero = await members.request(LIST, { first: 0 });
    expect(zero.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const cursor = await members.request(LIST, { after: 'M00000001' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
