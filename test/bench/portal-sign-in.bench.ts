import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Bench } from 'tinybench';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';
import { firstScreenScripts, shellDist } from '../support/first-screen.js';
import { writeReport } from './report.js';
import { benchEnv } from '../support/env.js';

// The portal as a person meets it, in headless Chromium against the built front ends and the static
// server of `pnpm start` (brotli, caching): the sign-in page on a first visit, then sign-in to the
// first remote route drawn (the KPI remote's 新增客户, /kpi/new-customers: /kpi itself now opens the
// director's dashboard, whose figures draw only once the gateway answers). Each iteration is a fresh browser
// context (empty cache, no session). Nothing here asserts a time; docs/frontend-delivery.md records it.
let system: RunningSystem;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const ITERATIONS = benchEnv().iterations;
const LOGIN = 'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }';

async function openSignIn(): Promise<void> {
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${system.portalUrl}/kpi/new-customers`);
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
  await page.getByTestId('kpi-period-picker').first().waitFor({ timeout: 90_000 });
}

interface Trace {
  traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[];
}

/** CPU time (not wall time) of the renderer's main-thread tasks in a Chromium trace, in ms. */
function mainThreadCpuMs(trace: Trace): number {
  const main = trace.traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  const tasks = trace.traceEvents.filter(
    (event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === main.pid && event.tid === main.tid,
  );
  return tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000;
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

/**
 * Scripts a page fetches, with their bytes on the wire (compressed), by phase: the first screen's own
 * scripts (those test/frontend-budget.spec.ts counts) apart, the rest by the phase their request
 * started in.
 */
function scriptsByPhase(
  target: Page,
  portalUrl: string,
): { phase: string; sizes: Map<string, { scripts: number; bytes: number }>; pending: Promise<void>[] } {
  const firstScreen = new Set(firstScreenScripts().map((file) => `/${path.relative(shellDist, file).split(path.sep).join('/')}`));
  const tally = { phase: 'background', sizes: new Map<string, { scripts: number; bytes: number }>(), pending: [] as Promise<void>[] };
  const phaseOf = new Map<Request, string>();
  target.on('request', (request) => {
    const url = new URL(request.url());
    phaseOf.set(request, url.origin === portalUrl && firstScreen.has(url.pathname) ? 'first screen' : tally.phase);
  });
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
    const [loadAtStart = 0] = loadavg();
    const bench = new Bench({ iterations: ITERATIONS, time: 0, warmupIterations: 1, warmupTime: 0, throws: true });
    bench
      .add(
        'first visit: /kpi/new-customers typed in → sign-in page drawn',
        async () => {
          await page.goto(`${system.portalUrl}/kpi/new-customers`);
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

    // the page's own work, whatever else the machine runs: the renderer main thread's CPU time (Chromium's
    // trace: each task's thread time) to draw the sign-in page, and from the click to the remote drawn
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
    const cpu = { firstScreen: [] as number[], signIn: [] as number[], signInAtOnce: [] as number[] };
    for (let run = 0; run < Math.min(ITERATIONS, 5); run++) {
      context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await browser.startTracing(page, { categories });
      await page.goto(`${system.portalUrl}/kpi/new-customers`);
      await page.getByTestId('login-submit').waitFor({ timeout: 30_000 });
      cpu.firstScreen.push(mainThreadCpuMs(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace));
      await page.getByTestId('login-username').fill('director');
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await settle(page);
      await browser.startTracing(page, { categories });
      await signInToKpi();
      cpu.signIn.push(mainThreadCpuMs(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace));
      await closeContext();
      // clicked as soon as the page is drawn: the containers' loading and evaluation fall after the click
      await openSignIn();
      await browser.startTracing(page, { categories });
      await signInToKpi();
      cpu.signInAtOnce.push(mainThreadCpuMs(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace));
      await closeContext();
    }
    const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);

    // what travels: one more visit, counting the compressed bytes of the scripts of each phase
    context = await browser.newContext({ locale: 'zh-CN' });
    page = await context.newPage();
    const tally = scriptsByPhase(page, system.portalUrl);
    await page.goto(`${system.portalUrl}/kpi/new-customers`);
    await page.getByTestId('login-submit').waitFor({ timeout: 30_000 });
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
      `the renderer main thread's CPU time (median of ${cpu.signIn.length} traced runs, tracing included): ${median(cpu.firstScreen)} ms to draw the sign-in page, ${median(cpu.signIn)} ms from the sign-in click to the KPI remote drawn (sign-in page idle first), ${median(cpu.signInAtOnce)} ms when clicked as soon as the page is drawn; the wall-clock times above add the network, the login request and whatever else the machine runs (load average ${loadAtStart.toFixed(1)} at the start; ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')} at the end)`,
      `scripts of the sign-in page on the wire (brotli): ${firstScreen.scripts} files, ${kb(firstScreen.bytes)}`,
      `loaded in the background once the sign-in page is drawn (the shell_app container with React Router and Apollo Client, and the KPI remote of the address asked for): ${background.scripts} files, ${kb(background.bytes)}`,
      `loaded from the sign-in click until the KPI remote has drawn and settled: ${remote.scripts} files, ${kb(remote.bytes)}`,
    ]);
  });
});
