import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Issue 17, "every function on a screen": the merge screen chooses per field which record's value
// stays (MergeCustomersInput.keepFromMerged), and the import screen says each refused row's problem
// in the user's language from its reason (ImportRowError.reason, value, otherRow). Over HTTP through
// the gateway, as the portal calls them.

let system: RunningSystem;

const ok = async (who: DemoUser, query: string, variables?: object) => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${query.slice(0, 80)}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data;
};
const CREATE = 'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }';
const MERGE = 'mutation ($i: MergeCustomersInput!) { mergeCustomers(input: $i) { survivorId mergedId } }';
const PROFILE = `query ($id: ID!) { customer(id: $id) { id name phone gender region wechatId address birthDate tags marketingConsent channel } }`;

beforeAll(async () => {
  system = await startSystem();
});

afterAll(async () => {
  await system?.stop();
});

describe('merging two customers, field by field', () => {
  it('takes the chosen fields from the duplicate (the phone too), the others from the survivor, and audits which', async () => {
    const survivor = (
      await ok('cs.admin', CREATE, {
        i: { name: '合并甲', phone: '13733330001', channel: 'PHONE', gender: 'FEMALE', region: '浦东', wechatId: 'wx-a', tags: ['种植'] },
      })
    ).createCustomer.id as string;
    const merged = (
      await ok('cs.admin', CREATE, {
        i: {
          name: '合并甲乙',
          phone: '13733330002',
          channel: 'WECHAT',
          gender: 'MALE',
          region: '徐汇',
          wechatId: 'wx-b',
          address: '长乐路 1 号',
          birthDate: '1985-03-04',
          tags: ['洁牙'],
        },
      })
    ).createCustomer.id as string;

    await ok('cs.admin', MERGE, { i: { survivorId: survivor, mergedId: merged, keepFromMerged: ['NAME', 'PHONE', 'REGION'] } });

    expect((await ok('cs.admin', PROFILE, { id: survivor })).customer).toEqual({
      id: survivor,
      // chosen from the duplicate
      name: '合并甲乙',
      phone: '13733330002',
      region: '徐汇',
      // not chosen: the survivor's own values stay
      gender: 'FEMALE',
      wechatId: 'wx-a',
      channel: 'PHONE',
      // the survivor had none: the duplicate's
      address: '长乐路 1 号',
      birthDate: '1985-03-04',
      tags: ['种植', '洁牙'],
      marketingConsent: false,
    });
    // the merged record is gone, and the name search finds the survivor by the name it took
    const gone = await system.as('cs.admin', PROFILE, { id: merged });
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CUSTOMER_MERGED' });
    const found = await ok('cs.admin', 'query { customers(search: "合并甲乙", first: 5) { nodes { id } } }');
    expect(found.customers.nodes).toEqual([{ id: survivor }]);

    const audited = await eventually(async () => {
      const log = await ok('auditor', 'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { nodes { operation fields } } }', {
        f: { customerId: survivor, operation: 'mutation mergeCustomers' },
      });
      return log.auditLog.nodes[0]?.fields as string[] | undefined;
    });
    expect(audited).toEqual(expect.arrayContaining(['merged', 'name', 'phone', 'region']));
  });

  it('without choices keeps the survivor’s values; an unknown field is refused and changes nothing; finance may not merge', async () => {
    const a = (await ok('cs.admin', CREATE, { i: { name: '保留甲', phone: '13733330011', channel: 'PHONE', region: '静安' } }))
      .createCustomer.id as string;
    const b = (await ok('cs.admin', CREATE, { i: { name: '保留乙', phone: '13733330012', channel: 'WEB', region: '黄浦' } })).createCustomer
      .id as string;

    const unknown = await system.as('cs.admin', MERGE, { i: { survivorId: a, mergedId: b, keepFromMerged: ['PASSWORD'] } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forbidden = await system.as('finance', MERGE, { i: { survivorId: a, mergedId: b, keepFromMerged: ['NAME'] } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok('cs.admin', PROFILE, { id: b })).customer.name).toBe('保留乙');

    await ok('cs.admin', MERGE, { i: { survivorId: a, mergedId: b } });
    expect((await ok('cs.admin', PROFILE, { id: a })).customer).toMatchObject({ name: '保留甲', phone: '13733330011', region: '静安' });
  });
});

describe('import row errors', () => {
  it('carry a reason, the cell as written and, for a repeated phone, the earlier row', async () => {
    const csv = [
      '姓名,手机号,性别,渠道,生日',
      '导入甲,13744440001,女,电话,1990-01-02',
      '导入乙,12345,男,电话,',
      '导入丙,13744440002,外星,电话,',
      '导入丁,13744440001,男,电话,',
      '导入戊,13744440003,男,电报,',
      '导入己,13744440004,男,电话,2999-01-01',
    ].join('\n');
    const started = await ok('cs.staff', 'mutation ($i: StartCustomerImportInput!) { startCustomerImport(input: $i) { id } }', {
      i: { filename: 'customers.csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: true },
    });
    const job = await eventually(async () => {
      const polled = await ok(
        'cs.staff',
        'query ($id: ID!) { customerImport(id: $id) { status created rowErrors { row field reason value otherRow } } }',
        { id: started.startCustomerImport.id },
      );
      return polled.customerImport.status === 'DONE' && polled.customerImport;
    });
    expect(job.created).toBe(1);
    expect(job.rowErrors).toEqual([
      { row: 3, field: 'phone', reason: 'PHONE_INVALID', value: '12345', otherRow: null },
      { row: 4, field: 'gender', reason: 'GENDER_INVALID', value: '外星', otherRow: null },
      { row: 5, field: 'phone', reason: 'PHONE_REPEATED', value: '13744440001', otherRow: 2 },
      { row: 6, field: 'channel', reason: 'CHANNEL_INVALID', value: '电报', otherRow: null },
      { row: 7, field: 'birthDate', reason: 'BIRTH_DATE_INVALID', value: '2999-01-01', otherRow: null },
    ]);
  });
});
