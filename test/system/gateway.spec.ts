import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@careline/service-kit';
import { eventually, gatewayHeaders, testSigningKeys } from '@careline/service-kit/testing';
import { startGateway, SUPERGRAPH_FILE } from '@careline/gateway';
import { startSystem, type RunningSystem } from '../support/system.js';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }`;
const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id cardNumber } }`;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** POST straight to a subgraph, signed as the gateway would (or to a gateway, with `headers`). */
async function post(url: string, query: string, variables?: object, headers?: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers ?? (await gatewayHeaders())) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

describe('the gateway in front of all four subgraphs', () => {
  let system: RunningSystem;
  let customerId: string;
  let membershipId: string;

  beforeAll(async () => {
    system = await startSystem();
    const created = await system.as('cs.admin', CREATE_CUSTOMER, {
      input: { name: '陈静', phone: '13812345678', channel: 'WECHAT', region: '越秀区' },
    });
    customerId = created.data.createCustomer.id;
    // members learns of the customer from the CustomerRegistered event
    const enrolled = await eventually(async () => {
      const result = await system.as('member.admin', ENROL, { input: { customerId } });
      return result.data?.enrollMember;
    });
    membershipId = enrolled.id;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('answers one query that spans crm, members and analytics', async () => {
    const day = today();
    const result = await eventually(async () => {
      const r = await system.as(
        'director',
        `query ($id: ID!, $period: PeriodInput!) {
          customer(id: $id) { name membership { cardNumber status } }
          newCustomers(period: $period, groupBy: CHANNEL) { totalNewCustomers totalNewMembers rows { key newCustomers } }
        }`,
        { id: customerId, period: { from: day, to: day } },
      );
      return r.data?.newCustomers?.totalNewMembers === 1 ? r : undefined;
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.customer).toMatchObject({ name: '陈静', membership: { status: 'ACTIVE' } });
    expect(result.data.customer.membership.cardNumber).toMatch(/\S+/);
    expect(result.data.newCustomers).toMatchObject({
      totalNewCustomers: 1,
      totalNewMembers: 1,
      rows: [{ key: 'WECHAT', newCustomers: 1 }],
    });
  });

  it('resolves Customer through _entities on crm', async () => {
    const r = await post(
      system.services.crm.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name } } }`,
      {
        r: [{ __typename: 'Customer', id: customerId }],
      },
    );
    expect(r.data?._entities).toEqual([{ id: customerId, name: '陈静' }]);
  });

  it('resolves Membership through _entities on members', async () => {
    const r = await post(
      system.services.members.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Membership { id status } } }`,
      {
        r: [{ __typename: 'Membership', id: membershipId }],
      },
    );
    expect(r.data?._entities).toEqual([{ id: membershipId, status: 'ACTIVE' }]);
  });

  it('resolves Department and Staff through _entities on identity', async () => {
    const staffList = await system.as('director', `{ departments { code name } staffMembers(first: 1) { nodes { id name } } }`);
    const departments = staffList.data.departments as { code: string; name: string }[];
    expect(departments.map((d) => d.code)).toContain('CUSTOMER_SERVICE');
    const r = await post(
      system.services.identity.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code name } } }`,
      {
        r: [{ __typename: 'Department', code: 'CUSTOMER_SERVICE' }],
      },
    );
    expect(r.data?._entities).toEqual([{ code: 'CUSTOMER_SERVICE', name: '客服部' }]);
    const staff = staffList.data.staffMembers.nodes[0];
    if (staff) {
      const s = await post(
        system.services.identity.url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { id name } } }`,
        {
          r: [{ __typename: 'Staff', id: staff.id }],
        },
      );
      expect(s.data?._entities).toEqual([staff]);
    } else {
      const created = await system.as(
        'director',
        `mutation { createStaff(input: { name: "林敏", username: "lin.min", password: "a-long-password", departmentCode: "CUSTOMER_SERVICE", position: "CS_STAFF", role: STAFF }) { id name } }`,
      );
      const s = await post(
        system.services.identity.url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { id name } } }`,
        {
          r: [{ __typename: 'Staff', id: created.data.createStaff.id }],
        },
      );
      expect(s.data?._entities).toEqual([created.data.createStaff]);
    }
  });

  it('passes a subgraph error code through to the client', async () => {
    const r = await system.as('director', `query ($id: ID!) { customer(id: $id) { name } }`, {
      id: '01a20d29-942f-73ab-9985-c1b935f33269',
    });
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].path).toEqual(['customer']);
  });
});

describe('a subgraph that is down or slow', () => {
  it('leaves crm and members answers intact with an error at the analytics path when analytics is stopped', async () => {
    const system = await startSystem();
    try {
      const created = await system.as('cs.admin', CREATE_CUSTOMER, { input: { name: '黄磊', phone: '13912345678', channel: 'PHONE' } });
      const customerId = created.data.createCustomer.id;
      await eventually(async () => (await system.as('member.admin', ENROL, { input: { customerId } })).data?.enrollMember);
      await system.stopService('analytics');
      const day = today();
      const r = await system.as(
        'director',
        `query ($id: ID!, $period: PeriodInput!) {
          customer(id: $id) { name membership { status } }
          newCustomers(period: $period, groupBy: DAY) { totalNewCustomers }
        }`,
        { id: customerId, period: { from: day, to: day } },
      );
      expect(r.data?.customer).toEqual({ name: '黄磊', membership: { status: 'ACTIVE' } });
      expect(r.data?.newCustomers).toBeNull();
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(r.errors).toContainEqual(
        expect.objectContaining({ path: ['newCustomers'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'analytics' } }),
      );
    } finally {
      await system.stop();
    }
  });

  it('nulls only the root lists of a stopped subgraph: the other subgraphs’ root lists still answer', async () => {
    const system = await startSystem();
    try {
      await system.as('cs.admin', CREATE_CUSTOMER, { input: { name: '周丽', phone: '13912340000', channel: 'PHONE' } });
      await system.stopService('members');
      const r = await system.as(
        'director',
        `{
          customers(first: 5) { totalCount }
          memberships(first: 5) { totalCount }
          tiers { code }
          departments { code }
        }`,
      );
      // crm's and identity's lists stand; members' two root lists are null (the gateway asked members
      // for both in one fetch, so one error names members at the first of them)
      expect(r.data?.customers).toEqual({ totalCount: 1 });
      expect(r.data?.departments.length).toBeGreaterThan(0);
      expect(r.data?.memberships).toBeNull();
      expect(r.data?.tiers).toBeNull();
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const error of r.errors ?? []) {
        expect(error).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'members' } });
        expect([['memberships'], ['tiers']]).toContainEqual(error.path);
      }
    } finally {
      await system.stop();
    }
  });

  it('gives up on a subgraph that does not answer (or does not finish its answer) within the timeout and still returns the rest', async () => {
    const system = await startSystem();
    let stallBody = false;
    // accepts and never answers; or, later, answers its headers and the start of a body, then stalls
    const hanging = http.createServer((_req, res) => {
      if (stallBody) res.writeHead(200, { 'content-type': 'application/json' }).write('{"data":');
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    const gateway = await startGateway({
      supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: {
        identity: system.services.identity.url,
        members: system.services.members.url,
        crm: system.services.crm.url,
        analytics: `http://127.0.0.1:${port}/graphql`,
      },
      port: 0,
      log: createLogger('gateway', 'silent'),
      subgraphTimeoutMs: 300,
      signingKey: testSigningKeys.privateKey,
    });
    try {
      const day = today();
      const headers = await system.authHeaders('director');
      for (const stall of [false, true]) {
        stallBody = stall;
        const r = await post(
          gateway.url,
          `query ($p: PeriodInput!) { departments { code } newCustomers(period: $p, groupBy: DAY) { totalNewCustomers } }`,
          { p: { from: day, to: day } },
          headers,
        );
        expect(r.data?.departments.length).toBeGreaterThan(0);
        expect(r.data?.newCustomers).toBeNull();
        expect(r.errors).toContainEqual(
          expect.objectContaining({
            message: 'the analytics service did not answer in time',
            path: ['newCustomers'],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'analytics' },
          }),
        );
      }
    } finally {
      await gateway.stop();
      hanging.closeAllConnections();
      hanging.close();
      await system.stop();
    }
  });
});
