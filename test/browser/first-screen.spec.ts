import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { serveStatic } from '@careline/scripts/static-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { firstScreenScripts, shellDist } from '../support/first-screen.js';

// What a browser fetches to draw the sign-in page is what test/frontend-budget.spec.ts measures: no
// more (the budget would be blind to it), no less (it would measure code the page does not load).
describe('the sign-in page in a browser', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  beforeAll(async () => {
    // no gateway: drawing the sign-in page asks nothing of it
    server = await serveStatic({
      root: shellDist,
      port: 0,
      runtimeConfig: () => ({ graphqlUrl: 'http://127.0.0.1:9/graphql', remotes: {} }),
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws with exactly the scripts the bundle budget counts, none of the signed-in screens among them', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    try {
      const scripts = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === server.url && request.resourceType() === 'script') scripts.add(url.pathname);
      });
      // the signed-in screens (the shell_app container) may not load at all: the page must draw without them
      await page.route(`${server.url}/app/**`, (route) => route.abort());

      await page.goto(`${server.url}/crm`);
      await page.getByTestId('login-submit').waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');

      expect(new URL(page.url()).pathname).toBe('/login');
      const fetched = [...scripts].filter((pathname) => !pathname.startsWith('/app/')).sort();
      const counted = firstScreenScripts()
        .map((file) => `/${path.relative(shellDist, file).split(path.sep).join('/')}`)
        .sort();
      expect(fetched).toEqual(counted);
    } finally {
      await page.close();
    }
  });

  it('preloads, once drawn, the files of the signed-in screens and of the remote the address names, side by side, and writes their first styles ahead', async () => {
    const kpiDist = fileURLToPath(new URL('../../frontends/kpi/dist', import.meta.url));
    const kpi = await serveStatic({ root: kpiDist, port: 0 });
    const shell = await serveStatic({
      root: shellDist,
      port: 0,
      runtimeConfig: () => ({ graphqlUrl: 'http://127.0.0.1:9/graphql', remotes: { kpi: `${kpi.url}/remoteEntry.js` } }),
    });
    const page = await browser.newPage({ locale: 'zh-CN' });
    try {
      // what each container's manifest says its exposed module needs at once, as absolute URLs
      const syncFiles = (dist: string, base: string, module: string) => {
        const manifest = JSON.parse(readFileSync(path.join(dist, 'mf-manifest.json'), 'utf8')) as {
          exposes: { name: string; assets: { js: { sync: string[] } } }[];
        };
        const files = manifest.exposes.find((exposed) => exposed.name === module)!.assets.js.sync;
        return [`${base}/remoteEntry.js`, ...files.map((file) => `${base}/${file}`)];
      };
      const expected = [
        ...syncFiles(path.join(shellDist, 'app'), `${shell.url}/app`, 'SignedInApp'),
        ...syncFiles(kpiDist, kpi.url, 'KpiApp'),
      ];

      await page.goto(`${shell.url}/kpi`);
      await page.getByTestId('login-submit').waitFor({ timeout: 30_000 });
      await expect
        .poll(
          () => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href)),
          {
            timeout: 15_000,
          },
        )
        .toEqual(expect.arrayContaining(expected));

      // and, meanwhile, the antd styles of the signed-in layout (its menu) and of the KPI page (its
      // tabs, range picker and table) are written ahead, off screen: nothing of them is drawn
      const styled = () =>
        page.evaluate(() => {
          const css = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
          return ['ant-menu-inline', 'ant-tabs-nav', 'ant-picker-range', 'ant-table-thead'].filter((name) => css.includes(`.${name}`));
        });
      await expect.poll(styled, { timeout: 15_000 }).toEqual(['ant-menu-inline', 'ant-tabs-nav', 'ant-picker-range', 'ant-table-thead']);
      expect(await page.locator('.ant-menu, .ant-tabs, .ant-picker, .ant-table').count()).toBe(0);
      expect(await page.getByTestId('login-page').isVisible()).toBe(true);
    } finally {
      await page.close();
      await shell.close();
      await kpi.close();
    }
  });
});
