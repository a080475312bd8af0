import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, newId, type Caller, type CustomerRegisteredData, type DomainEvent } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { createCrmLoaders } from '../src/context.js';
import { auditProbe, countRows, partner, staff, statements } from './support.js';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name phone keyAccountId } }`;
const GET = `query ($id: ID!) { customer(id: $id) { id name phone keyAccountId } }`;
const LIST = `query ($search: String, $first: Int) { customers(search: $search, first: $first) { totalCount nodes { id name phone } } }`;
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Customer { id name phone } } }`;

const KEY_ACCOUNT_A = newId();
const KEY_ACCOUNT_B = newId();

/** 11-digit mainland mobiles, distinct per call */
let nextPhone = 1000;
const phone = () => `1391234${String(nextPhone++).padStart(4, '0')}`;

describe('crm access: roles, personal data, audit and partner rows', () => {
  let db: TestDatabase;
  let crm: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const registered: DomainEvent<CustomerRegisteredData>[] = [];
  const customersWithPhone = (p: string) => countRows(crm, `select count(*)::int as count from "crm"."customer" where phone = ?`, [p]);
  const create = async (input: Record<string, unknown>, as: Caller = testCallers.system) => {
    const { data, errors } = await crm.request(CREATE, { input: { channel: 'PHONE', phone: phone(), ...input } }, undefined, as);
    expect(errors).toBeUndefined();
    return data.createCustomer as { id: string; name: string; phone: string; keyAccountId: string | null };
  };

  // the people of two partner organisations and one walk-in customer of no key account
  let a1: { id: string }, a2: { id: string }, b1: { id: string }, walkIn: { id: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    audit = await auditProbe(crm);
    await crm.bus.subscribe<CustomerRegisteredData>('probe', Events.CustomerRegistered, async (event) => {
      registered.push(event);
    });
    a1 = await create({ name: '甲一', phone: '13812341234', keyAccountId: KEY_ACCOUNT_A });
    a2 = await create({ name: '甲二', keyAccountId: KEY_ACCOUNT_A });
    b1 = await create({ name: '乙一', keyAccountId: KEY_ACCOUNT_B });
    walkIn = await create({ name: '散客' });
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  describe('who may call which field', () => {
    it('answers UNAUTHENTICATED to an anonymous caller on every root field, and writes nothing', async () => {
      const p = phone();
      const calls = [
        crm.request(GET, { id: a1.id }, undefined, testCallers.anonymous),
        crm.request(LIST, {}, undefined, testCallers.anonymous),
        crm.request(CREATE, { input: { name: '匿名', phone: p, channel: 'WEB' } }, undefined, testCallers.anonymous),
        crm.request(ENTITIES, { reps: [{ __typename: 'Customer', id: a1.id }] }, undefined, testCallers.anonymous),
      ];
      for (const { data, errors } of await Promise.all(calls)) {
        expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(data ?? null)).not.toContain('甲一');
      }
      expect(await customersWithPhone(p)).toBe(0);
    });

    it('refuses createCustomer to finance, auditors and partners with FORBIDDEN, writes nothing and records the denial', async () => {
      for (const caller of [staff('FINANCE', 'FINANCE'), staff('AUDITOR', 'OPERATIONS'), partner(KEY_ACCOUNT_A)]) {
        const p = phone();
        const { data, errors } = await crm.request(CREATE, { input: { name: '越权', phone: p, channel: 'WEB' } }, undefined, caller);
        expect(data).toBeNull();
        expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
        expect(await customersWithPhone(p)).toBe(0);
        const entries = await eventually(async () => {
          const found = await audit.entriesOf(caller.id!);
          return found.length > 0 && found;
        });
        expect(entries).toEqual([
          expect.objectContaining({ operation: 'mutation createCustomer', outcome: 'DENIED', service: 'crm', actorKind: caller.kind }),
        ]);
      }
    });

    it('lets the director, a department admin and staff register customers', async () => {
      for (const caller of [testCallers.director, testCallers.csAdmin, testCallers.csStaff]) {
        const { errors } = await crm.request(CREATE, { input: { name: '新客', phone: phone(), channel: 'WEB' } }, undefined, caller);
        expect(errors).toBeUndefined();
      }
    });

    it('lets every staff role and partners read customers', async () => {
      for (const caller of [
        testCallers.director,
        testCallers.csAdmin,
        testCallers.csStaff,
        testCallers.finance,
        testCallers.auditor,
        partner(KEY_ACCOUNT_A),
      ]) {
        const { data, errors } = await crm.request(GET, { id: a1.id }, undefined, caller);
        expect(errors).toBeUndefined();
        expect(data.customer.id).toBe(a1.id);
      }
    });
  });

  describe('registering with a key account', () => {
    it('stores the key account, returns it and carries it in CustomerRegistered', async () => {
      const created = await create({ name: '甲三', keyAccountId: KEY_ACCOUNT_A.toUpperCase() }, testCallers.csStaff);
      expect(created.keyAccountId).toBe(KEY_ACCOUNT_A);
      const event = await eventually(async () => registered.find((e) => e.data.customerId === created.id));
      expect(event.data.keyAccountId).toBe(KEY_ACCOUNT_A);
      const none = await create({ name: '无单位' });
      const noneEvent = await eventually(async () => registered.find((e) => e.data.customerId === none.id));
      expect(noneEvent.data.keyAccountId).toBeNull();
    });

    it('refuses a key account id that is not an id with BAD_USER_INPUT on keyAccountId and writes nothing', async () => {
      const p = phone();
      const { errors } = await crm.request(CREATE, { input: { name: '错单位', phone: p, channel: 'PARTNER', keyAccountId: 'ACME' } });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keyAccountId', reason: 'KEY_ACCOUNT_INVALID' });
      expect(await customersWithPhone(p)).toBe(0);
    });

    it('records the registration as a change in the audit trail, and nothing for a registration that fails', async () => {
      const caller = staff('STAFF', 'CUSTOMER_SERVICE');
      const p = phone();
      const { data } = await crm.request(
        CREATE,
        { input: { name: '审计', phone: p, channel: 'WEB', keyAccountId: KEY_ACCOUNT_B } },
        undefined,
        caller,
      );
      const id = data.createCustomer.id;
      // the change, written with the row, and the read of the name and phone the mutation answered with
      const entries = await audit.entriesOf(caller.id!);
      expect(entries).toHaveLength(2);
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            operation: 'mutation createCustomer',
            outcome: 'SUCCESS',
            targetType: 'Customer',
            targetIds: [id],
            customerIds: [id],
            fields: expect.arrayContaining(['name', 'phone', 'channel', 'keyAccountId']),
            role: 'STAFF',
            department: 'CUSTOMER_SERVICE',
          }),
          expect.objectContaining({ operation: 'mutation createCustomer', targetIds: [id], fields: ['name', 'phone'] }),
        ]),
      );

      const other = staff('STAFF', 'CUSTOMER_SERVICE');
      const again = await crm.request(CREATE, { input: { name: '审计', phone: p, channel: 'WEB' } }, undefined, other);
      expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
      expect((await audit.entriesOf(other.id!)).filter((e) => e.operation === 'mutation createCustomer')).toEqual([]);
    });
  });

  describe('personal data', () => {
    it('masks the phone for finance, auditors, the director and partners, and shows it to staff and department admins', async () => {
      for (const caller of [testCallers.finance, testCallers.auditor, testCallers.director, partner(KEY_ACCOUNT_A)]) {
        const { data } = await crm.request(GET, { id: a1.id }, undefined, caller);
        expect(data.customer).toMatchObject({ name: '甲一', phone: '138****1234' });
      }
      for (const caller of [testCallers.csStaff, testCallers.csAdmin]) {
        const { data } = await crm.request(GET, { id: a1.id }, undefined, caller);
        expect(data.customer).toMatchObject({ name: '甲一', phone: '13812341234' });
      }
    });

    it('masks phones in lists and in _entities too', async () => {
      const list = await crm.request(LIST, { first: 100 }, undefined, testCallers.finance);
      expect(list.data.customers.nodes.length).toBeGreaterThan(3);
      for (const node of list.data.customers.nodes) expect(node.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      const entities = await crm.request(ENTITIES, { reps: [{ __typename: 'Customer', id: a1.id }] }, undefined, testCallers.auditor);
      expect(entities.data._entities).toEqual([{ id: a1.id, name: '甲一', phone: '138****1234' }]);
    });

    it('records one audit entry for a staff read of N customers, listing every id and the fields name and phone', async () => {
      const caller = staff('STAFF', 'CUSTOMER_SERVICE');
      const { data } = await crm.request(LIST, { first: 100 }, undefined, caller);
      const ids = data.customers.nodes.map((n: { id: string }) => n.id);
      expect(ids.length).toBeGreaterThanOrEqual(4);
      const entries = await audit.entriesOf(caller.id!);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        operation: 'query customers',
        targetType: 'Customer',
        outcome: 'SUCCESS',
        fields: ['name', 'phone'],
        actorName: caller.name,
      });
      expect([...entries[0]!.targetIds].sort()).toEqual([...ids].sort());
      expect([...entries[0]!.customerIds].sort()).toEqual([...ids].sort());
    });

    it('records only the name when the phone went out masked', async () => {
      const caller = staff('FINANCE', 'FINANCE');
      await crm.request(GET, { id: a1.id }, undefined, caller);
      expect(await audit.entriesOf(caller.id!)).toEqual([
        expect.objectContaining({ operation: 'query customer', targetIds: [a1.id], fields: ['name'], role: 'FINANCE' }),
      ]);
    });

    it('records reads through _entities under that operation', async () => {
      const caller = staff('DEPT_ADMIN', 'CUSTOMER_SERVICE');
      await crm.request(
        ENTITIES,
        {
          reps: [
            { __typename: 'Customer', id: a1.id },
            { __typename: 'Customer', id: b1.id },
          ],
        },
        undefined,
        caller,
      );
      const [entry, ...rest] = await audit.entriesOf(caller.id!);
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({ operation: 'query _entities', fields: ['name', 'phone'] });
      expect([...entry!.targetIds].sort()).toEqual([a1.id, b1.id].sort());
    });

    it('records nothing for a query that reads no personal field', async () => {
      const caller = staff('STAFF', 'CUSTOMER_SERVICE');
      await crm.request(`query ($id: ID!) { customer(id: $id) { id channel } }`, { id: a1.id }, undefined, caller);
      expect(await audit.entriesOf(caller.id!)).toEqual([]);
    });
  });

  describe('partners see only their own people', () => {
    it('answers NOT_FOUND, never FORBIDDEN, for a customer outside the partner’s key account', async () => {
      for (const id of [b1.id, walkIn.id]) {
        const { data, errors } = await crm.request(GET, { id }, undefined, partner(KEY_ACCOUNT_A));
        expect(data?.customer ?? null).toBeNull();
        expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CUSTOMER_NOT_FOUND' });
      }
      const own = await crm.request(GET, { id: b1.id }, undefined, partner(KEY_ACCOUNT_B));
      expect(own.data.customer).toMatchObject({ id: b1.id, name: '乙一', keyAccountId: KEY_ACCOUNT_B });
    });

    it('lists and counts only the partner’s own people, searches included', async () => {
      const { data } = await crm.request(LIST, { first: 100 }, undefined, partner(KEY_ACCOUNT_A));
      const ids: string[] = data.customers.nodes.map((n: { id: string }) => n.id);
      expect(ids).toEqual(expect.arrayContaining([a1.id, a2.id]));
      expect(ids).not.toContain(b1.id);
      expect(ids).not.toContain(walkIn.id);
      expect(data.customers.totalCount).toBe(ids.length);
      const search = await crm.request(LIST, { search: '一' }, undefined, partner(KEY_ACCOUNT_B));
      expect(search.data.customers).toEqual({ totalCount: 1, nodes: [expect.objectContaining({ id: b1.id })] });
    });

    it('resolves _entities to null for customers outside the partner’s key account', async () => {
      const reps = [a1, b1, walkIn, a2].map(({ id }) => ({ __typename: 'Customer', id }));
      const { data, errors } = await crm.request(ENTITIES, { reps }, undefined, partner(KEY_ACCOUNT_A));
      expect(errors).toBeUndefined();
      expect(data._entities.map((e: { id: string } | null) => e?.id ?? null)).toEqual([a1.id, null, null, a2.id]);
    });

    it('shows a key account with no people an empty list, and refuses an API key linked to no key account', async () => {
      const empty = await crm.request(LIST, {}, undefined, partner(newId()));
      expect(empty.data.customers).toEqual({ totalCount: 0, nodes: [] });
      const unlinked = await crm.request(LIST, {}, undefined, partner(undefined));
      expect(unlinked.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const notAnId = await crm.request(GET, { id: a1.id }, undefined, partner('ACME'));
      expect(notAnId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('never serves one partner’s cached row to another: the same id in sequence', async () => {
      const answers = [];
      for (const caller of [partner(KEY_ACCOUNT_A), partner(KEY_ACCOUNT_B), partner(KEY_ACCOUNT_A), partner(KEY_ACCOUNT_B)]) {
        const { data, errors } = await crm.request(GET, { id: a1.id }, undefined, caller);
        answers.push(data?.customer?.id ?? errors?.[0].extensions.code);
      }
      expect(answers).toEqual([a1.id, 'NOT_FOUND', a1.id, 'NOT_FOUND']);
    });

    it('never serves one partner’s cached row to another: the same id concurrently', async () => {
      const callers = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? partner(KEY_ACCOUNT_A, '甲') : partner(KEY_ACCOUNT_B, '乙')));
      const results = await Promise.all(callers.map((caller) => crm.request(GET, { id: a1.id }, undefined, caller)));
      results.forEach(({ data, errors }, i) => {
        if (i % 2 === 0) expect(data.customer).toEqual({ id: a1.id, name: '甲一', phone: '138****1234', keyAccountId: KEY_ACCOUNT_A });
        else expect([data?.customer ?? null, errors?.[0].extensions.code]).toEqual([null, 'NOT_FOUND']);
      });
    });

    it('loads N customers for a partner with one SQL statement, null for everyone outside its key account', async () => {
      const loaders = createCrmLoaders(crm.orm.em.fork(), partner(KEY_ACCOUNT_A));
      const keys = [a2.id, b1.id, 'not-an-id', a1.id, walkIn.id];
      crm.resetQueries();
      const rows = await Promise.all(keys.map((id) => loaders.customerById.load(id)));
      expect(rows.map((row) => row?.id ?? null)).toEqual([a2.id, null, null, a1.id, null]);
      expect(statements(crm.queries)).toHaveLength(1);
    });
  });
});
