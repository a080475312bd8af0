import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Issue 17: 客户查询 says newest first, so it lists by registration time (an import or a back-dated
// registration sets it, so the id's order is not it); and a birth date added after registration
// reaches members' birthday list (members keeps its own copy, taken at registration).

let system: RunningSystem;

const ok = async (who: DemoUser, query: string, variables?: object) => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${query.slice(0, 80)}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data;
};
const CREATE = 'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }';
const hospitalDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);

beforeAll(async () => {
  system = await startSystem();
});

afterAll(async () => {
  await system?.stop();
});

describe('the customer list', () => {
  it('lists newest registration first, across pages, whatever order the records were entered in', async () => {
    const day = 24 * 3600_000;
    const now = Date.now();
    // entered oldest-registered last: by id (entry order) the list would read 3, 2, 1 reversed
    const entered: { name: string; registeredAt: string }[] = [
      { name: '排序甲', registeredAt: new Date(now - 1 * day).toISOString() },
      { name: '排序乙', registeredAt: new Date(now - 5 * day).toISOString() },
      { name: '排序丙', registeredAt: new Date(now - 3 * day).toISOString() },
      { name: '排序丁', registeredAt: new Date(now - 9 * day).toISOString() },
      { name: '排序戊', registeredAt: new Date(now - 2 * day).toISOString() },
    ];
    for (const [i, customer] of entered.entries())
      await ok('cs.admin', CREATE, { i: { ...customer, phone: `1372222000${i}`, channel: 'PHONE' } });

    const names: string[] = [];
    const times: number[] = [];
    let after: string | null = null;
    do {
      const page: {
        customers: { nodes: { name: string; createdAt: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await ok(
        'director',
        'query ($after: String) { customers(search: "排序", first: 2, after: $after) { nodes { name createdAt } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      names.push(...page.customers.nodes.map((node) => node.name));
      times.push(...page.customers.nodes.map((node) => Date.parse(node.createdAt)));
      after = page.customers.pageInfo.hasNextPage ? page.customers.pageInfo.endCursor : null;
    } while (after);

    expect(names).toEqual(['排序甲', '排序戊', '排序丙', '排序乙', '排序丁']);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('the birthday list', () => {
  it('lists a member whose birth date was added after registration', async () => {
    const customerId = (await ok('cs.admin', CREATE, { i: { name: '补生日', phone: '13733330000', channel: 'PHONE' } })).createCustomer
      .id as string;
    const membershipId = await eventually(async () => {
      const r = await system.as('member.admin', 'mutation ($i: EnrollMemberInput!) { enrollMember(input: $i) { id } }', {
        i: { customerId },
      });
      if (r.errors) throw new Error(r.errors[0].message);
      return r.data.enrollMember.id as string;
    });
    const upcoming = async () =>
      (
        await ok('member.admin', '{ upcomingBirthdays(days: 7, first: 100) { nodes { birthday membership { id } } } }')
      ).upcomingBirthdays.nodes.map((node: { membership: { id: string } }) => node.membership.id) as string[];
    expect(await upcoming()).not.toContain(membershipId);

    // born 28 years before tomorrow (a multiple of 4, so a 29 February stays a date) (hospital time): the birthday falls inside the next 7 days
    const tomorrow = hospitalDay(new Date(Date.now() + 24 * 3600_000));
    const birthDate = `${Number(tomorrow.slice(0, 4)) - 28}${tomorrow.slice(4)}`;
    await ok('cs.admin', 'mutation ($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { id } }', {
      id: customerId,
      i: { birthDate },
    });

    await eventually(async () => expect(await upcoming()).toContain(membershipId));
  });
});
