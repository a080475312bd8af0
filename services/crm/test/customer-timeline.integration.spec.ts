import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { auditProbe, staff, statements } from './support.js';
import { freshPhone } from './care-support.js';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const CREATE_FOLLOW_UP = `mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }`;
const COMPLETE = `mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id status } }`;
const RECEIVE = `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }`;
const TIMELINE = `query ($id: ID!, $first: Int!, $after: String, $fs: FollowUpStatus, $cs: ComplaintStatus) {
  customer(id: $id) { id name
    followUps(first: $first, after: $after, status: $fs) { totalCount pageInfo { hasNextPage endCursor } nodes { id customerId status dueDate result } }
    complaints(first: $first, after: $after, status: $cs) { totalCount pageInfo { hasNextPage endCursor } nodes { id customerId status description } }
  } }`;
const LISTED = `query ($n: Int!) { customers(first: $n) { nodes { id followUps(first: 2) { totalCount nodes { id } } complaints(first: 2) { totalCount nodes { id } } } } }`;

const cs = staff('STAFF', 'CUSTOMER_SERVICE', '客服专员');
const guide = staff('STAFF', 'GUIDE', '导医');
const finance = staff('FINANCE', 'FINANCE', '财务');

describe('Customer.followUps and Customer.complaints', () => {
  let db: TestDatabase;
  let crm: TestService;
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<T> => {
    const { data, errors } = await crm.request(query, variables, undefined, as);
    expect(errors).toBeUndefined();
    return data as T;
  };
  const customers: { id: string; followUps: string[]; complaints: string[] }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    for (let i = 0; i < 4; i++) {
      const id = (await ok(CREATE_CUSTOMER, { input: { name: `时间线${i}`, phone: freshPhone(), channel: 'PHONE' } }, testCallers.system))
        .createCustomer.id;
      const followUps: string[] = [];
      const complaints: string[] = [];
      for (let j = 0; j < 3 + i; j++) {
        followUps.push(
          (
            await ok(
              CREATE_FOLLOW_UP,
              { input: { customerId: id, type: 'SATISFACTION', dueDate: `2026-12-${String(10 + j).padStart(2, '0')}` } },
              cs,
            )
          ).createFollowUp.id,
        );
        complaints.push(
          (
            await ok(
              RECEIVE,
              { input: { customerId: id, channel: 'PHONE', category: 'SERVICE_ATTITUDE', severity: 'LOW', description: `态度${j}` } },
              cs,
            )
          ).receiveComplaint.id,
        );
      }
      customers.push({ id, followUps, complaints });
    }
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('pages a customer’s follow-ups and complaints newest first with totalCount and a cursor, only theirs', async () => {
    const c = customers[2]!; // 5 of each
    const page1 = (await ok(TIMELINE, { id: c.id, first: 3 }, cs)).customer;
    expect(page1.followUps.totalCount).toBe(5);
    expect(page1.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([...c.followUps].reverse().slice(0, 3));
    expect(page1.followUps.pageInfo.hasNextPage).toBe(true);
    expect(page1.complaints.totalCount).toBe(5);
    expect(page1.complaints.nodes.map((n: { id: string }) => n.id)).toEqual([...c.complaints].reverse().slice(0, 3));
    expect(page1.complaints.nodes.every((n: { customerId: string }) => n.customerId === c.id)).toBe(true);
    const page2 = (await ok(TIMELINE, { id: c.id, first: 3, after: page1.followUps.pageInfo.endCursor }, cs)).customer;
    expect(page2.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([...c.followUps].reverse().slice(3));
    expect(page2.followUps.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by status', async () => {
    const c = customers[1]!; // 4 of each
    await ok(COMPLETE, { input: { taskId: c.followUps[0], result: '恢复良好', satisfaction: 5, newNeedFound: false } }, cs);
    const done = (await ok(TIMELINE, { id: c.id, first: 10, fs: 'DONE', cs: 'CLOSED' }, cs)).customer;
    expect(done.followUps).toMatchObject({ totalCount: 1, nodes: [{ id: c.followUps[0], status: 'DONE', result: '恢复良好' }] });
    expect(done.complaints).toMatchObject({ totalCount: 0, nodes: [] });
    const open = (await ok(TIMELINE, { id: c.id, first: 10, fs: 'OPEN', cs: 'RECEIVED' }, cs)).customer;
    expect(open.followUps.totalCount).toBe(3);
    expect(open.complaints.totalCount).toBe(4);
  });

  it('loads the lists of every customer in a page with the same statements, whatever the number of customers', async () => {
    const count = async (n: number) => {
      crm.resetQueries();
      const data = await ok(LISTED, { n }, cs);
      expect(data.customers.nodes).toHaveLength(n);
      return statements(crm.queries).length;
    };
    const one = await count(1);
    const four = await count(4);
    expect(four).toBe(one);
    const data = await ok(LISTED, { n: 4 }, cs);
    for (const node of data.customers.nodes) {
      const mine = customers.find((c) => c.id === node.id)!;
      expect(node.followUps.totalCount).toBe(mine.followUps.length);
      expect(node.complaints.nodes.map((n: { id: string }) => n.id)).toEqual([...mine.complaints].reverse().slice(0, 2));
    }
  });

  it('refuses follow-ups and complaints to a guide (FORBIDDEN OTHER_DEPARTMENT) and still answers the customer', async () => {
    const { data, errors } = await crm.request(TIMELINE, { id: customers[0]!.id, first: 5 }, undefined, guide);
    expect(data?.customer).toMatchObject({ id: customers[0]!.id, followUps: null, complaints: null });
    expect(errors?.map((e) => [e.path.join('.'), e.extensions.code, e.extensions.reason]).sort()).toEqual([
      ['customer.complaints', 'FORBIDDEN', 'OTHER_DEPARTMENT'],
      ['customer.followUps', 'FORBIDDEN', 'OTHER_DEPARTMENT'],
    ]);
  });

  it('gives finance the complaints (description masked) but not the follow-ups', async () => {
    const { data, errors } = await crm.request(TIMELINE, { id: customers[0]!.id, first: 5 }, undefined, finance);
    expect(data?.customer.followUps).toBeNull();
    expect(errors?.map((e) => e.path.join('.'))).toEqual(['customer.followUps']);
    expect(data?.customer.complaints.totalCount).toBe(3);
    expect(data?.customer.complaints.nodes.every((n: { description: string | null }) => n.description === null)).toBe(true);
  });

  it('records the read of the complaints’ descriptions and follow-up results in the audit trail', async () => {
    const reader = staff('STAFF', 'CUSTOMER_SERVICE', '客服审阅');
    const audit = await auditProbe(crm);
    const c = customers[3]!;
    await ok(TIMELINE, { id: c.id, first: 10 }, reader);
    const entries = await eventually(async () => {
      const all = await audit.entriesOf(reader.id!);
      return all.some((e) => e.targetType === 'Complaint') && all;
    });
    const complaint = entries.find((e) => e.targetType === 'Complaint')!;
    expect(complaint).toMatchObject({ operation: 'query customer', fields: ['description'], customerIds: [c.id] });
    expect([...complaint.targetIds].sort()).toEqual([...c.complaints].sort());
  });
});
