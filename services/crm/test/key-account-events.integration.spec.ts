import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CareEvents,
  MemberFactEvents,
  newId,
  type ConsultationRegisteredData,
  type CustomerKeyAccountChangedData,
} from '@careline/service-kit';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { staff } from './support.js';

const CREATE_ACCOUNT = `mutation ($input: KeyAccountInput!) { createKeyAccount(input: $input) { id } }`;
const CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const LINK = `mutation ($c: ID!, $k: ID) { linkCustomerToKeyAccount(customerId: $c, keyAccountId: $k) { id keyAccountId } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id keyAccountId } }`;

const keyStaff = staff('STAFF', 'KEY_ACCOUNT', '客户经理');

/** What analytics needs from crm for key-account reports: who belongs to which account, and each consultation's disease type. */
describe('crm publishes key-account membership changes and disease types', () => {
  let db: TestDatabase;
  let crm: TestService;

  /** a queue subscribed to `type` and never worked: every event published stays in pgboss.job */
  const probe = async <T>(type: string) => {
    const queue = `probe-${newId().slice(-12)}.${type}`;
    await crm.bus.jobs.createQueue(queue);
    await crm.bus.jobs.subscribe(type, queue);
    return async (): Promise<T[]> =>
      (
        await crm.orm.em
          .getConnection()
          .execute<{ data: T }[]>(`select data->'data' as data from pgboss.job where name = ? order by created_on, id`, [queue])
      ).map((r) => r.data);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('publishes CustomerKeyAccountChanged when a customer is linked, moved or unlinked, and not when nothing changes', async () => {
    const changes = await probe<CustomerKeyAccountChangedData>(MemberFactEvents.CustomerKeyAccountChanged);
    const a = (await crm.request(CREATE_ACCOUNT, { input: { name: '某保险公司', kind: 'INSTITUTION' } }, undefined, keyStaff)).data
      .createKeyAccount.id as string;
    const b = (await crm.request(CREATE_ACCOUNT, { input: { name: '某学校', kind: 'INSTITUTION' } }, undefined, keyStaff)).data
      .createKeyAccount.id as string;
    const created = await crm.request(
      CUSTOMER,
      { input: { name: '李四', phone: '13500009001', channel: 'WALK_IN' } },
      undefined,
      testCallers.csStaff,
    );
    expect(created.errors).toBeUndefined();
    const customerId = created.data.createCustomer.id as string;
    expect((await crm.request(LINK, { c: customerId, k: a }, undefined, keyStaff)).errors).toBeUndefined();
    expect((await crm.request(LINK, { c: customerId, k: a }, undefined, keyStaff)).errors).toBeUndefined();
    expect(
      (await crm.request(UPDATE, { id: customerId, input: { keyAccountId: b } }, undefined, testCallers.csStaff)).errors,
    ).toBeUndefined();
    expect((await crm.request(LINK, { c: customerId, k: null }, undefined, keyStaff)).errors).toBeUndefined();
    expect(
      (await changes()).map(({ customerId: c, keyAccountId, previousKeyAccountId }) => ({ c, keyAccountId, previousKeyAccountId })),
    ).toEqual([
      { c: customerId, keyAccountId: a, previousKeyAccountId: null },
      { c: customerId, keyAccountId: b, previousKeyAccountId: a },
      { c: customerId, keyAccountId: null, previousKeyAccountId: b },
    ]);
  });

  it('carries the consultation’s disease type on ConsultationRegistered', async () => {
    const registered = await probe<ConsultationRegisteredData>(CareEvents.ConsultationRegistered);
    const consultant = staff('STAFF', 'CONSULTATION', '电话咨询员');
    const { errors } = await crm.request(
      `mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id } }`,
      { input: { channel: 'PHONE', phone: '13500009002', name: '王五', diseaseType: '牙周病', outcome: 'FOLLOW_UP_LATER' } },
      undefined,
      consultant,
    );
    expect(errors).toBeUndefined();
    expect((await registered()).map((e) => e.diseaseType)).toEqual(['牙周病']);
  });
});
