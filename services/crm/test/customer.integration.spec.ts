import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';

const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name phone channel region } }`;
const LIST = `query ($search: String, $first: Int, $after: String) {
  customers(search: $search, first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } }
}`;

describe('crm customers over GraphQL', () => {
  let db: TestDatabase;
  let crm: TestService;
  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('registers a customer with the phone normalised to national digits', async () => {
    const { data, errors } = await crm.request(CREATE, {
      input: { name: ' 张三 ', phone: '+86 138-0013-8000', channel: 'PHONE', region: '天河区' },
    });
    expect(errors).toBeUndefined();
    expect(data.createCustomer).toMatchObject({ name: '张三', phone: '13800138000', channel: 'PHONE', region: '天河区' });
  });

  it('refuses a second registration of the same phone with CONFLICT naming the existing customer', async () => {
    const first = await crm.request(CREATE, { input: { name: '李四', phone: '13900139000', channel: 'WEB' } });
    const again = await crm.request(CREATE, { input: { name: '李四', phone: '0086 139 0013 9000', channel: 'WEB' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', existingCustomerId: first.data.createCustomer.id });
  });

  it('refuses an invalid phone with BAD_USER_INPUT and writes nothing', async () => {
    const before = await crm.request(LIST, {});
    const { errors } = await crm.request(CREATE, { input: { name: '王五', phone: '12345', channel: 'WEB' } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    const after = await crm.request(LIST, {});
    expect(after.data.customers.totalCount).toBe(before.data.customers.totalCount);
  });

  it('lets only one of concurrent registrations of one phone succeed', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => crm.request(CREATE, { input: { name: '赵六', phone: '13700137000', channel: 'WALK_IN' } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(7);
  });

  it('searches by name fragment and by phone digits', async () => {
    const byName = await crm.request(LIST, { search: '张' });
    expect(byName.data.customers.nodes.map((n: { name: string }) => n.name)).toEqual(['张三']);
    const byPhone = await crm.request(LIST, { search: '9000' });
    expect(byPhone.data.customers.nodes.map((n: { name: string }) => n.name)).toEqual(['李四']);
  });

  it('pages with a cursor without repeating or skipping anyone', async () => {
    type CustomersPage = { customers: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: { data?: CustomersPage } = await crm.request<CustomersPage>(LIST, { first: 1, after });
      if (!data) throw new Error('no customers page');
      seen.push(...data.customers.nodes.map((n: { id: string }) => n.id));
      if (!data.customers.pageInfo.hasNextPage) break;
      after = data.customers.pageInfo.endCursor;
    }
    const all = await crm.request(LIST, { first: 100 });
    expect(seen).toEqual(all.data.customers.nodes.map((n: { id: string }) => n.id));
    expect(new Set(seen).size).toBe(all.data.customers.totalCount);
  });
});

describe('crm customers imported with their original registration time', () => {
  let db: TestDatabase;
  let crm: TestService;
  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('keeps a past registeredAt and refuses one in the future', async () => {
    const past = await crm.request(
      `mutation { createCustomer(input: { name: "周敏", phone: "13600136000", channel: WEB, registeredAt: "2026-01-15T02:00:00.000Z" }) { id } }`,
    );
    expect(past.errors).toBeUndefined();
    const future = await crm.request(
      `mutation { createCustomer(input: { name: "吴迪", phone: "13500135000", channel: WEB, registeredAt: "2999-01-01T00:00:00.000Z" }) { id } }`,
    );
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'registeredAt' });
  });
});

describe('searching customers by phone', () => {
  let db: TestDatabase;
  let crm: TestService;
  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    await crm.request(CREATE, { input: { name: '钱多', phone: '13300133000', channel: 'WEB' } });
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('is refused for a role that sees phones masked, since a match would reveal the number', async () => {
    const { errors } = await crm.request(LIST, { search: '3000' }, undefined, testCallers.finance);
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PHONE_SEARCH_NOT_ALLOWED' });
  });

  it('works for customer-service staff', async () => {
    const { data } = await crm.request(LIST, { search: '3000' }, undefined, testCallers.csStaff);
    expect(data.customers.nodes.map((n: { name: string }) => n.name)).toEqual(['钱多']);
  });
});
