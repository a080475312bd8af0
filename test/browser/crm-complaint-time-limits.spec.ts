import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateOverdueComplaints } from '@careline/crm';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// A complaint turning overdue and escalating on the complaint workbench (issue 19): short limits
// set through the API, the time-limit job run as of the moment the limit runs out (the scheduler
// would run it within a minute of it) instead of waiting for the wall clock.

const UPDATE = `mutation ($limits: [ComplaintTimeLimitInput!]!) { updateComplaintTimeLimits(limits: $limits) { stage } }`;
const RECEIVE = `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id dueAt } }`;
const GET = `query ($id: ID!) { complaint(id: $id) { dueAt } }`;
const LIMITS = `{ complaintTimeLimits { stage severity limitMinutes } }`;
const every = (stage: string, limitMinutes: number) =>
  ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].map((severity) => ({ stage, severity, limitMinutes }));

describe('complaint time limits on the workbench', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const runJobAt = (at: number) => escalateOverdueComplaints(system.services.crm.orm, system.services.crm.bus, new Date(at));
  const openWorkbench = async (page: Page) => {
    await page.getByTestId('crm-tab-complaints').click();
    await page.getByTestId('crm-complaints-table').waitFor({ timeout: 30_000 });
  };

  it('lets the admin edit a limit (a refusal shown with its reason), then shows the time left, the complaint overdue and escalated, in Chinese and in English', async () => {
    const limits = await system.as('cs.admin', UPDATE, { limits: [...every('RECEIVED', 2), ...every('ESCALATED', 3)] });
    expect(limits.errors).toBeUndefined();
    const received = await system.as('cs.staff', RECEIVE, {
      input: { channel: 'PHONE', category: 'WAITING_TIME', severity: 'MEDIUM', description: '候诊太久', departmentCode: 'DENTAL' },
    });
    expect(received.errors).toBeUndefined();
    const { id, dueAt } = received.data.receiveComplaint as { id: string; dueAt: string };

    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/London', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'cs.admin');
      await page.getByTestId('nav-crm').click();
      await openWorkbench(page);

      // the limits as the admin sees them (set through the API above)
      await page.getByTestId('crm-complaint-limits-open').click();
      await expect.poll(() => page.getByTestId('crm-limit-RECEIVED-MEDIUM').locator('input').inputValue(), { timeout: 10_000 }).toBe('2');
      // a critical complaint may not wait longer than a high one: refused with the reason, nothing saved
      const critical = page.getByTestId('crm-limit-RECEIVED-CRITICAL').locator('input');
      await critical.fill('3');
      await page.getByTestId('crm-complaint-limits-save').click();
      await page.getByTestId('crm-complaint-limits-error').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('crm-complaint-limits-error').innerText()).toContain('严重程度更高的投诉时限不得长于较低的');
      expect((await system.as('cs.admin', LIMITS)).data.complaintTimeLimits).toContainEqual({
        stage: 'RECEIVED',
        severity: 'CRITICAL',
        limitMinutes: 2,
      });
      await critical.fill('1');
      await page.getByTestId('crm-complaint-limits-save').click();
      await page.getByTestId('crm-complaint-limits-saved').waitFor({ timeout: 10_000 });
      expect((await system.as('cs.admin', LIMITS)).data.complaintTimeLimits).toContainEqual({
        stage: 'RECEIVED',
        severity: 'CRITICAL',
        limitMinutes: 1,
      });
      await page.getByTestId('crm-complaint-limits').locator('.ant-drawer-close').click();

      // on time: the time left at the stage
      const clock = page.getByTestId(`crm-complaint-clock-${id}`);
      await clock.waitFor({ timeout: 10_000 });
      expect(await clock.getAttribute('data-clock')).toMatch(/^(ON_TIME|DUE_SOON)$/);
      expect(await clock.innerText()).toMatch(/^剩余 (1 分钟|2 分钟|不足 1 分钟)$/);

      // the limit runs out: the job hands it from the on-site consultant to customer service
      expect(await runJobAt(new Date(dueAt).getTime() + 1000)).toBe(1);
      await page.reload();
      await openWorkbench(page);
      await page.getByTestId('crm-complaints-overdue-only').click();
      await page.getByTestId(`crm-complaint-row-${id}`).click();
      await page.getByTestId('crm-complaint-drawer').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('crm-complaint-drawer-status').getAttribute('data-status')).toBe('ESCALATED');
      expect(await page.getByTestId('crm-complaint-owner').innerText()).toBe('客服部');
      expect(await page.getByTestId('crm-complaint-escalated-to').innerText()).toContain('已升级至客服部（累计超时 1 次）');
      expect(await page.getByTestId('crm-complaint-steps').innerText()).toContain('超时升级至客服部');

      // customer service lets its own limit run out too: overdue at the stage, escalated to the CS manager
      const escalatedDue = ((await system.as('cs.admin', GET, { id })).data.complaint as { dueAt: string }).dueAt;
      expect(await runJobAt(new Date(escalatedDue).getTime() + 1000)).toBe(1);
      await page.reload();
      await openWorkbench(page);
      const overdue = page.getByTestId(`crm-complaint-clock-${id}`);
      await overdue.waitFor({ timeout: 10_000 });
      expect(await overdue.getAttribute('data-clock')).toBe('OVERDUE');
      expect(await overdue.innerText()).toMatch(/^已超时 /);
      await page.getByTestId(`crm-complaint-row-${id}`).click();
      expect(await page.getByTestId('crm-complaint-escalated-to').innerText()).toContain('已升级至客服经理（累计超时 2 次）');
      // the escalation time in the hospital's zone (the browser is in London)
      const at = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Shanghai',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(new Date(escalatedDue).getTime() + 1000));
      expect(await page.getByTestId('crm-complaint-escalated-to').innerText()).toContain(at);

      // in English
      await page.locator('.ant-drawer-close').click();
      await page.getByTestId('crm-complaint-drawer').waitFor({ state: 'hidden', timeout: 10_000 });
      await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
      await expect.poll(() => page.getByTestId(`crm-complaint-clock-${id}`).innerText(), { timeout: 10_000 }).toMatch(/^Overdue /);
      await page.getByTestId(`crm-complaint-row-${id}`).click();
      expect(await page.getByTestId('crm-complaint-escalated-to').innerText()).toContain('Escalated to Customer-service manager');
      expect(await page.getByTestId('crm-complaint-steps').innerText()).toContain('Overdue: escalated to Customer service');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
