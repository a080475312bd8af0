import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// 补救核实 through the portal (docs/domain.md §3): a complaint-linked remedy waits on the remedies
// page of the director, then finance, then the member centre's admin, each seeing it with the
// complaint's text and only their own step's action; after the last step members carries it out
// once. Customer service, who proposed it, has no remedies page; a proposer sees no action on their own.

let system: RunningSystem;
let browser: Browser;
let db: pg.Client;
const COMPLAINT_TEXT = '上次消费的积分没有到账（补救核实）';
const ids: Record<string, string> = {};

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];

async function openRemedies(who: DemoUser): Promise<Page> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  await signIn(page, system.portalUrl, who, { path: '/crm/remedies' });
  await page.getByTestId('crm-remedies-page').waitFor({ timeout: 30_000 });
  return page;
}

/** a complaint of the member and a CREDIT_POINTS remedy of it, proposed by `by`; resolves to the remedy's id */
async function proposeRemedy(by: DemoUser, points: number): Promise<string> {
  const { receiveComplaint } = await ok(by, `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }`, {
    input: { channel: 'PHONE', category: 'POINTS_NOT_CREDITED', severity: 'LOW', description: COMPLAINT_TEXT, customerId: ids.customer },
  });
  const { proposeRemedy } = await ok(by, `mutation ($input: ProposeRemedyInput!) { proposeRemedy(input: $input) { id } }`, {
    input: { complaintId: receiveComplaint.id, kind: 'CREDIT_POINTS', points },
  });
  return proposeRemedy.id;
}

/** takes the page's step on the remedy and waits for it to leave the queue */
async function takeStep(page: Page, remedyId: string): Promise<void> {
  await page.getByTestId(`crm-remedy-step-${remedyId}`).click();
  await page.getByTestId(`crm-remedy-confirm-${remedyId}`).click();
  await page.getByTestId('crm-remedy-done').waitFor({ timeout: 15_000 });
  await page.getByTestId(`crm-remedy-row-${remedyId}`).waitFor({ state: 'detached', timeout: 15_000 });
}

beforeAll(async () => {
  system = await startSystem({ frontends: true });
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const { createCustomer } = await ok('cs.staff', `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
    input: { name: '孙补救', phone: '13966661234', channel: 'PHONE' },
  });
  ids.customer = createCustomer.id;
  const membership = await eventually(
    async () =>
      (
        await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
          input: { customerId: ids.customer },
        })
      ).data?.enrollMember,
  );
  ids.membership = membership.id;
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
  await system?.stop();
});

describe('remedies with verification in the portal (browser)', () => {
  it('takes a remedy through the director’s, finance’s and the member centre’s screens, each showing the complaint and its own action, and applies it once', async () => {
    const remedyId = await proposeRemedy('cs.staff', 150);
    const pages: Page[] = [];
    try {
      // customer service proposed it: no remedies page for them
      const cs = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
      pages.push(cs);
      await signIn(cs, system.portalUrl, 'cs.staff', { path: '/crm/complaints' });
      await cs.getByTestId('crm-tab-complaints').waitFor({ timeout: 30_000 });
      expect(await cs.getByTestId('crm-tab-remedies').count()).toBe(0);

      // finance's queue does not hold it before the director approved it
      const finance = await openRemedies('finance');
      pages.push(finance);
      // (nothing else waits for finance in this system: the empty state)
      await finance.getByTestId('crm-remedies-empty').waitFor({ timeout: 15_000 });
      expect(await finance.getByTestId('crm-remedies-empty').textContent()).toContain('暂无待处理的补救');
      expect(await finance.getByTestId(`crm-remedy-row-${remedyId}`).count()).toBe(0);

      for (const [who, label] of [
        ['director', '批准'],
        ['finance', '财务批准'],
        ['member.admin', '核对无误，执行'],
      ] as const) {
        const page = who === 'finance' ? finance : await openRemedies(who);
        if (who !== 'finance') pages.push(page);
        else await page.reload();
        await page.getByTestId(`crm-remedy-row-${remedyId}`).waitFor({ timeout: 30_000 });
        expect(await page.getByTestId(`crm-remedy-complaint-${remedyId}`).textContent()).toBe(COMPLAINT_TEXT);
        expect(await page.getByTestId(`crm-remedy-kind-${remedyId}`).textContent()).toBe('补积分');
        expect((await page.getByTestId(`crm-remedy-step-${remedyId}`).textContent())?.replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
        await takeStep(page, remedyId);
        if (who !== 'member.admin')
          expect((await sql(`select 1 from members.remedy_application where remedy_id = $1`, [remedyId])).length, who).toBe(0);
      }

      const [row] = await sql(
        `select status, approved_by, finance_approved_by, record_checked_by from crm.complaint_remedy where id = $1`,
        [remedyId],
      );
      expect(row.status).toBe('APPROVED');
      expect([row.approved_by, row.finance_approved_by, row.record_checked_by].every(Boolean)).toBe(true);
      const applied = await eventually(async () => {
        const rows = await sql(`select outcome from members.remedy_application where remedy_id = $1`, [remedyId]);
        return rows.length > 0 && rows;
      });
      expect(applied).toEqual([{ outcome: 'APPLIED' }]);
    } finally {
      for (const page of pages) await page.close();
    }
  });

  it('shows the director no action on a remedy the director proposed', async () => {
    const remedyId = await proposeRemedy('director', 80);
    const page = await openRemedies('director');
    try {
      await page.getByTestId(`crm-remedy-row-${remedyId}`).waitFor({ timeout: 30_000 });
      await expect.poll(() => page.getByTestId(`crm-remedy-row-${remedyId}`).textContent()).toContain('本人提出，须由他人审批');
      expect(await page.getByTestId(`crm-remedy-step-${remedyId}`).count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
