import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';

const ALL_NAV = ['nav-home', 'nav-kpi', 'nav-crm', 'nav-members', 'nav-admin'];
const ALL_TABS = ['admin-tab-staff', 'admin-tab-departments', 'admin-tab-partners', 'admin-tab-audit'];

/** What each demo login must see: its navigation and, where it has Admin, its admin tabs. */
const ROLES: { username: string; role: string; nav: string[]; tabs?: string[] }[] = [
  { username: 'director', role: 'OPS_DIRECTOR', nav: ['nav-home', 'nav-kpi', 'nav-crm', 'nav-members', 'nav-admin'], tabs: ALL_TABS },
  {
    username: 'cs.admin',
    role: 'DEPT_ADMIN',
    nav: ['nav-home', 'nav-kpi', 'nav-crm', 'nav-members', 'nav-admin'],
    tabs: ['admin-tab-staff'],
  },
  // the member centre's admin checks remedies' member records (补救核实: the CRM's remedies page alone)
  {
    username: 'member.admin',
    role: 'DEPT_ADMIN',
    nav: ['nav-home', 'nav-kpi', 'nav-crm', 'nav-members', 'nav-admin'],
    tabs: ['admin-tab-staff'],
  },
  { username: 'cs.staff', role: 'STAFF', nav: ['nav-home', 'nav-crm', 'nav-members'] },
  { username: 'finance', role: 'FINANCE', nav: ['nav-home', 'nav-kpi', 'nav-crm', 'nav-members'] },
  { username: 'auditor', role: 'AUDITOR', nav: ['nav-home', 'nav-admin'], tabs: ['admin-tab-audit'] },
];

const ME = `{ me { username role } }`;

const testIds = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')));

describe('the portal by role: sign-in, navigation and admin tabs of every demo login', () => {
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

  /** a fresh browser context per person: nothing of one sign-in (sessionStorage, cache) leaks into the next */
  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    return { context, page: await context.newPage() };
  }

  for (const { username, role, nav, tabs } of ROLES) {
    it(`shows ${username} (${role}) exactly ${nav.join(', ')}${tabs ? ` and the admin tabs ${tabs.join(', ')}` : ''}`, async () => {
      const { context, page } = await freshPage();
      try {
        await signIn(page, system.portalUrl, username);
        await page.getByTestId('home-page').waitFor({ timeout: 30_000 });

        expect(await testIds(page, '[data-testid="side-nav"] [data-testid^="nav-"]')).toEqual(nav);
        for (const absent of ALL_NAV.filter((id) => !nav.includes(id))) {
          expect(await page.getByTestId(absent).count(), `${absent} must not be shown to ${username}`).toBe(0);
        }
        // cs.staff's own module (the CRM) is in the navigation, so home no longer says it arrives soon
        if (role === 'STAFF') expect(await page.getByTestId('home-module-arriving').count()).toBe(0);

        if (tabs) {
          await page.getByTestId('nav-admin').click();
          await page.getByTestId(tabs[0]!).waitFor({ timeout: 30_000 });
          expect(await testIds(page, '[data-testid^="admin-tab-"]')).toEqual(tabs);
          for (const absent of ALL_TABS.filter((id) => !tabs.includes(id))) {
            expect(await page.getByTestId(absent).count(), `${absent} must not be shown to ${username}`).toBe(0);
          }
        } else {
          // a route the role may not open sends it home
          await page.goto(`${system.portalUrl}/admin/staff`);
          await page.getByTestId('home-page').waitFor({ timeout: 30_000 });
          expect(new URL(page.url()).pathname).toBe('/');
        }
      } finally {
        await context.close();
      }
    });
  }

  it('opens the admin tab the director picks, with its table, and keeps it in the URL', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, system.portalUrl, 'director', { path: '/admin/departments' });
      await page.getByTestId('admin-departments-table').waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).pathname).toBe('/admin/departments');
      await page.getByTestId('admin-tab-audit').click();
      await page.getByTestId('admin-audit-filters').waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/audit');
    } finally {
      await context.close();
    }
  });

  it("refuses a wrong password with the server's message and keeps the visitor on the sign-in page", async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(system.portalUrl);
      await page.getByTestId('login-username').fill('finance');
      await page.getByTestId('login-password').fill(`${DEMO_PASSWORD}-wrong`);
      await page.getByTestId('login-submit').click();

      await page.getByTestId('login-error').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('login-error').innerText()).toContain('用户名或密码不正确');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.evaluate(() => sessionStorage.getItem('careline.session'))).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('signs out: back to the sign-in page, the session forgotten, and its token refused by the gateway', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, system.portalUrl, 'finance');
      await page.getByTestId('home-page').waitFor({ timeout: 30_000 });
      const stored = JSON.parse((await page.evaluate(() => sessionStorage.getItem('careline.session')))!) as { accessToken: string };
      expect((await system.graphql(ME, {}, { authorization: `Bearer ${stored.accessToken}` })).data?.me.username).toBe('finance');

      // the tab forgets the session at once and then tells the server, which ends it for good
      const loggedOut = page.waitForResponse((response) => response.request().postData()?.includes('"operationName":"Logout"') ?? false);
      await page.getByTestId('sign-out').click();

      await page.getByTestId('login-page').waitFor({ timeout: 30_000 });
      expect((await (await loggedOut).json()).data).toEqual({ logout: true });
      expect(await page.evaluate(() => sessionStorage.getItem('careline.session'))).toBeNull();
      const after = await system.graphql(ME, {}, { authorization: `Bearer ${stored.accessToken}` });
      expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await context.close();
    }
  });

  it('sends a session the server no longer accepts back to sign-in with "会话已过期，请重新登录"', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, system.portalUrl, 'director');
      await page.getByTestId('home-page').waitFor({ timeout: 30_000 });
      // the session is ended behind the page's back (as logout from another device, or a password reset, would)
      const stored = JSON.parse((await page.evaluate(() => sessionStorage.getItem('careline.session')))!) as { accessToken: string };
      expect((await system.graphql('mutation { logout }', {}, { authorization: `Bearer ${stored.accessToken}` })).data?.logout).toBe(true);

      await page.getByTestId('nav-kpi').click();

      await page.getByTestId('login-notice').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('login-notice').innerText()).toContain('会话已过期，请重新登录');
      expect(new URL(page.url()).pathname).toBe('/login');
    } finally {
      await context.close();
    }
  });
});
