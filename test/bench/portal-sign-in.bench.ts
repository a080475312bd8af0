import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { Bench } from 'tinybench';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';
import { writeReport } from './report.js';
import { benchEnv } from '../support/env.js';

// The portal as a person meets it, in headless Chromium against the built front ends and the static
// server of `pnpm start` (brotli, caching): the sign-in page on a first visit, then sign-in to the
// first remote route drawn (the KPI remote, the director's /kpi). Each iteration is a fresh browser
// context (empty cache, no session). Nothing here asserts a time; docs/frontend-delivery.md records it.
let system: RunningSystem;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const ITERATIONS = benchEnv().iterations;

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

/**
 * Waits until the page has had no request in flight for `quietMs` (the sign-in page loads the signed-in
 * screens in the background once drawn; Playwright's `networkidle` may have been reached before that).
 */
async function settle(target: Page, quietMs = 1000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const started = () => {
    inFlight++;
    last = Date.now();
  };
  const ended = () => {
    inFlight--;
    last = Date.now();
  };
  target.on('request', started);
  target.on('requestfinished', ended);
  target.on('requestfailed', ended);
  // a request already in flight when this began ends without having started here
  await new Promise((resolve) => setTimeout(resolve, 100));
  while (inFlight > 0 || Date.now() - last < quietMs) await new Promise((resolve) => setTimeout(resolve, 100));
  target.off('request', started);
  target.off('requestfinished', ended);
  target.off('requestfailed', ended);
}

/** Scripts a page fetches, with their bytes on the wire (compressed), by the phase their request started in. */
function scriptsByPhase(target: Page): { phase: string; sizes: Map<string, { scripts: number; bytes: number }>; pending: Promise<void>[] } {
  const tally = { phase: 'first screen', sizes: new Map<string, { scripts: number; bytes: number }>(), pending: [] as Promise<void>[] };
  const phaseOf = new Map<Request, string>();
  target.on('request', (request) => phaseOf.set(request, tally.phase));
  target.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    const phase = phaseOf.get(request) ?? tally.phase;
    tally.pending.push(
      request.sizes().then(({ responseBodySize }) => {
        const entry = tally.sizes.get(phase) ?? { scripts: 0, bytes: 0 };
        tally.sizes.set(phase, { scripts: entry.scripts + 1, bytes: entry.bytes + responseBodySize });
      }),
    );
  });
  return tally;
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
    const bench = new Bench({ iterations: ITERATIONS, time: 0, warmupIterations: 1, warmupTime: 0, throws: true });
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
          await settle(page);
        },
        afterEach: closeContext,
      })
      .add('sign-in click → KPI remote drawn (clicked as soon as the page is drawn)', signInToKpi, {
        beforeEach: openSignIn,
        afterEach: closeContext,
      })
      .add("the sign-in's own request: login through the gateway (identity checks the argon2id hash)", async () => {
        const response = await fetch(system.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: LOGIN, variables: { username: 'director', password: DEMO_PASSWORD } }),
        });
        const body = (await response.json()) as { data?: { login?: { accessToken?: string } } };
        if (!body.data?.login?.accessToken) throw new Error(`login failed: ${JSON.stringify(body)}`);
      });
    await bench.run();

    // what travels: one more visit, counting the compressed bytes of the scripts of each phase
    context = await browser.newContext({ locale: 'zh-CN' });
    page = await context.newPage();
    const tally = scriptsByPhase(page);
    await page.goto(`${system.portalUrl}/kpi`);
    await page.getByTestId('login-submit').waitFor({ timeout: 30_000 });
    tally.phase = 'background';
    await settle(page);
    await page.getByTestId('login-username').fill('director');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    tally.phase = 'remote';
    await signInToKpi();
    await settle(page);
    await Promise.all(tally.pending);
    await closeContext();
    const phase = (name: string) => tally.sizes.get(name) ?? { scripts: 0, bytes: 0 };
    const [firstScreen, background, remote] = [phase('first screen'), phase('background'), phase('remote')];

    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    writeReport('portal-sign-in', bench, [
      `${ITERATIONS} iterations per path (BENCH_ITERATIONS), each in a fresh browser context; headless Chromium on the same machine as the system`,
      `scripts of the sign-in page on the wire (brotli): ${firstScreen.scripts} files, ${kb(firstScreen.bytes)}`,
      `loaded in the background while the sign-in page is idle (the shell_app container, React Router, Apollo Client): ${background.scripts} files, ${kb(background.bytes)}`,
      `loaded from the sign-in click until the KPI remote has drawn and settled (the remote, its antd and ECharts): ${remote.scripts} files, ${kb(remote.bytes)}`,
    ]);
  });
});
