import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// 会员分析 (issue 17, "every function on a screen"): analytics' memberRfm and cohortRetention on the KPI
// remote, as charts with tables of the same figures, for two members enrolled through the portal's
// API (one with a ¥60,000 consumption, one with none) whose events reach analytics.

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }`;
const CONSUME = `mutation ($input: RecordConsumptionInput!) { recordConsumption(input: $input) { id } }`;
const RFM = `{ memberRfm { segment members } }`;
const randomPhone = () => `138${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const hospitalMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);

describe('the KPI remote’s 会员分析 tab', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    const memberships: string[] = [];
    for (const name of ['分群甲', '分群乙']) {
      const created = await system.as('cs.admin', CREATE_CUSTOMER, { input: { name, phone: randomPhone(), channel: 'WALK_IN' } });
      expect(created.errors).toBeUndefined();
      // members hears of the customer through CustomerRegistered
      const enrolled = await eventually(
        async () => (await system.as('member.admin', ENROL, { input: { customerId: created.data.createCustomer.id } })).data?.enrollMember,
      );
      memberships.push(enrolled.id as string);
    }
    const consumed = await system.as('member.admin', CONSUME, {
      input: {
        membershipId: memberships[0],
        receiptNumber: 'SF-RFM-0001',
        amountFen: 6_000_000,
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        idempotencyKey: 'rfm-consumption-1',
      },
    });
    expect(consumed.errors).toBeUndefined();
    // analytics hears of both enrolments and the consumption through members' events
    await eventually(async () => {
      const { data } = await system.as('director', RFM);
      const members = (segment: string) => data?.memberRfm?.find((row: any) => row.segment === segment)?.members;
      return members('IMPORTANT_DEVELOP') === 1 && members('NO_CONSUMPTION') === 1;
    }, 30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the director the RFM segments and this month’s cohort as charts and tables, by name, in Chinese and in English', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/London', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'director', { path: '/kpi' });
      await page.getByTestId('kpi-tab-members').click();
      const rfm = page.getByTestId('kpi-rfm-table');
      await rfm.waitFor({ timeout: 30_000 });

      // every segment by name; the member with ¥60,000 spent today is a recent high spender, the other has no consumption
      expect(await rfm.locator('tr[data-segment]').count()).toBe(9);
      const develop = await rfm.locator('tr[data-segment="IMPORTANT_DEVELOP"]').innerText();
      expect(develop).toMatch(/^重要发展会员\s+1\s+50\.0%\s+¥60,000\.00\s+0 天\s+1\.0\s+¥60,000\.00$/);
      expect(await rfm.locator('tr[data-segment="NO_CONSUMPTION"]').innerText()).toMatch(/^12个月未消费\s+1\s+50\.0%/);
      expect(await rfm.innerText()).not.toContain('IMPORTANT_');
      // the chart is drawn beside the table
      await page.getByTestId('kpi-rfm-chart').locator('canvas').first().waitFor({ timeout: 15_000 });

      // this month's cohort: two joined, one consumed in the joining month (later months not reached yet are blank)
      const cohorts = page.getByTestId('kpi-cohorts-table');
      await cohorts.waitFor({ timeout: 15_000 });
      const row = cohorts.locator('tbody tr').filter({ hasText: hospitalMonth() });
      expect(await row.innerText()).toMatch(new RegExp(`^${hospitalMonth()}\\s+2\\s+50\\.0% \\(1\\)\\s*$`));
      expect(await cohorts.locator('thead').innerText()).toContain('当月');
      await page.getByTestId('kpi-cohorts-chart').locator('canvas').first().waitFor({ timeout: 15_000 });

      // in English, the segments' English names
      await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
      await expect
        .poll(() => rfm.locator('tr[data-segment="IMPORTANT_DEVELOP"]').innerText(), { timeout: 10_000 })
        .toContain('Recent high spenders to develop');
      expect(await page.getByTestId('kpi-cohorts').innerText()).toContain('Retention by joining month');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
