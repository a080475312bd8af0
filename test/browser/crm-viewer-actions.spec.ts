import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Actions by permission in the portal (issue 17, docs/access-control.md): a screen offers a record's
// action only when the API's viewerActions hold it. Finance sees no 受理投诉 and no step of a new
// complaint; the director who proposed a refund sees no 院长批准; the director approving another's
// refund reads the complaint's text; an adjustment that can only fail offers no 批准.

let system: RunningSystem;
let browser: Browser;
const TEXT = '种植后反复疼痛，要求退还部分费用';
// the first screen of a remote loads slowly on a busy two-core machine
const SLOW = 240_000;
const ids: Record<string, string> = {};

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};

async function receiveComplaint(): Promise<string> {
  const { receiveComplaint } = await ok(
    'cs.staff',
    'mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }',
    {
      input: { channel: 'PHONE', category: 'MEDICAL_QUALITY', severity: 'HIGH', description: TEXT, departmentCode: 'DENTAL' },
    },
  );
  return receiveComplaint.id;
}

/** a complaint escalated to customer service with a compensation proposed by `by` */
async function proposed(by: DemoUser): Promise<string> {
  const id = await receiveComplaint();
  const step = (action: string) =>
    ok('onsite.a', 'mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { id } }', {
      input: { complaintId: id, action },
    });
  await step('START_ONSITE');
  for (let i = 0; i < 3; i++) await step('ONSITE_ATTEMPT_FAILED');
  await ok(by, 'mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { id } }', {
    input: { complaintId: id, kind: 'COMPENSATION', resolution: '退还部分费用', amountFen: 80000 },
  });
  return id;
}

async function as(who: DemoUser, path: string, step: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  try {
    await signIn(page, system.portalUrl, who, { path });
    await step(page);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

async function openComplaint(page: Page, id: string, status: string) {
  await page.getByTestId(`crm-complaint-row-${id}`).click({ timeout: 60_000 });
  await page.locator(`[data-testid="crm-complaint-drawer-status"][data-status="${status}"]`).waitFor({ timeout: 15_000 });
}

beforeAll(async () => {
  system = await startSystem({ frontends: true });
  browser = await launchBrowser();
  // a member with no points yet: the deduction below can only fail
  const { createCustomer } = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
    input: { name: '钱扣减', phone: '13955554321', channel: 'PHONE' },
  });
  const membership = await eventually(
    async () =>
      (
        await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
          input: { customerId: createCustomer.id },
        })
      ).data?.enrollMember,
    60_000,
  );
  ids.membership = membership.id;
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('actions by permission in the portal (browser)', () => {
  it(
    'as finance the complaint workbench offers no 受理投诉 and no step of a new complaint; customer service is offered both',
    async () => {
      const id = await receiveComplaint();
      await as('finance', '/crm/complaints', async (page) => {
        await openComplaint(page, id, 'RECEIVED');
        expect(await page.getByTestId('crm-complaint-receive').count()).toBe(0);
        expect(
          await page
            .getByTestId('crm-complaint-drawer')
            .getByRole('button', { name: /受理|开始现场处理/ })
            .count(),
        ).toBe(0);
        expect(await page.locator('[data-testid^="crm-complaint-action-"]').count()).toBe(0);
        await page.getByText('您在当前状态没有可执行的操作').waitFor({ timeout: 5_000 });
      });
      await as('cs.staff', '/crm/complaints', async (page) => {
        await openComplaint(page, id, 'RECEIVED');
        expect(await page.getByTestId('crm-complaint-receive').innerText()).toContain('受理');
        await page.getByTestId('crm-complaint-action-START_ONSITE').waitFor({ timeout: 5_000 });
      });
    },
    SLOW,
  );

  it(
    'as the proposer the director is offered no 院长批准; on another’s refund the director approves it reading the complaint’s text',
    async () => {
      const own = await proposed('director');
      const other = await proposed('cs.staff');
      await as('director', '/crm/complaints', async (page) => {
        await openComplaint(page, own, 'RESOLUTION_PROPOSED');
        await page.getByTestId('crm-complaint-action-EMERGENCY').waitFor({ timeout: 5_000 });
        expect(await page.getByTestId('crm-complaint-action-DIRECTOR_APPROVE').count()).toBe(0);
        expect(await page.getByTestId('crm-complaint-action-DIRECTOR_REJECT').count()).toBe(0);
        await page.keyboard.press('Escape');
        await page.getByTestId('crm-complaint-drawer').waitFor({ state: 'hidden', timeout: 10_000 });

        await openComplaint(page, other, 'RESOLUTION_PROPOSED');
        expect(await page.getByTestId('crm-complaint-description').innerText()).toBe(TEXT);
        expect(await page.getByTestId('crm-complaint-action-DIRECTOR_APPROVE').innerText()).toContain('院长批准');
      });
      await ok('director', 'mutation ($id: ID!) { approveComplaintResolution(complaintId: $id) { id } }', { id: other });
      await as('finance', '/crm/complaints', async (page) => {
        await openComplaint(page, other, 'DIRECTOR_APPROVED');
        expect(await page.getByTestId('crm-complaint-description').innerText()).toBe(TEXT);
        await page.getByTestId('crm-complaint-action-FINANCE_CONFIRM').waitFor({ timeout: 5_000 });
      });
    },
    SLOW,
  );

  it(
    'offers no 批准 on a points deduction the balance cannot cover, only 驳回',
    async () => {
      const staffId = (await ok('cs.staff', '{ me { id } }')).me.id;
      const request = async (points: number) =>
        (
          await ok('cs.staff', 'mutation ($input: RequestPointsAdjustmentInput!) { requestPointsAdjustment(input: $input) { id } }', {
            input: {
              membershipId: ids.membership,
              points,
              reason: '积分更正',
              responsibleDepartment: 'CUSTOMER_SERVICE',
              responsibleStaffId: staffId,
              idempotencyKey: randomUUID(),
            },
          })
        ).requestPointsAdjustment.id as string;
      const credit = await request(100);
      const debit = await request(-900000);
      await as('member.admin', '/members/adjustments', async (page) => {
        await page.getByTestId(`members-adjustment-approve-${credit}`).waitFor({ timeout: 60_000 });
        await page.getByTestId(`members-adjustment-reject-${debit}`).waitFor({ timeout: 5_000 });
        expect(await page.getByTestId(`members-adjustment-approve-${debit}`).count()).toBe(0);
        expect(await page.getByTestId(`members-adjustment-cannot-approve-${debit}`).innerText()).toContain('积分余额不足');
      });
    },
    SLOW,
  );
});
