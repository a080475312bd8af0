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
import { countRows } from './support.js';

const START = `mutation ($input: StartCustomerImportInput!) { startCustomerImport(input: $input) { id status } }`;
const POLL = `query ($id: ID!) { customerImport(id: $id) { id status total processed created updated unchanged failure rowErrors { row field message } } }`;
const CREATE = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const cs = testCallers.csStaff;

const EXISTING = 1_000;
const TOTAL = 10_000;
const phoneOf = (i: number) => `136${String(i).padStart(8, '0')}`;

/** 10,000 rows: the first 1,000 phones are registered already (their region changes), 9,000 are new */
function importCsv(total = TOTAL): string {
  const lines = ['姓名,手机号,性别,渠道,区域,标签,营销同意'];
  for (let i = 0; i < total; i++)
    lines.push(`导入${i},${phoneOf(i)},${i % 2 ? '男' : '女'},电话,天河,导入;批量${i % 7},${i % 3 ? '是' : '否'}`);
  return lines.join('\n');
}

describe('importing 10,000 customers where 1,000 phones exist', () => {
  let db: TestDatabase;
  let crm: TestService;
  const run = async (csv: string) => {
    const { data, errors } = await crm.request(
      START,
      { input: { filename: 'customers.csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: false } },
      undefined,
      cs,
    );
    expect(errors).toBeUndefined();
    return eventually(
      async () => {
        const job = (await crm.request(POLL, { id: data.startCustomerImport.id }, undefined, cs)).data.customerImport;
        return (job.status === 'DONE' || job.status === 'FAILED') && job;
      },
      120_000,
      250,
    );
  };
  const customers = () => countRows(crm, `select count(*)::int as count from "crm"."customer"`);

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    const first = (
      await crm.request(CREATE, { input: { name: '已有0', phone: phoneOf(0), channel: 'WALK_IN', region: '越秀' } }, undefined, cs)
    ).data.createCustomer.id;
    // the other 999 registered customers: copies of the first with their own phone and name (seeded in SQL for speed)
    await crm.orm.em.getConnection().execute(
      `insert into "crm"."customer" select (jsonb_populate_record(null::"crm"."customer", to_jsonb(s) || jsonb_build_object(
         'id', gen_random_uuid(), 'phone', '136' || lpad(g::text, 8, '0'), 'name', '已有' || g))).*
       from "crm"."customer" s, generate_series(1, ${EXISTING - 1}) g where s.id = ?`,
      [first],
    );
    expect(await customers()).toBe(EXISTING);
  }, 60_000);
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('creates 9,000 and updates 1,000, with no duplicate phone', async () => {
    const job = await run(importCsv());
    expect(job).toMatchObject({
      status: 'DONE',
      total: TOTAL,
      processed: TOTAL,
      created: TOTAL - EXISTING,
      updated: EXISTING,
      unchanged: 0,
      rowErrors: [],
    });
    expect(await customers()).toBe(TOTAL);
    expect(await countRows(crm, `select count(distinct phone)::int as count from "crm"."customer"`)).toBe(TOTAL);
    expect(await countRows(crm, `select count(*)::int as count from "crm"."customer" where region = '天河' and name like '导入%'`)).toBe(
      TOTAL,
    );
  }, 180_000);

  it('changes nothing when the same file is imported again', async () => {
    const before = await crm.orm.em
      .getConnection()
      .execute<{ digest: string }[]>(
        `select md5(string_agg(id::text || phone || name || coalesce(region, '') || array_to_string(tags, ';') || marketing_consent::text || coalesce(updated_at::text, ''), ',' order by id)) as digest from "crm"."customer"`,
      );
    const job = await run(importCsv());
    expect(job).toMatchObject({ status: 'DONE', total: TOTAL, processed: TOTAL, created: 0, updated: 0, unchanged: TOTAL, rowErrors: [] });
    expect(await customers()).toBe(TOTAL);
    const after = await crm.orm.em
      .getConnection()
      .execute<{ digest: string }[]>(
        `select md5(string_agg(id::text || phone || name || coalesce(region, '') || array_to_string(tags, ';') || marketing_consent::text || coalesce(updated_at::text, ''), ',' order by id)) as digest from "crm"."customer"`,
      );
    expect(after[0]!.digest).toBe(before[0]!.digest);
  }, 180_000);
});
