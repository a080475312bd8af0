import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { auditProbe, staff } from './support.js';

let nextPhone = 1000;
const phone = () => `1320000${String(nextPhone++).padStart(4, '0')}`;

describe('every change to customers, key accounts and messages is audited', () => {
  let db: TestDatabase;
  let crm: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  const create = async (name: string) =>
    (
      await crm.request(
        `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
        { input: { name, phone: phone(), channel: 'WEB' } },
        undefined,
        testCallers.csStaff,
      )
    ).data.createCustomer.id as string;
  const changesOf = async (actorId: string, operation: string) =>
    eventually(async () => {
      const found = (await audit.entriesOf(actorId)).filter(
        (e) =>
          e.operation === operation &&
          e.outcome === 'SUCCESS' &&
          e.fields.length > 0 &&
          !e.fields.every((f) => ['name', 'phone'].includes(f)),
      );
      return found.length > 0 && found;
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    audit = await auditProbe(crm);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('records updateCustomer with the fields changed', async () => {
    const id = await create('审计改');
    const caller = staff('STAFF', 'CONSULTATION');
    await crm.request(
      `mutation ($id: ID!) { updateCustomer(id: $id, input: { tags: ["x"], marketingConsent: true }) { id } }`,
      { id },
      undefined,
      caller,
    );
    const [entry] = await changesOf(caller.id!, 'mutation updateCustomer');
    expect(entry).toMatchObject({ targetType: 'Customer', targetIds: [id], customerIds: [id], fields: ['marketingConsent', 'tags'] });
  });

  it('records reclassifyCustomer and mergeCustomers with the customers concerned', async () => {
    const a = await create('审计甲');
    const b = await create('审计乙');
    const caller = staff('DEPT_ADMIN', 'CUSTOMER_SERVICE');
    await crm.request(
      `mutation ($id: ID!) { reclassifyCustomer(input: { customerId: $id, customerClass: A, reason: "r" }) { id } }`,
      { id: a },
      undefined,
      caller,
    );
    expect((await changesOf(caller.id!, 'mutation reclassifyCustomer'))[0]).toMatchObject({ targetIds: [a], fields: ['customerClass'] });
    await crm.request(
      `mutation ($a: ID!, $b: ID!) { mergeCustomers(input: { survivorId: $a, mergedId: $b }) { id } }`,
      { a, b },
      undefined,
      caller,
    );
    expect((await changesOf(caller.id!, 'mutation mergeCustomers'))[0]).toMatchObject({ targetIds: [a, b], customerIds: [a, b] });
  });

  it('records key-account changes and message sends', async () => {
    const keyStaff = staff('DEPT_ADMIN', 'KEY_ACCOUNT');
    const { data } = await crm.request(
      `mutation { createKeyAccount(input: { name: "审计单位", kind: VIP }) { id } }`,
      {},
      undefined,
      keyStaff,
    );
    await crm.request(
      `mutation ($id: ID!) { assessKeyAccountRisk(input: { keyAccountId: $id, financialStatus: 10, operatingStability: 10, cooperationHistory: 10 }) { id } }`,
      { id: data.createKeyAccount.id },
      undefined,
      keyStaff,
    );
    expect((await changesOf(keyStaff.id!, 'mutation createKeyAccount'))[0]).toMatchObject({
      targetType: 'KeyAccount',
      targetIds: [data.createKeyAccount.id],
    });
    expect((await changesOf(keyStaff.id!, 'mutation assessKeyAccountRisk'))[0]).toMatchObject({ fields: ['riskLevel', 'riskScore'] });

    const msgAdmin = staff('DEPT_ADMIN', 'MEMBER_CENTRE');
    const templates = await crm.request(`query { messageTemplates { id code } }`, {}, undefined, msgAdmin);
    const birthday = templates.data.messageTemplates.find((t: { code: string }) => t.code === 'BIRTHDAY_DEFAULT');
    await crm.request(
      `mutation ($id: ID!) { scheduleMessage(input: { templateId: $id, segment: { tag: "无人" } }) { id } }`,
      { id: birthday.id },
      undefined,
      msgAdmin,
    );
    expect((await changesOf(msgAdmin.id!, 'mutation scheduleMessage'))[0]).toMatchObject({ targetType: 'MessageSend' });
  });
});
