import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import type { Caller } from '@careline/service-kit';
import { identityService } from '../src/service.js';
import { createIdentityLoaders } from '../src/context.js';
import { statements } from './sql.js';

const CREATE = `mutation ($input: CreateStaffInput!) {
  createStaff(input: $input) { id name username departmentCode position role active department { code name nameEn } positionInfo { code name nameEn } }
}`;
const GET = `query ($id: ID!) { staff(id: $id) { id name position role active department { code name } } }`;
const LIST = `query ($first: Int, $after: String, $departmentCode: String, $search: String) {
  staffMembers(first: $first, after: $after, departmentCode: $departmentCode, search: $search) {
    totalCount nodes { id name departmentCode department { code nameEn } } pageInfo { hasNextPage endCursor }
  }
}`;
const SET_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setStaffActive(id: $id, active: $active) { id active } }`;
const RESET = `mutation ($id: ID!, $password: String!) { resetPassword(id: $id, password: $password) { id lockedUntil } }`;
const AUDIT = `query ($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { nodes { operation outcome reason actorId role department targetType targetIds } } }`;

let seq = 0;
const account = (input: Record<string, unknown>) => ({
  username: `u${++seq}.${Date.now().toString(36)}`,
  password: 'a good password',
  ...input,
});

describe('identity staff over GraphQL', () => {
  let db: TestDatabase;
  let identity: TestService;
  const staffCount = async (): Promise<number> => {
    const rows = await identity.orm.em
      .getConnection()
      .execute<{ count: number }[]>(`select count(*)::int as count from "identity"."staff"`);
    return rows[0]!.count;
  };
  const create = (input: Record<string, unknown>, as: Caller = testCallers.system) =>
    identity.request(CREATE, { input: account(input) }, undefined, as);

  beforeAll(async () => {
    db = await createTestDatabase();
    identity = await startTestService(identityService, db.url);
  });
  afterAll(async () => {
    await identity?.stop();
    await db?.drop();
  });

  it('adds a staff member, active and with the STAFF role by default, and resolves the department and position', async () => {
    const { data, errors } = await create({
      name: ' 周会员 ',
      departmentCode: 'MEMBER_CENTRE',
      position: 'member_specialist',
      username: ' Zhou.Member ',
    });
    expect(errors).toBeUndefined();
    expect(data.createStaff).toMatchObject({
      name: '周会员',
      username: 'zhou.member',
      departmentCode: 'MEMBER_CENTRE',
      position: 'MEMBER_SPECIALIST',
      role: 'STAFF',
      active: true,
      department: { code: 'MEMBER_CENTRE', name: '会员中心', nameEn: 'Member Centre' },
      positionInfo: { code: 'MEMBER_SPECIALIST', name: '会员专员', nameEn: 'Member Specialist' },
    });
  });

  it('stores the password as an argon2id hash and never offers it over GraphQL', async () => {
    const { data } = await create({ name: '哈希', departmentCode: 'GUIDE', position: 'GUIDE', password: 'plain text never stored' });
    const [row] = await identity.orm.em
      .getConnection()
      .execute<{ password_hash: string }[]>(`select password_hash from "identity"."staff" where id = ?`, [data.createStaff.id]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.password_hash).not.toContain('plain text');
    const { errors } = await identity.request(`query ($id: ID!) { staff(id: $id) { passwordHash } }`, { id: data.createStaff.id });
    expect(errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps the role the caller gives', async () => {
    const { data } = await create({ name: '吴总监', departmentCode: 'OPERATIONS', position: 'OPS_DIRECTOR', role: 'OPS_DIRECTOR' });
    expect(data.createStaff.role).toBe('OPS_DIRECTOR');
  });

  it('refuses a username that is taken, in any case, with CONFLICT and writes nothing', async () => {
    await create({ name: '甲', departmentCode: 'GUIDE', position: 'GUIDE', username: 'same.name' });
    const before = await staffCount();
    const { errors } = await create({ name: '乙', departmentCode: 'GUIDE', position: 'GUIDE', username: 'SAME.Name' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'username', reason: 'USERNAME_TAKEN' });
    expect(await staffCount()).toBe(before);
  });

  it('lets only one of two concurrent creations with one username through', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => create({ name: `并发${n}`, departmentCode: 'GUIDE', position: 'GUIDE', username: 'race.name' })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(2);
  });

  it('refuses a password under 10 characters with BAD_USER_INPUT and writes nothing', async () => {
    const before = await staffCount();
    const { errors } = await create({ name: '短密', departmentCode: 'GUIDE', position: 'GUIDE', password: 'short' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PASSWORD_TOO_SHORT' });
    expect(await staffCount()).toBe(before);
  });

  it('refuses an unknown department with BAD_USER_INPUT on departmentCode and writes nothing', async () => {
    const before = await staffCount();
    const { data, errors } = await create({ name: '郑某', departmentCode: 'SURGERY', position: 'GUIDE' });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentCode', reason: 'DEPARTMENT_UNKNOWN' });
    expect(await staffCount()).toBe(before);
  });

  it('refuses a position that is not one of the positions with BAD_USER_INPUT on position and writes nothing', async () => {
    const before = await staffCount();
    const { errors } = await create({ name: '郑某', departmentCode: 'GUIDE', position: 'NURSE' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position', reason: 'POSITION_UNKNOWN' });
    expect(await staffCount()).toBe(before);
  });

  it('refuses a position that is not a code with BAD_USER_INPUT on position and writes nothing', async () => {
    const before = await staffCount();
    const { errors } = await create({ name: '郑某', departmentCode: 'GUIDE', position: '导医' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position', reason: 'POSITION_INVALID' });
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
    await create({ name: '孙财务', departmentCode: 'FINANCE', position: 'FINANCE_OFFICER', role: 'FINANCE' });
    await create({ name: '李财务', departmentCode: 'FINANCE', position: 'FINANCE_OFFICER', role: 'FINANCE' });
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
    expect(
      data.staffMembers.nodes.every(
        (n: { departmentCode: string; department: { code: string } }) => n.department.code === n.departmentCode,
      ),
    ).toBe(true);
    expect(statements(identity.queries).filter((sql) => sql.includes('"identity"."department"'))).toHaveLength(1);
  });

  it('resolves Staff references for the gateway through _entities, null for an unknown id', async () => {
    const created = await create({ name: '冯客服', departmentCode: 'CUSTOMER_SERVICE', position: 'CS_STAFF' });
    const { data, errors } = await identity.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { id name department { code } } } }`,
      {
        reps: [
          { __typename: 'Staff', id: created.data.createStaff.id },
          { __typename: 'Staff', id: '01900000-0000-7000-8000-000000000000' },
        ],
      },
      undefined,
      testCallers.csStaff,
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([{ id: created.data.createStaff.id, name: '冯客服', department: { code: 'CUSTOMER_SERVICE' } }, null]);
  });

  it('refuses Staff and Department references to a caller who is not signed in', async () => {
    const { data, errors } = await identity.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { id name } ... on Department { code } } }`,
      {
        reps: [
          { __typename: 'Staff', id: '01900000-0000-7000-8000-000000000000' },
          { __typename: 'Department', code: 'GUIDE' },
        ],
      },
      undefined,
      testCallers.anonymous,
    );
    expect(JSON.stringify(data ?? null)).not.toMatch(/GUIDE/);
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors?.every((e: { extensions: { code: string } }) => e.extensions.code === 'UNAUTHENTICATED')).toBe(true);
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

  describe('who may do what', () => {
    it('refuses staff lists to a caller who is not signed in (UNAUTHENTICATED) and to plain staff and finance (FORBIDDEN)', async () => {
      expect((await identity.request(LIST, {}, undefined, testCallers.anonymous)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      for (const caller of [testCallers.csStaff, testCallers.finance]) {
        const { data, errors } = await identity.request(LIST, {}, undefined, caller);
        // the root list is nullable (docs/edge.md, partial answers): refused, it is null and nothing is listed
        expect(data?.staffMembers ?? null).toBeNull();
        expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      }
    });

    it('lets the auditor and the director list every department', async () => {
      for (const caller of [testCallers.auditor, testCallers.director]) {
        const { data, errors } = await identity.request(LIST, { first: 100 }, undefined, caller);
        expect(errors).toBeUndefined();
        expect(new Set(data.staffMembers.nodes.map((n: { departmentCode: string }) => n.departmentCode)).size).toBeGreaterThan(2);
      }
    });

    it('limits a department admin’s list to their own department, and refuses another department', async () => {
      const own = await identity.request(LIST, { first: 100 }, undefined, testCallers.csAdmin);
      expect(own.errors).toBeUndefined();
      expect(own.data.staffMembers.nodes.length).toBeGreaterThan(0);
      expect(own.data.staffMembers.nodes.every((n: { departmentCode: string }) => n.departmentCode === 'CUSTOMER_SERVICE')).toBe(true);
      const other = await identity.request(LIST, { departmentCode: 'FINANCE' }, undefined, testCallers.csAdmin);
      expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    });

    it('refuses a department admin one staff member of another department', async () => {
      const finance = await create({ name: '周财务', departmentCode: 'FINANCE', position: 'FINANCE_OFFICER' });
      const { errors } = await identity.request(GET, { id: finance.data.createStaff.id }, undefined, testCallers.csAdmin);
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('lets a department admin add staff to their own department', async () => {
      const { data, errors } = await create(
        { name: '新客服', departmentCode: 'CUSTOMER_SERVICE', position: 'CS_STAFF' },
        testCallers.csAdmin,
      );
      expect(errors).toBeUndefined();
      expect(data.createStaff).toMatchObject({ departmentCode: 'CUSTOMER_SERVICE', role: 'STAFF' });
    });

    it('refuses a department admin creating staff in another department: FORBIDDEN, nothing written, a DENIED entry in the audit log', async () => {
      const before = await staffCount();
      const { data, errors } = await create(
        { name: '越权', departmentCode: 'MEMBER_CENTRE', position: 'MEMBER_SPECIALIST' },
        testCallers.csAdmin,
      );
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
      expect(await staffCount()).toBe(before);
      const entry = await eventually(async () => {
        const { data: log } = await identity.request(
          AUDIT,
          { filter: { actorId: testCallers.csAdmin.id, outcome: 'DENIED', operation: 'mutation createStaff' } },
          undefined,
          testCallers.auditor,
        );
        return log?.auditLog.nodes[0];
      });
      expect(entry).toMatchObject({
        operation: 'mutation createStaff',
        outcome: 'DENIED',
        actorId: testCallers.csAdmin.id,
        role: 'DEPT_ADMIN',
        department: 'CUSTOMER_SERVICE',
        targetType: 'Department',
        targetIds: ['MEMBER_CENTRE'],
      });
      expect(entry.reason).toMatch(/CUSTOMER_SERVICE.*MEMBER_CENTRE/);
    });

    it('refuses a department admin giving the OPS_DIRECTOR or AUDITOR role, even in their own department', async () => {
      const before = await staffCount();
      for (const role of ['OPS_DIRECTOR', 'AUDITOR']) {
        const { errors } = await create(
          { name: '提权', departmentCode: 'CUSTOMER_SERVICE', position: 'CS_STAFF', role },
          testCallers.csAdmin,
        );
        expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_GRANTABLE' });
      }
      expect(await staffCount()).toBe(before);
    });

    it('refuses staff, finance and the auditor creating staff at all', async () => {
      for (const caller of [testCallers.csStaff, testCallers.finance, testCallers.auditor]) {
        const { errors } = await create({ name: '无权', departmentCode: caller.department, position: 'CS_STAFF' }, caller);
        expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    });

    it('lets a department admin deactivate and reactivate their own staff, and refuses another department’s', async () => {
      const mine = await create({ name: '离职', departmentCode: 'CUSTOMER_SERVICE', position: 'CS_STAFF' });
      const off = await identity.request(SET_ACTIVE, { id: mine.data.createStaff.id, active: false }, undefined, testCallers.csAdmin);
      expect(off.data.setStaffActive).toEqual({ id: mine.data.createStaff.id, active: false });
      const on = await identity.request(SET_ACTIVE, { id: mine.data.createStaff.id, active: true }, undefined, testCallers.csAdmin);
      expect(on.data.setStaffActive.active).toBe(true);

      const theirs = await create({ name: '别部门', departmentCode: 'GUIDE', position: 'GUIDE' });
      const denied = await identity.request(SET_ACTIVE, { id: theirs.data.createStaff.id, active: false }, undefined, testCallers.csAdmin);
      expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
      const [row] = await identity.orm.em
        .getConnection()
        .execute<{ active: boolean }[]>(`select active from "identity"."staff" where id = ?`, [theirs.data.createStaff.id]);
      expect(row!.active).toBe(true);
    });

    it('refuses a password reset by the admin of another department, and checks the new password’s length', async () => {
      const theirs = await create({ name: '重置', departmentCode: 'GUIDE', position: 'GUIDE' });
      const denied = await identity.request(
        RESET,
        { id: theirs.data.createStaff.id, password: 'a new password 1' },
        undefined,
        testCallers.csAdmin,
      );
      expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const short = await identity.request(RESET, { id: theirs.data.createStaff.id, password: 'short' }, undefined, testCallers.director);
      expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_SHORT' });
    });

    it('refuses a department admin managing the director even in the director’s department', async () => {
      const opsAdmin = { ...testCallers.csAdmin, department: 'OPERATIONS' };
      const director = await create({ name: '总监', departmentCode: 'OPERATIONS', position: 'OPS_DIRECTOR', role: 'OPS_DIRECTOR' });
      const { errors } = await identity.request(
        RESET,
        { id: director.data.createStaff.id, password: 'taken over now' },
        undefined,
        opsAdmin,
      );
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_NOT_MANAGEABLE' });
    });

    it('lets any signed-in caller read departments and positions, and nobody else', async () => {
      const positions = await identity.request(`{ positions { code name nameEn } }`, {}, undefined, testCallers.csStaff);
      // the position book's 13, the operations manager (运营经理, issue 20) and the doctor (医生, issue 17)
      expect(positions.data.positions).toHaveLength(15);
      expect(positions.data.positions[0]).toEqual({ code: 'OPS_DIRECTOR', name: '运营管理部总监', nameEn: 'Operations Director' });
      expect(positions.data.positions.map((p: { code: string }) => p.code)).toEqual(
        expect.arrayContaining(['KEY_ACCOUNT_MANAGER', 'OPS_MANAGER', 'DOCTOR']),
      );
      for (const query of [`{ positions { code } }`, `{ departments { code } }`]) {
        const { errors } = await identity.request(query, {}, undefined, testCallers.anonymous);
        expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});
