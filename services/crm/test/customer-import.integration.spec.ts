import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Events, type CustomerRegisteredData, type DomainEvent } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { countRows } from './support.js';

const START = `mutation ($input: StartCustomerImportInput!) { startCustomerImport(input: $input) { id status dryRun } }`;
const POLL = `query ($id: ID!) { customerImport(id: $id) { id status total processed created updated unchanged failure rowErrors { row field message } changes { row action customerId fields } } }`;
const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const GET = `query ($id: ID!) { customer(id: $id) { name gender region tags marketingConsent birthDate channel } }`;

const cs = testCallers.csStaff;
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('customer import from CSV and XLSX', () => {
  let db: TestDatabase;
  let crm: TestService;
  let existingId: string;
  const registered: DomainEvent<CustomerRegisteredData>[] = [];

  const run = async (filename: string, content: string | Buffer, dryRun: boolean) => {
    const { data, errors } = await crm.request(START, { input: { filename, contentBase64: b64(content), dryRun } }, undefined, cs);
    expect(errors).toBeUndefined();
    return eventually(async () => {
      const job = (await crm.request(POLL, { id: data.startCustomerImport.id }, undefined, cs)).data.customerImport;
      return (job.status === 'DONE' || job.status === 'FAILED') && job;
    });
  };

  const CSV = [
    '姓名,手机号,性别,渠道,区域,生日,标签,营销同意',
    '老客户,139 1111 0001,女,电话,浦东,1980-01-02,种植;VIP,是', // existing: region, birth date, tags, consent change
    '新客户,13911110002,男,活动,徐汇,,洁牙,否',
    ',13911110003,男,电话,,,,', // no name
    '坏号码,12345,男,电话,,,,', // bad phone
    '坏渠道,13911110004,男,电报,,,,', // bad channel
    '重复,+86 13911110002,男,电话,,,,', // repeats row 3
  ].join('\n');

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    await crm.bus.subscribe<CustomerRegisteredData>('probe', Events.CustomerRegistered, async (e) => void registered.push(e));
    existingId = (
      await crm.request(CREATE, { input: { name: '老客户', phone: '13911110001', channel: 'WALK_IN', tags: ['种植'] } }, undefined, cs)
    ).data.createCustomer.id;
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('a dry run reports creates, updates and row errors, with progress reaching the total, and changes nothing', async () => {
    const job = await run('customers.csv', CSV, true);
    expect(job).toMatchObject({ status: 'DONE', total: 6, processed: 6, created: 1, updated: 1, unchanged: 0 });
    expect(job.changes).toEqual([
      {
        row: 2,
        action: 'UPDATE',
        customerId: existingId,
        fields: expect.arrayContaining(['region', 'birthDate', 'tags', 'marketingConsent', 'gender']),
      },
      { row: 3, action: 'CREATE', customerId: null, fields: expect.arrayContaining(['name', 'phone', 'channel']) },
    ]);
    expect(job.rowErrors).toEqual([
      { row: 4, field: 'name', message: expect.any(String) },
      { row: 5, field: 'phone', message: expect.stringContaining('12345') },
      { row: 6, field: 'channel', message: expect.stringContaining('电报') },
      { row: 7, field: 'phone', message: 'the phone repeats row 3' },
    ]);
    expect(await countRows(crm, `select count(*)::int as count from crm.customer`)).toBe(1);
    expect((await crm.request(GET, { id: existingId }, undefined, cs)).data.customer).toMatchObject({
      region: null,
      tags: ['种植'],
      marketingConsent: false,
    });
  });

  it('a real run upserts by phone: updates the existing customer, creates the new one (CustomerRegistered) and skips the bad rows', async () => {
    const job = await run('customers.csv', CSV, false);
    expect(job).toMatchObject({ status: 'DONE', total: 6, processed: 6, created: 1, updated: 1 });
    expect(job.rowErrors).toHaveLength(4);
    expect((await crm.request(GET, { id: existingId }, undefined, cs)).data.customer).toEqual({
      name: '老客户',
      gender: 'FEMALE',
      region: '浦东',
      tags: ['种植', 'VIP'],
      marketingConsent: true,
      birthDate: '1980-01-02',
      channel: 'WALK_IN',
    });
    const created = job.changes.find((c: { action: string }) => c.action === 'CREATE');
    expect((await crm.request(GET, { id: created.customerId }, undefined, cs)).data.customer).toMatchObject({
      name: '新客户',
      channel: 'CAMPAIGN',
      region: '徐汇',
      tags: ['洁牙'],
    });
    await eventually(async () => registered.some((e) => e.data.customerId === created.customerId));
    expect(await countRows(crm, `select count(*)::int as count from crm.customer`)).toBe(2);

    const again = await run('customers.csv', CSV, false);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('imports an XLSX sheet the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['name', 'phone', 'gender', 'channel', 'birthDate']);
    sheet.addRow(['表格客户', 13911110009, 'F', 'WEB', new Date('1992-07-08T00:00:00Z')]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const job = await run('customers.xlsx', buffer, false);
    expect(job).toMatchObject({ status: 'DONE', total: 1, processed: 1, created: 1, rowErrors: [] });
    expect((await crm.request(GET, { id: job.changes[0].customerId }, undefined, cs)).data.customer).toMatchObject({
      name: '表格客户',
      gender: 'FEMALE',
      channel: 'WEB',
      birthDate: '1992-07-08',
    });
  });

  it('fails an import whose file has no name and phone columns, and refuses other file types', async () => {
    const job = await run('bad.csv', 'a,b\n1,2', false);
    expect(job).toMatchObject({ status: 'FAILED', failure: expect.stringContaining('phone') });
    const { errors } = await crm.request(START, { input: { filename: 'x.txt', contentBase64: b64('x'), dryRun: true } }, undefined, cs);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_FILE_INVALID' });
  });

  it('refuses imports to roles that may not write customers', async () => {
    const { errors } = await crm.request(
      START,
      { input: { filename: 'a.csv', contentBase64: b64(CSV), dryRun: true } },
      undefined,
      testCallers.finance,
    );
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
