import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { identityService } from '../src/service.js';
import { createIdentityLoaders } from '../src/context.js';
import { statements } from './sql.js';

const CREATE = `mutation ($input: CreateStaffInput!) {
  createStaff(input: $input) { id name departmentCode position role active department { code name nameEn } }
}`;
const GET = `query ($id: ID!) { staff(id: $id) { id name position role active department { code name } } }`;
const LIST = `query ($first: Int, $after: String, $departmentCode: String, $search: String) {
  staffMembers(first: $first, after: $after, departmentCode: $departmentCode, search: $search) {
    totalCount nodes { id name departmentCode department { code nameEn } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('identity staff over GraphQL', () => {
  let db: TestDatabase;
  let identity: TestService;
  const staffCount = async (): Promise<number> => {
    const rows = await identity.orm.em.getConnection().execute<{ count: number }[]>(`select count(*)::int as count from "identity"."staff"`);
    return rows[0]!.count;
  };
  const create = (input: Record<string, unknown>) => identity.request(CREATE, { input });

  beforeAll(async () => {
    db = await createTestDatabase();
    identity = await startTestService(identityService, db.url);
  });
  afterAll(async () => {
    await identity?.stop();
    await db?.drop();
  });

  it('adds a staff member, active and with the STAFF role by default, and resolves the department', async () => {
    const { data, errors } = await create({ name: ' 周会员 ', departmentCode: 'MEMBER_CENTRE', position: 'member_specialist' });
    expect(errors).toBeUndefined();
    expect(data.createStaff).toMatchObject({
      name: '周会员',
      departmentCode: 'MEMBER_CENTRE',
      position: 'MEMBER_SPECIALIST',
      role: 'STAFF',
      active: true,
      department: { code: 'MEMBER_CENTRE', name: '会员中心', nameEn: 'Member Centre' },
    });
  });

  it('keeps the role the caller gives', async () => {
    const { data } = await create({ name: '吴总监', departmentCode: 'OPERATIONS', position: 'OPS_DIRECTOR', role: 'OPS_DIRECTOR' });
    expect(data.createStaff.role).toBe('OPS_DIRECTOR');
  });

  it('refuses an unknown department with BAD_USER_INPUT on departmentCode and writes nothing', async () => {
    const before = await staffCount();
    const { data, errors } = await create({ name: '郑某', departmentCode: 'SURGERY', position: 'NURSE' });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentCode', reason: 'DEPARTMENT_UNKNOWN' });
    expect(await staffCount()).toBe(before);
  });

  it('refuses a position that is not a code with BAD_USER_INPUT on position and writes nothing', async () => {
    const before = await staffCount();
    const { errors } = await create({ name: '郑某', departmentCode: 'GUIDE', position: '导医' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position' });
    expect(await staffCount()).toBe(before);
  });

  it('refuses an empty name with BAD_USER_INPUT on name and writes nothing', async () => {
    const before = await staffCount();
    const { errors } = await create({ name: '  ', departmentCode: 'GUIDE', position: 'GUIDE' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await staffCount()).toBe(before);
  });

  it('returns one staff member by id with the department', async () => {
    const created = await create({ name: '钱导医', departmentCode: 'GUIDE', position: 'GUIDE' });
    const { data, errors } = await identity.request(GET, { id: created.data.createStaff.id });
    expect(errors).toBeUndefined();
    expect(data.staff).toEqual({
      id: created.data.createStaff.id,
      name: '钱导医',
      position: 'GUIDE',
      role: 'STAFF',
      active: true,
      department: { code: 'GUIDE', name: '导医' },
    });
  });

  it('answers NOT_FOUND for a staff id that does not exist, and for one that is not an id at all', async () => {
    for (const id of ['01900000-0000-7000-8000-000000000000', 'not-a-uuid']) {
      const { data, errors } = await identity.request(GET, { id });
      expect(data.staff).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'STAFF_NOT_FOUND' });
    }
  });

  it('filters staff by department and by name fragment', async () => {
    await create({ name: '孙财务', departmentCode: 'FINANCE', position: 'ACCOUNTANT', role: 'FINANCE' });
    await create({ name: '李财务', departmentCode: 'FINANCE', position: 'CASHIER', role: 'FINANCE' });
    const finance = await identity.request(LIST, { departmentCode: 'finance' });
    expect(finance.data.staffMembers.totalCount).toBe(2);
    expect(finance.data.staffMembers.nodes.map((n: { name: string }) => n.name)).toEqual(['李财务', '孙财务']);
    const bySearch = await identity.request(LIST, { search: '孙' });
    expect(bySearch.data.staffMembers.nodes.map((n: { name: string }) => n.name)).toEqual(['孙财务']);
    const both = await identity.request(LIST, { departmentCode: 'GUIDE', search: '财务' });
    expect(both.data.staffMembers).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('pages with a cursor without repeating or skipping anyone', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: { data?: any } = await identity.request(LIST, { first: 2, after });
      seen.push(...data.staffMembers.nodes.map((n: { id: string }) => n.id));
      if (!data.staffMembers.pageInfo.hasNextPage) break;
      after = data.staffMembers.pageInfo.endCursor;
    }
    const all = await identity.request(LIST, { first: 100 });
    expect(seen).toEqual(all.data.staffMembers.nodes.map((n: { id: string }) => n.id));
    expect(seen).toHaveLength(all.data.staffMembers.totalCount);
  });

  it('refuses a page size over 100 and a cursor it did not issue with BAD_USER_INPUT', async () => {
    const big = await identity.request(LIST, { first: 101 });
    expect(big.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const cursor = await identity.request(LIST, { after: 'garbage' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('resolves the departments of a whole page of staff with one department query', async () => {
    identity.resetQueries();
    const { data } = await identity.request(LIST, { first: 100 });
    expect(data.staffMembers.nodes.length).toBeGreaterThan(3);
    expect(data.staffMembers.nodes.every((n: { departmentCode: string; department: { code: string } }) => n.department.code === n.departmentCode)).toBe(true);
    expect(statements(identity.queries).filter((sql) => sql.includes('"identity"."department"'))).toHaveLength(1);
  });

  it('resolves Staff references for the gateway through _entities, null for an unknown id', async () => {
    const created = await create({ name: '冯客服', departmentCode: 'CUSTOMER_SERVICE', position: 'CS_SPECIALIST' });
    const { data, errors } = await identity.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { id name department { code } } } }`,
      {
        reps: [
          { __typename: 'Staff', id: created.data.createStaff.id },
          { __typename: 'Staff', id: '01900000-0000-7000-8000-000000000000' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([{ id: created.data.createStaff.id, name: '冯客服', department: { code: 'CUSTOMER_SERVICE' } }, null]);
  });

  it('loads N staff by id with one SQL statement, in key order with null for misses', async () => {
    const { data } = await identity.request(LIST, { first: 3 });
    const ids: string[] = data.staffMembers.nodes.map((n: { id: string }) => n.id);
    const keys = [ids[2]!, '01900000-0000-7000-8000-000000000000', ids[0]!, 'not-a-uuid', ids[1]!];
    const loaders = createIdentityLoaders(identity.orm.em.fork());
    identity.resetQueries();
    const rows = await Promise.all(keys.map((id) => loaders.staffById.load(id)));
    expect(rows.map((row) => row?.id ?? null)).toEqual([ids[2], null, ids[0], null, ids[1]]);
    expect(statements(identity.queries)).toHaveLength(1);
  });
});
