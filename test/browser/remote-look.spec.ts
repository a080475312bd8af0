import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

/** The Careline theme's colorPrimary (#0e7c86, frontends/shared/src/ui/antd-config-provider.tsx). */
const PRIMARY = 'rgb(14, 124, 134)';

async function weekdays(page: Page): Promise<string[]> {
  await page.getByTestId('kpi-period-picker').first().click();
  const cells = page.locator('.ant-picker-dropdown:visible .ant-picker-content th');
  await cells.first().waitFor();
  const texts = await cells.allTextContents();
  await page.keyboard.press('Escape');
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
  return texts;
}

// antd is not a federation share: the shell and each remote bundle their own, each configured by the
// kit's AppConfigProvider (docs/frontend-delivery.md). A hosted remote must still look like the shell.
describe("a remote drawn with its own antd, in the shell's theme and language", () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('colours the KPI remote with the theme, writes its date picker in the page language, keeps one copy of each style and leaves the shell styled', async () => {
    // the new-customers tab, whose period picker shows the antd locale (/kpi opens the dashboard)
    await signIn(page, system.portalUrl, 'director', { path: '/kpi/new-customers' });
    await page.getByTestId('kpi-period-picker').first().waitFor({ timeout: 30_000 });

    // the shell's title and the remote's selected tab: one theme
    expect(await page.getByTestId('product-name').evaluate((element) => getComputedStyle(element).color)).toBe(PRIMARY);
    const selectedTab = page.locator('[data-testid="kpi-tabs"] .ant-tabs-tab-active .ant-tabs-tab-btn');
    expect(await selectedTab.evaluate((element) => getComputedStyle(element).color)).toBe(PRIMARY);

    // the remote's antd locale follows the page's language, and switches with it
    expect(await weekdays(page)).toContain('一');
    await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'KPI dashboards' }).waitFor();
    expect(await weekdays(page)).toContain('Mo');

    // two copies of antd, one style sheet per component: the remote's cssinjs reuses the shell's <style>
    const hashes = await page.evaluate(() =>
      [...document.querySelectorAll('style[data-css-hash]')].map((style) => style.getAttribute('data-css-hash')),
    );
    expect(hashes.length).toBeGreaterThan(10);
    expect(new Set(hashes).size).toBe(hashes.length);

    // leaving the remote takes its antd configuration away, not the shell's
    await page.getByTestId('nav-home').click();
    const firstShortcut = page.locator('[data-testid^="home-open-"]').first();
    await firstShortcut.waitFor();
    expect(await firstShortcut.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(PRIMARY);
  });
});
