import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Bench } from 'tinybench';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';
import { writeReport } from './report.js';

// The portal as a person meets it, in headless Chromium against the built front ends and the static
// server of `pnpm start` (brotli, caching): the sign-in page on a first visit, then sign-in to the
// first remote route drawn (the KPI remote, the director's /kpi). Each iteration is a fresh browser
// context (empty cache, no session). Nothing here asserts a time; docs/frontend-delivery.md records it.
let system: RunningSystem;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 8);

async function openSignIn(): Promise<void> {
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${system.portalUrl}/kpi`);
  await page.getByTestId('login-submit').waitFor({ timeout: 30_000 });
  await page.getByTestId('login-username').fill('director');
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
}

async function closeContext(): Promise<void> {
  await context?.close();
}

/** The KPI remote's first route drawn: its tabs and period picker (its figures follow from the gateway). */
async function signInToKpi(): Promise<void> {
  await page.getByTestId('login-submit').click();
  await page.getByTestId('kpi-period-picker').first().waitFor({ timeout: 30_000 });
}

/** Bytes on the wire (compressed) of the scripts a page fetched, by phase. */
async function transferred(run: (page: Page) => Promise<void>, scope: Page): Promise<{ scripts: number; bytes: number }> {
  let scripts = 0;
  let bytes = 0;
  const count = async (request: import('playwright-core').Request) => {
    if (request.resourceType() !== 'script') return;
    scripts++;
    bytes += (await request.sizes()).responseBodySize;
  };
  scope.on('requestfinished', count);
  await run(scope);
  scope.off('requestfinished', count);
  return { scripts, bytes };
}

describe('the portal: first screen and sign-in to the first remote', () => {
  beforeAll(async () => {
    system = await startSystem({ frontends: true, rateLimits: { perApiKey: 1e9, perStaff: 1e9, perAnonymousIp: 1e9 } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('measures each path and writes test/bench/reports/portal-sign-in.md', async () => {
    const bench = new Bench({ iterations: ITERATIONS, time: 0, warmupIterations: 1, warmupTime: 0 });
    bench
      .add(
        'first visit: /kpi typed in → sign-in page drawn',
        async () => {
          await page.goto(`${system.portalUrl}/kpi`);
          await page.getByTestId('login-submit').waitFor({ timeout: 30_000 });
        },
        {
          beforeEach: async () => {
            context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
            page = await context.newPage();
          },
          afterEach: closeContext,
        },
      )
      .add('sign-in click → KPI remote drawn (sign-in page idle first, as while someone types)', signInToKpi, {
        beforeEach: async () => {
          await openSignIn();
          // the signed-in screens load in the background meanwhile
          await page.waitForLoadState('networkidle');
        },
        afterEach: closeContext,
      })
      .add('sign-in click → KPI remote drawn (clicked as soon as the page is drawn)', signInToKpi, {
        beforeEach: openSignIn,
        afterEach: closeContext,
      })
      .add(
        'sign-in click → KPI new-customers chart drawn with its figures (sign-in page idle first)',
        async () => {
          await page.getByTestId('login-submit').click();
          await page.getByTestId('kpi-new-customers-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
        },
        {
          beforeEach: async () => {
            await openSignIn();
            await page.waitForLoadState('networkidle');
          },
          afterEach: closeContext,
        },
      );
    await bench.run();

    // what travels: one more visit, counting the compressed bytes of the scripts of each phase
    context = await browser.newContext({ locale: 'zh-CN' });
    const visit = await context.newPage();
    const firstScreen = await transferred(async (scope) => {
      await scope.goto(`${system.portalUrl}/kpi`);
      await scope.getByTestId('login-submit').waitFor({ timeout: 30_000 });
    }, visit);
    const background = await transferred((scope) => scope.waitForLoadState('networkidle'), visit);
    page = visit;
    await page.getByTestId('login-username').fill('director');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    const remote = await transferred(() => signInToKpi(), visit);
    await closeContext();

    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    writeReport('portal-sign-in', bench, [
      `${ITERATIONS} iterations per path (BENCH_ITERATIONS), each in a fresh browser context; headless Chromium on the same machine as the system`,
      `scripts of the sign-in page on the wire (brotli): ${firstScreen.scripts} files, ${kb(firstScreen.bytes)}`,
      `loaded in the background while the sign-in page is idle (the shell_app container, React Router, Apollo Client): ${background.scripts} files, ${kb(background.bytes)}`,
      `loaded between the sign-in click and the KPI remote drawn (the remote, its antd and ECharts): ${remote.scripts} files, ${kb(remote.bytes)}`,
    ]);
  });
});
