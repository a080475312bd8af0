import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// 客户意见周报 (issue 17, "every function on a screen"): crm's weeklyOpinionReport on the complaint
// workbench, for this hospital week and the one before, with its spreadsheet export.

const RECEIVE = `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }`;
const hospitalToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

describe('the weekly opinion report', () => {
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

  it('counts the week’s complaints and suggestions by name, pages to the week before, exports a spreadsheet, in Chinese and in English', async () => {
    const opinions = [
      {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        category: 'WAITING_TIME',
        severity: 'MEDIUM',
        description: '候诊太久',
        departmentCode: 'DENTAL',
      },
      {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        category: 'WAITING_TIME',
        severity: 'HIGH',
        description: '又等了两小时',
        departmentCode: 'DENTAL',
      },
      { kind: 'SUGGESTION', channel: 'PHONE', category: 'BILLING', severity: 'LOW', description: '希望提供电子发票' },
    ];
    for (const input of opinions) expect((await system.as('cs.staff', RECEIVE, { input })).errors).toBeUndefined();
    const monday = mondayOf(hospitalToday());

    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Europe/London',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const figure = (name: string) => page.getByTestId(`crm-opinion-report-${name}`).locator('.ant-statistic-content-value').innerText();
    try {
      await signIn(page, system.portalUrl, 'cs.admin');
      await page.getByTestId('nav-crm').click();
      await page.getByTestId('crm-tab-complaints').click();
      await page.getByTestId('crm-opinion-report-open').click();
      await page.getByTestId('crm-opinion-report-figures').waitFor({ timeout: 30_000 });

      // this hospital week, Monday to Sunday
      expect(await page.getByTestId('crm-opinion-report-range').innerText()).toContain(`${monday} 至 ${addDays(monday, 6)}`);
      expect(await figure('total')).toBe('3');
      expect(await figure('complaints')).toBe('2');
      expect(await figure('suggestions')).toBe('1');
      expect(await figure('emergencies')).toBe('0');
      // names, not codes: categories, departments (one not named), severities and statuses in Chinese
      const categories = page.getByTestId('crm-opinion-report-byCategory');
      expect(await categories.locator('tbody tr').filter({ hasText: '等候时间' }).innerText()).toMatch(/等候时间\s+2\s+66\.7%/);
      expect(await categories.locator('tbody tr').filter({ hasText: '收费' }).innerText()).toMatch(/收费\s+1\s+33\.3%/);
      const departments = await page.getByTestId('crm-opinion-report-byDepartment').innerText();
      expect(departments).toContain('口腔科');
      expect(departments).toContain('未指定');
      expect(await page.getByTestId('crm-opinion-report-bySeverity').innerText()).toContain('严重');
      expect(await page.getByTestId('crm-opinion-report-byStatus').innerText()).toContain('已受理');
      const text = await page.getByTestId('crm-opinion-report').innerText();
      for (const code of ['WAITING_TIME', 'BILLING', 'DENTAL', 'NONE', 'RECEIVED', 'MEDIUM']) expect(text).not.toContain(code);

      // the spreadsheet of the week: a summary and one sheet per breakdown
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId('crm-opinion-report-export').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`客户意见周报-${monday}.xlsx`);
      const bytes = (await readFile((await download.path())!)).toString('latin1');
      // an .xlsx is a zip archive; its entry names are stored as plain text
      expect(bytes.slice(0, 2)).toBe('PK');
      expect(bytes).toContain('xl/worksheets/sheet5.xml');

      // the week before: nothing received, the empty state; the week is in the address
      await page.getByTestId('crm-opinion-report-previous').click();
      await page.getByTestId('crm-opinion-report-empty').waitFor({ timeout: 10_000 });
      expect(page.url()).toContain(`week=${addDays(monday, -7)}`);
      expect(await page.getByTestId('crm-opinion-report-range').innerText()).toContain(`${addDays(monday, -7)} 至 ${addDays(monday, -1)}`);
      // no report of a week still to come
      await page.getByTestId('crm-opinion-report-next').click();
      await page.getByTestId('crm-opinion-report-figures').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('crm-opinion-report-next').isDisabled()).toBe(true);

      // in English
      await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
      await expect.poll(() => page.getByTestId('crm-opinion-report-byCategory').innerText(), { timeout: 10_000 }).toContain('Waiting time');
      expect(await page.getByTestId('crm-opinion-report').innerText()).toContain('Weekly opinion report');
      expect(await page.getByTestId('crm-opinion-report-byDepartment').innerText()).toContain('Dentistry');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is not offered to finance, which crm does not give the report', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, system.portalUrl, 'finance');
      await page.getByTestId('nav-crm').click();
      await page.getByTestId('crm-complaints-page').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('crm-opinion-report-open').count()).toBe(0);
      expect(
        (await system.as('finance', `{ weeklyOpinionReport(weekOf: "${hospitalToday()}") { total } }`)).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    } finally {
      await context.close();
    }
  });
});
