import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

const hospitalMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);

describe('the KPI remote’s 绩效考核 tab', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows a department admin the 115 % template flagged, and lets them enter a judged score that ranks their consultant', async () => {
    await signIn(page, system.portalUrl, 'onsite.admin', { path: '/kpi/scorecards?position=ONSITE_SUPERVISOR' });
    await page.getByTestId('kpi-scorecards').waitFor({ timeout: 30_000 });
    await page.getByTestId('kpi-scorecards-normalised').waitFor();
    expect(await page.getByTestId('kpi-scorecards-normalised').textContent()).toContain('115%');
    // the weights as given, and what scoring makes of them (25 of 115 → 21.74 of 100)
    expect(await page.getByTestId('kpi-scorecards-weights').textContent()).toContain('目标达成率 25% → 21.74%');
    // a department admin is limited to their department and does not export the hospital's analysis
    expect(await page.getByTestId('kpi-scorecards-department').count()).toBe(0);
    expect(await page.getByTestId('kpi-scorecards-export').count()).toBe(0);

    await page.goto(`${system.portalUrl}/kpi/scorecards?position=ONSITE_CONSULTANT`);
    await page.getByTestId('kpi-scorecards-table').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('kpi-scorecards-normalised').count()).toBe(0);
    await page.getByTestId('kpi-scorecards-judge-new').click();
    await page.getByTestId('kpi-judged-staff').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '郑咨询师' }).click();
    await page.getByTestId('kpi-judged-CONDUCT').fill('90');
    await page.getByTestId('kpi-judged-save').click();

    // nothing measured yet this month: the judged 90 × 10 % is the whole score
    const row = page.getByTestId('kpi-scorecards-table').locator('tbody tr').filter({ hasText: '郑咨询师' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('kpi-scorecard-rank').textContent()).toBe('1');
    expect(await row.getByTestId('kpi-scorecard-total').textContent()).toBe('9.00');
    // the per-item breakdown
    await row.locator('.ant-table-row-expand-icon').click();
    const items = page.getByTestId('kpi-scorecard-items');
    await items.waitFor();
    expect(await items.locator('tbody tr').count()).toBe(5);
    expect(await items.textContent()).toContain('日常行为规范');
  });

  it('lets the director set an item’s target in the template, in per cent, and scores with it', async () => {
    const director = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
    await signIn(director, system.portalUrl, 'director', { path: '/kpi/scorecards?position=ONSITE_CONSULTANT' });
    await director.getByTestId('kpi-scorecards-edit-template').click();
    await director.getByTestId('kpi-template-target-ONSITE_DEAL_RATE').fill('50');
    expect(await director.getByTestId('kpi-template-total').textContent()).toBe('权重合计 100%');
    await director.getByTestId('kpi-template-save').click();
    await director.getByText('模板已保存').waitFor();
    const row = director.getByTestId('kpi-scorecards-table').locator('tbody tr').filter({ hasText: '郑咨询师' });
    await row.locator('.ant-table-row-expand-icon').click();
    const deal = director.getByTestId('kpi-scorecard-items').locator('tbody tr').filter({ hasText: '现场成交率' });
    // sent as the share 0.5, shown back as 50.0 %; nothing measured yet, so no data rather than no target
    expect(await deal.textContent()).toContain('50.0%');
    expect(await deal.textContent()).toContain('无数据');
    await director.close();
  });

  it('downloads the month’s 月度经营分析 for the director', async () => {
    const director = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await signIn(director, system.portalUrl, 'director', { path: '/kpi/scorecards' });
    await director.getByTestId('kpi-scorecards-export').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      director.waitForEvent('download', { timeout: 30_000 }),
      director.getByTestId('kpi-scorecards-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`月度经营分析-${hospitalMonth()}.xlsx`);
    const bytes = await readFile((await download.path())!);
    // an .xlsx is a zip archive
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await director.close();
  });
});
