import path from 'node:path';
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
});
