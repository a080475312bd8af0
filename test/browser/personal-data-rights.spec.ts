import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { option } from '../support/antd.js';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// The person's rights through the portal (个人信息权利, docs/personal-data-rights.md): the director
// exports one person's data as a spreadsheet and JSON; customer service proposes erasing a test
// person and the director, a second person, approves it; the person's name and phone are then in no
// table of any service while the members ledger still sums.

let system: RunningSystem;
let browser: Browser;
let db: pg.Client;
const people = {
  exported: { name: '钱导出', phone: '13966660001' },
  erased: { name: '赵删除', phone: '13966660002' },
} as const;
const ids: Record<string, string> = {};

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];

async function openPage(who: DemoUser): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await signIn(page, system.portalUrl, who, { path: '/crm/personal-data' });
  await page.getByTestId('crm-pd-page').waitFor({ timeout: 30_000 });
  return page;
}
/** proposes a request for `name` through the form; resolves to the new request's id */
async function propose(page: Page, name: string, kind: '导出个人信息' | '删除（匿名化）', reason: string): Promise<string> {
  await page.getByTestId('crm-pd-customer').click();
  await page.keyboard.type(name);
  await option(page, name).click();
  await page.getByTestId('crm-pd-kind').getByText(kind).click();
  await page.getByTestId('crm-pd-reason').fill(reason);
  await page.getByTestId('crm-pd-submit').click();
  await page.getByTestId('crm-pd-proposed').waitFor({ timeout: 15_000 });
  const [row] = await sql<{ id: string }>(
    `select r.id from crm.personal_data_request r join crm.customer c on c.id = r.customer_id where c.name = $1 and r.status = 'PROPOSED'`,
    [name],
  );
  return row!.id;
}
async function approve(page: Page, requestId: string) {
  await page.getByTestId(`crm-pd-approve-${requestId}`).click();
  await page.getByTestId(`crm-pd-confirm-${requestId}`).click();
  await page.getByTestId(`crm-pd-approve-${requestId}`).waitFor({ state: 'detached', timeout: 15_000 });
}

beforeAll(async () => {
  system = await startSystem({ frontends: true });
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  for (const [key, person] of Object.entries(people)) {
    const created = await ok('cs.staff', `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
      input: { ...person, channel: 'PHONE', birthDate: '1990-06-01' },
    });
    ids[key] = created.createCustomer.id;
  }
  // the erased person is a member with points, so the ledger has something to keep
  const membership = await eventually(
    async () =>
      (
        await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
          input: { customerId: ids.erased },
        })
      ).data?.enrollMember,
  );
  ids.membership = membership.id;
  await ok('member.admin', `mutation ($input: RecordConsumptionInput!) { recordConsumption(input: $input) { id } }`, {
    input: {
      membershipId: ids.membership,
      receiptNumber: 'SF-PIPL-BROWSER-1',
      amountFen: 300000,
      occurredAt: new Date().toISOString(),
      idempotencyKey: 'pipl-browser-1',
    },
  });
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
  await system?.stop();
});

describe('the person’s rights in the portal (browser)', () => {
  it('the director requests, approves and downloads one person’s data as a spreadsheet and JSON', async () => {
    const page = await openPage('director');
    try {
      const requestId = await propose(page, people.exported.name, '导出个人信息', '本人书面申请查阅');
      await approve(page, requestId);
      expect(await page.getByTestId(`crm-pd-status-${requestId}`).innerText()).toBe('已批准，可下载');

      const [xlsx] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId(`crm-pd-xlsx-${requestId}`).click(),
      ]);
      expect(xlsx.suggestedFilename()).toMatch(new RegExp(`^personal-data-${people.exported.name}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
      // an .xlsx is a zip archive
      expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');

      const [json] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId(`crm-pd-json-${requestId}`).click(),
      ]);
      const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
      expect(exported.customerId).toBe(ids.exported);
      const customer = exported.crm.find((s: any) => s.table === 'customer');
      expect(customer.rows).toMatchObject([{ name: people.exported.name, phone: people.exported.phone }]);
      expect(exported.members.some((s: any) => s.table === 'known_customer')).toBe(true);
      expect(exported.audit.some((s: any) => s.table === 'audit_entry')).toBe(true);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('customer service proposes erasing a test person; the proposer cannot approve it; the director does; the name and phone are gone from every service', async () => {
    const [balanceBefore] = await eventually(async () => {
      const rows = await sql(`select balance from members.points_account where membership_id = $1`, [ids.membership]);
      return rows.length > 0 && rows[0].balance > 0 && rows;
    });

    const admin = await openPage('cs.admin');
    let requestId: string;
    try {
      requestId = await propose(admin, people.erased.name, '删除（匿名化）', '本人申请删除个人信息');
      // the proposer is offered no approval, only the wait for someone else
      await admin.getByTestId(`crm-pd-status-${requestId}`).waitFor({ timeout: 15_000 });
      expect(await admin.getByTestId(`crm-pd-approve-${requestId}`).count()).toBe(0);
      expect(await admin.getByTestId(`crm-pd-xlsx-${requestId}`).count()).toBe(0);
    } finally {
      await admin.close();
    }

    const director = await openPage('director');
    try {
      await approve(director, requestId);
      expect(await director.getByTestId(`crm-pd-status-${requestId}`).innerText()).toBe('已匿名化');
    } finally {
      await director.close();
    }

    await eventually(async () => {
      const rows = await sql(`select 1 from members.processed_event where event_type = 'CustomerPseudonymised'
        union all select 1 from analytics.processed_event where event_type = 'CustomerPseudonymised'`);
      return rows.length === 2;
    });
    for (const schema of ['crm', 'members', 'analytics', 'identity']) {
      const tables = await sql<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE'`,
        [schema],
      );
      for (const { table_name } of tables) {
        const [hits] = await sql(`select count(*)::int as n from "${schema}"."${table_name}" t where t::text like $1 or t::text like $2`, [
          `%${people.erased.name}%`,
          `%${people.erased.phone}%`,
        ]);
        expect(hits.n, `${schema}.${table_name}`).toBe(0);
      }
    }
    const [ledger] = await sql(`select coalesce(sum(points), 0)::int as sum from members.points_entry where membership_id = $1`, [
      ids.membership,
    ]);
    const [account] = await sql(`select balance from members.points_account where membership_id = $1`, [ids.membership]);
    expect(ledger.sum).toBe(account.balance);
    expect(account.balance).toBe(balanceBefore.balance);
    // the exported person is untouched
    expect((await sql(`select name from crm.customer where id = $1`, [ids.exported]))[0].name).toBe(people.exported.name);
  }, 180_000);
});
