import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const NEW_CUSTOMERS = `query ($period: PeriodInput!) {
  newCustomers(period: $period, groupBy: DAY) { totalNewCustomers }
}`;

const hospitalToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const randomPhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the portal: shell with the KPI remote loaded at run time', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let totalFromApi: number;

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    // customers and figures are for signed-in staff only: the director sets the scene through the API
    const customers = [
      { name: '林晓', channel: 'PHONE' },
      { name: '周敏', channel: 'WEB' },
      { name: '郑浩', channel: 'PHONE' },
    ];
    for (const customer of customers) {
      const created = await system.as('director', CREATE_CUSTOMER, { input: { ...customer, phone: randomPhone() } });
      expect(created.errors).toBeUndefined();
    }
    // analytics counts customers from the CustomerRegistered event, so the figure arrives shortly after
    const day = hospitalToday();
    totalFromApi = await until(async () => {
      const result = await system.as<{ newCustomers: { totalNewCustomers: number } | null }>('director', NEW_CUSTOMERS, {
        period: { from: day, to: day },
      });
      const total = result.data?.newCustomers?.totalNewCustomers ?? 0;
      return total >= 3 ? total : undefined;
    });
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('opens the 经营看板 tab from the 经营看板 menu, not 新增客户', async () => {
    // /kpi sends a signed-out visitor to sign in, and back to /kpi once signed in
    await signIn(page, system.portalUrl, 'director', { path: '/kpi' });
    expect(new URL(page.url()).pathname).toBe('/kpi');
    await page.getByTestId('kpi-tabs').waitFor({ timeout: 30_000 });
    expect(await page.locator('.ant-tabs-tab-active').getByTestId('kpi-tab-dashboard').count()).toBe(1);
    expect(await page.locator('.ant-tabs-tab-active').getByTestId('kpi-tab-new-customers').count()).toBe(0);
    // the menu item leads here too
    await page.getByRole('menuitem', { name: '经营看板' }).click();
    expect(new URL(page.url()).pathname).toBe('/kpi');
    expect(await page.locator('.ant-tabs-tab-active').getByTestId('kpi-tab-dashboard').count()).toBe(1);
  });

  it('shows the new-customer chart, table and total from the gateway under /kpi/new-customers, in Chinese by default', async () => {
    await page.goto(`${system.portalUrl}/kpi/new-customers`);

    await page.getByTestId('kpi-new-customers-chart').waitFor({ timeout: 30_000 });
    await page.getByTestId('kpi-new-customers-table').waitFor();
    // the default period is the last 30 days, so today's customers are all counted in it
    const total = await page.getByTestId('kpi-total-new-customers').textContent();
    expect(Number(total?.replace(/\D/g, ''))).toBe(totalFromApi);
    expect(await page.getByTestId('product-name').textContent()).toBe('Careline 客服会员系统');
    expect(await page.getByRole('heading', { name: '新增客户' }).isVisible()).toBe(true);
    expect(await page.getByRole('menuitem', { name: '经营看板' }).isVisible()).toBe(true);
    // the chart is drawn on a canvas inside its container
    expect(await page.getByTestId('kpi-new-customers-chart').locator('canvas').count()).toBeGreaterThan(0);
  });

  it('switches the whole page, remote included, to English', async () => {
    await page.getByTestId('language-switch').getByText('English', { exact: true }).click();

    await page.getByRole('heading', { name: 'New customers' }).waitFor();
    await page.getByRole('menuitem', { name: 'KPI dashboards' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('careline.language'))).toBe('en');
  });

  // /kpi is the 经营看板 menu's address: its index draws the role's first tab (the director's dashboard),
  // which the sign-in must load ahead as it does for /kpi/dashboard
  it.each(['/kpi/dashboard', '/kpi'])(
    'signed in the moment the sign-in page of %s is drawn, draws the KPI dashboard in one go, with no loading screen on the way',
    async (address) => {
      // the KPI remote answers slowly, so it is still loading when the sign-in returns
      const config = (await (await fetch(`${system.portalUrl}/runtime-config.json`)).json()) as { remotes: { kpi: string } };
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      await context.route(`${new URL(config.remotes.kpi).origin}/**`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      // every test id that appears on the way, in order
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        new MutationObserver(() => {
          for (const element of document.querySelectorAll('[data-testid]')) {
            const id = element.getAttribute('data-testid')!;
            if (!seen.includes(id)) seen.push(id);
          }
        }).observe(document, { subtree: true, childList: true });
      });
      const fresh = await context.newPage();
      try {
        await fresh.goto(`${system.portalUrl}${address}`);
        await fresh.getByTestId('login-username').fill('director');
        await fresh.getByTestId('login-password').fill(DEMO_PASSWORD);
        await fresh.getByTestId('login-submit').click();
        await fresh.getByTestId('kpi-dashboard').waitFor({ timeout: 30_000 });

        expect(new URL(fresh.url()).pathname).toBe(address);
        const seen = await fresh.evaluate(() => (window as unknown as { seen: string[] }).seen);
        // the sign-in page stayed until the signed-in screens, the remote and its lazily loaded page were all there
        expect(seen).toContain('login-page');
        expect(seen).not.toContain('shell-loading');
        expect(seen).not.toContain('remote-loading-kpi');
        expect(seen).not.toContain('kpi-page-loading');
      } finally {
        await context.close();
      }
    },
  );

  it('isolates a remote that cannot be loaded: an error with a retry inside its route, the shell still working', async () => {
    await system.stopFrontend('kpi');
    await page.reload();

    await page.getByTestId('remote-error-kpi').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('remote-error-kpi').isVisible()).toBe(true);
    expect(await page.getByTestId('remote-error-kpi-retry').isVisible()).toBe(true);

    await page.getByRole('menuitem', { name: 'Home' }).click();
    await page.getByTestId('home-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('product-name').isVisible()).toBe(true);
  });
});
