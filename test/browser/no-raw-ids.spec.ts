import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCTORS } from '@careline/identity';
import { launchBrowser, signIn } from '../support/browser.js';
import { CARE_DEMO_USERS, DEMO_USERS, POSITION_DEMO_USERS, startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// The id / code / key sweep (issue 17, "names everywhere"): the director opens every page of every
// remote, with a small story of records behind them (a customer registered, consulted, booked, arrived,
// dealt, enrolled with points, an adjustment requested, a complaint received, and the audit trail all
// of that leaves), and no page may show a staff or record UUID, a '#'-prefixed short id, an i18n key
// that did not translate or an internal code. The pages come from the navigation definitions in the
// front ends' sources, so a page added to a remote is swept without editing this file.

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The string values of `export const <name> = [ … ] as const` in a front end's source. */
function constList(file: string, name: string): string[] {
  const source = readFileSync(root(file), 'utf8');
  const match = new RegExp(`export const ${name} = \\[([^\\]]*)\\] as const`).exec(source);
  if (!match) throw new Error(`${name} not found in ${file}`);
  // comments between the entries may hold an apostrophe (doctors'): they are dropped before the strings are read
  return [...match[1]!.replace(/\/\/.*$/gm, '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** Every page the director's navigation offers: the remotes' page lists, as the shell mounts them. */
function directorRoutes(): string[] {
  const kpi = constList('frontends/kpi/src/app/kpi-page.ts', 'kpiPages');
  const crm = constList('frontends/shared/src/navigation/remote-pages.ts', 'crmPages');
  const members = constList('frontends/shared/src/navigation/remote-pages.ts', 'memberPages');
  const admin = constList('frontends/shared/src/navigation/remote-pages.ts', 'adminTabs');
  return [
    '/',
    ...kpi.map((p) => `/kpi/${p}`),
    ...crm.map((p) => `/crm/${p}`),
    '/crm/customers/new',
    '/crm/customers/merge',
    ...members.map((p) => `/members/${p}`),
    ...admin.map((p) => `/admin/${p}`),
  ];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const SHORT_ID = /#[0-9a-f]{8}\b/gi;
/** an i18n key that came out as itself: two or more dotted lower-camel words (`picker.customer`) */
const I18N_KEY = /(?<![\w@/.-])[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)+(?![\w@/-])/g;
/** an internal code: an upper-case word of three letters or more, or SCREAMING_SNAKE (DENTAL, PROPOSE_REMEDY) */
const CODE = /(?<![\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\w-])/g;

/**
 * Legitimate text that looks like a code or a key, allowed explicitly: abbreviations people use as words,
 * membership card numbers (M and eight digits, printed on the card), and sign-in names (`cs.staff`, the demo
 * doctors' `dr.li`), which the staff admin shows on purpose. Receipt numbers have dashes and mixed case, which the patterns skip.
 */
const ALLOWED_CODES = new Set(['KPI', 'VIP', 'CSV', 'XLSX', 'API', 'RFM', 'SMS', 'GMV', 'CRM', 'PDF', 'URL']);
const CARD_NUMBER = /^M\d{8}$/;
const ALLOWED_KEYS = new Set<string>([
  ...DEMO_USERS,
  ...CARE_DEMO_USERS,
  ...POSITION_DEMO_USERS,
  ...DEMO_DOCTORS.map((doctor) => doctor.username),
]);

/** What on the page's visible text breaks the rule, one entry per finding. */
function findings(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(UUID)) found.push(`UUID ${m[0]}`);
  for (const m of text.matchAll(SHORT_ID)) found.push(`short id ${m[0]}`);
  for (const m of text.matchAll(I18N_KEY)) if (!ALLOWED_KEYS.has(m[0])) found.push(`i18n key ${m[0]}`);
  for (const m of text.matchAll(CODE))
    if (m[0].length >= 3 && !ALLOWED_CODES.has(m[0]) && !CARD_NUMBER.test(m[0])) found.push(`code ${m[0]}`);
  return found;
}

/**
 * Waits until the page has drawn its data: no request in flight for a moment (the counter is kept by
 * `trackRequests`) and no spinner or skeleton left. A page that polls is swept once its first answers are in.
 */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const busy = inFlight() > 0 || (await page.locator('.ant-spin-spinning, .ant-skeleton-active').count()) > 0;
    if (busy) quietSince = 0;
    else if (!quietSince) quietSince = Date.now();
    else if (Date.now() - quietSince >= 400) return;
    await page.waitForTimeout(100);
  }
}

describe('names everywhere: no page of the portal shows a UUID, short id, raw code or i18n key (browser)', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** requests the page has sent and not yet seen answered */
  let requests = 0;
  const story: Record<string, string> = {};

  const ok = async (who: DemoUser, query: string, variables: Record<string, unknown> = {}) => {
    const result = await system.as(who, query, variables);
    if (result.errors) throw new Error(`${who}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  async function until<T>(check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check().catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();

    // one customer's story through the services' own write paths, so the pages have staff-owned rows
    const me = async (who: DemoUser) => ((await ok(who, '{ me { id } }')) as { me: { id: string } }).me.id;
    const [onsiteA, onsiteB] = [await me('onsite.a'), await me('onsite.b')];
    const registered = await ok(
      'consult.staff',
      'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }',
      { input: { name: '王名字', phone: '13912340001', channel: 'PHONE', gender: 'FEMALE', region: '广州' } },
    );
    story.customerId = registered.registerCustomer.customer.id;
    const consultation = await ok(
      'consult.staff',
      'mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id } }',
      {
        input: {
          phone: '13912340001',
          channel: 'PHONE',
          outcome: 'BOOKED',
          name: '王名字',
          diseaseType: '牙齿矫正',
          concern: 'PRICE_COMPARISON',
        },
      },
    );
    const slotStart = new Date(Date.now() + 30 * 60_000);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(slotStart);
    await ok('onsite.admin', 'mutation ($input: SetDutyRosterInput!) { setDutyRoster(input: $input) { day } }', {
      input: { day, consultantIds: [onsiteA, onsiteB] },
    });
    const booked = await ok('consult.staff', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
      input: {
        type: 'TREATMENT',
        departmentCode: 'DENTAL',
        doctorId: '01a30000-0000-7000-8000-00000000d0c1',
        slotStart: slotStart.toISOString(),
        consultationId: consultation.registerConsultation.id,
      },
    });
    const visit = await ok('guide', 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }', {
      input: { appointmentId: booked.bookAppointment.id, designatedDoctor: true },
    });
    const enrolled = await until(
      async () =>
        (
          await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: story.customerId },
          })
        ).data?.enrollMember as { id: string } | undefined,
    );
    story.membershipId = enrolled.id;
    await ok('onsite.a', 'mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id } }', {
      input: {
        visitId: visit.registerVisit.id,
        dealt: true,
        amountFen: 200000,
        receiptNumber: 'SF-2026-NAMES-0001',
        items: ['隐形矫正首期'],
      },
    });
    await until(async () => {
      const r = await ok('member.admin', 'query ($id: ID!) { membership(id: $id) { pointsBalance } }', { id: story.membershipId });
      return r.membership.pointsBalance > 0;
    });
    await ok('cs.admin', 'mutation ($input: RequestPointsAdjustmentInput!) { requestPointsAdjustment(input: $input) { id } }', {
      input: {
        idempotencyKey: randomUUID(),
        membershipId: story.membershipId,
        points: 100,
        reason: '服务补偿',
        responsibleDepartment: 'CUSTOMER_SERVICE',
        responsibleStaffId: onsiteA,
      },
    });
    await ok('cs.staff', 'mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }', {
      input: {
        customerId: story.customerId,
        channel: 'PHONE',
        category: 'MEDICAL_QUALITY',
        severity: 'HIGH',
        description: '矫正后疼痛',
        departmentCode: 'DENTAL',
        staffId: onsiteA,
      },
    });

    // one director's tab for the whole sweep: signing in once keeps it well inside two minutes
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    // the shell's notification stream stays open for as long as the page: it is never "in flight"
    const counted = (request: Request) => !request.url().includes('/notifications/stream');
    page.on('request', (request) => {
      if (counted(request)) requests++;
    });
    const answered = (request: Request) => {
      if (counted(request)) requests--;
    };
    page.on('requestfinished', answered);
    page.on('requestfailed', answered);
    await signIn(page, system.portalUrl, 'director');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await system?.stop();
  });

  it('collects the pages from the navigation definitions', () => {
    const routes = directorRoutes();
    // every remote contributes pages (a renamed list would otherwise sweep nothing)
    for (const prefix of ['/kpi/', '/crm/', '/members/', '/admin/']) expect(routes.some((r) => r.startsWith(prefix))).toBe(true);
  });

  /**
   * Opens the route in the director's tab, as the menu does (the router hears a history change, so each
   * remote's code loads once, not on every page), and lists what on it breaks the rule.
   */
  async function sweep(route: string): Promise<string[]> {
    await page.evaluate((path) => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, route);
    await page
      .waitForURL((url) => url.pathname === route || url.pathname.startsWith(`${route}/`), { timeout: 10_000 })
      .catch(() => undefined);
    await settle(page, () => requests);
    return [...new Set(findings(await page.locator('body').innerText()))];
  }

  it.each(directorRoutes())('%s shows names, labels and hospital dates', async (route) => {
    expect(await sweep(route)).toEqual([]);
  });

  it('the customer 360 and the member 360 of the story show names, labels and hospital dates', async () => {
    expect(await sweep(`/crm/customers/${story.customerId}`)).toEqual([]);
    expect(await sweep(`/members/member/${story.membershipId}`)).toEqual([]);
  });
});
