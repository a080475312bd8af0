import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, serviceEntities } from '@careline/service-kit';
import { analyticsService } from '@careline/analytics';
import { generateHistory, HOSPITAL_TIME_ZONE } from '../../scripts/lib/history-generator.mjs';
import { loadIntoAnalytics } from '../../scripts/lib/history-generator-sinks.mjs';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// 经营看板 in the shell: the director's dashboard on a seeded hospital history (`pnpm seed`'s
// generator, ending where this hospital month begins, so the month before is full of front-line
// activity and this month has only a consultation registered in crm), the period changed in the picker, a KPI broken down by
// department and one department drilled into; a department admin sees their own department only.
// Every figure on screen is held against what the gateway answers for the same query and token.

type Unit = 'PERCENT' | 'COUNT' | 'FEN' | 'SCORE';
interface Value {
  numerator: number;
  denominator: number | null;
  value: number | null;
  share?: number | null;
}
interface Summary {
  code: string;
  definition: { unit: Unit; dimensions: string[] };
  period: { label: string; from: string; to: string };
  current: Value;
}
interface Row {
  key: string;
  label: string;
  value: Value;
}

const hospitalDay = (date = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: HOSPITAL_TIME_ZONE }).format(date);
const thisMonth = hospitalDay().slice(0, 7);
const monthBefore = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
};
const lastMonth = monthBefore(thisMonth);

// the figure as the dashboard writes it (frontends/kpi/src/modules/dashboard/utils/format-kpi.ts)
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const scored = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
function formatted(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  switch (unit) {
    case 'PERCENT':
      return `${(value * 100).toFixed(1)}%`;
    case 'FEN': {
      const fen = Math.round(value);
      return `${fen < 0 ? '-' : ''}¥${grouped.format(Math.trunc(Math.abs(fen) / 100))}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
    }
    case 'COUNT':
      return grouped.format(value);
    case 'SCORE':
      return scored.format(value);
  }
}

/** the KPI the tests open: 来院达到率, whose figures split by the front-line departments identity knows */
const KPI = 'CONSULT_TO_VISIT_RATE';
const valueFields = 'numerator denominator value';
const KPIS = `query ($period: KpiPeriodInput!, $departmentCode: String) {
  kpis(period: $period, departmentCode: $departmentCode) { code definition { unit dimensions } period { label from to } current { ${valueFields} share } }
}`;
const BREAKDOWN = `query ($code: KpiCode!, $period: KpiPeriodInput!, $departmentCode: String, $dimension: KpiDimension!) {
  kpi(code: $code, period: $period, departmentCode: $departmentCode) { breakdown(dimension: $dimension) { key label value { ${valueFields} } } }
}`;

describe('the KPI remote’s 经营看板', () => {
  let system: RunningSystem;
  let browser: Browser;
  /** consult.staff (刘咨询), who registers this month's consultation */
  let consultant: string;

  /** the KPIs of a month (YYYY-MM), or of the week of a day (YYYY-MM-DD) */
  const kpisAs = async (who: DemoUser, monthOrDay: string, departmentCode: string | null = null, kind: 'MONTH' | 'WEEK' = 'MONTH') => {
    const date = monthOrDay.length === 7 ? `${monthOrDay}-01` : monthOrDay;
    const result = await system.as<{ kpis: Summary[] }>(who, KPIS, { period: { kind, date }, departmentCode });
    expect(result.errors).toBeUndefined();
    return result.data!.kpis;
  };
  const breakdownAs = async (who: DemoUser, code: string, month: string, dimension: string, departmentCode: string | null = null) => {
    const result = await system.as<{ kpi: { breakdown: Row[] } }>(who, BREAKDOWN, {
      code,
      period: { kind: 'MONTH', date: `${month}-01` },
      departmentCode,
      dimension,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.kpi.breakdown;
  };
  const periodLabel = (page: Page) => page.getByTestId('kpi-period-label').textContent();
  /** waits until the cards show the period and every card the API's figure for it (the previous figures stay while new ones load) */
  const expectCards = async (page: Page, kpis: Summary[]) => {
    const { label, from, to } = kpis[0]!.period;
    const expected = Object.fromEntries(
      kpis.map((kpi) => [`kpi-card-value-${kpi.code}`, formatted(kpi.current.value, kpi.definition.unit)]),
    );
    // satisfaction's second figure: the share of scores ≥ 4 (what its target is set against)
    const satisfaction = kpis.find((kpi) => kpi.code === 'SATISFACTION')!;
    expected['kpi-card-share-SATISFACTION'] = `4 分及以上占比: ${formatted(satisfaction.current.share ?? null, 'PERCENT')}`;
    const shown = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-testid^="kpi-card-value-"], [data-testid^="kpi-card-share-"]')].map((node) => [
            node.getAttribute('data-testid'),
            node.textContent,
          ]),
        ),
      );
    await page
      .waitForFunction(
        ([text, figures]) =>
          document.querySelector('[data-testid="kpi-period-label"]')?.textContent === text &&
          Object.entries(figures).every(([testId, figure]) => document.querySelector(`[data-testid="${testId}"]`)?.textContent === figure),
        [`${label}（${from} 至 ${to}）`, expected] as const,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
    expect(await periodLabel(page)).toBe(`${label}（${from} 至 ${to}）`);
    // one card per KPI of the registry, each with the API's figure
    expect(await shown()).toEqual(expected);
  };
  /** waits for the breakdown along `dimension`, then holds each row of its first page against the API's */
  const expectBreakdown = async (page: Page, dimension: string, rows: Row[], unit: Unit) => {
    await page.locator(`[data-testid="kpi-breakdown"][data-dimension="${dimension}"]`).waitFor({ timeout: 30_000 });
    const table = page.getByTestId('kpi-breakdown-table');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="kpi-breakdown-table"] [data-testid^="kpi-breakdown-value-"]').length === n,
      Math.min(rows.length, 20),
      { timeout: 30_000 },
    );
    for (const row of rows) {
      const cell = table.getByTestId(`kpi-breakdown-value-${row.key}`);
      if ((await cell.count()) === 0) continue; // on a later page of the table
      expect(await cell.textContent(), row.key).toBe(formatted(row.value.value, unit));
    }
  };

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    // `pnpm seed`'s history (front-line events, members, follow-ups, complaints) for the three
    // months before this one, through analytics' own event log and fact appliers
    const orm = await createOrm({
      schema: 'analytics',
      clientUrl: system.databaseUrl,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
      poolMax: 2,
    });
    try {
      const end = new Date(`${thisMonth}-01T00:00:00+08:00`).toISOString();
      const loaded = await loadIntoAnalytics(orm.em, generateHistory({ customers: 300, end, months: 3 }), {
        batch: 2000,
        timeZone: HOSPITAL_TIME_ZONE,
      });
      expect(loaded.applied).toBeGreaterThan(1000);
    } finally {
      await orm.close();
    }
    // and this month's first consultation, through crm and its events like any other
    const consultation = await system.as(
      'consult.staff',
      `mutation { registerConsultation(input: { phone: "13912340000", channel: PHONE, outcome: BOOKED, name: "陈看板", gender: FEMALE, diseaseType: "牙齿矫正" }) { id } }`,
    );
    expect(consultation.errors).toBeUndefined();
    // analytics has it (from crm's event) before any figure of this month is read
    consultant = (await system.as<{ me: { id: string } }>('consult.staff', '{ me { id } }')).data!.me.id.toLowerCase();
    for (
      let waited = 0;
      !(await breakdownAs('director', KPI, thisMonth, 'STAFF', 'CONSULTATION')).some((row) => row.key === consultant);
      waited += 250
    ) {
      if (waited > 30_000) throw new Error('analytics did not count the consultation within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the director every KPI for a period, the month before when picked, a KPI by department and one department’s staff', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'director', { path: '/kpi/dashboard' });
      await page.getByTestId('kpi-cards').waitFor({ timeout: 30_000 });
      // this month (the default): the registry's cards, figures as the API has them (no activity yet)
      const now = await kpisAs('director', thisMonth);
      expect(now[0]!.period.label).toBe(thisMonth);
      await expectCards(page, now);
      expect(await page.getByTestId('kpi-department-switch').count()).toBe(1);

      // the month before, picked in the month picker: the seeded history's last full month
      await page.getByTestId('kpi-period-date').click();
      const dropdown = page.locator('.ant-picker-dropdown:visible');
      if (lastMonth.slice(0, 4) !== thisMonth.slice(0, 4)) await dropdown.locator('.ant-picker-header-super-prev-btn').click();
      await dropdown.locator(`.ant-picker-cell[title="${lastMonth}"]`).click();
      const before = await kpisAs('director', lastMonth);
      expect(before[0]!.period.label).toBe(lastMonth);
      await expectCards(page, before);
      expect(await periodLabel(page)).toContain(`${lastMonth}-01`);
      const dealRate = before.find((kpi) => kpi.code === 'ONSITE_DEAL_RATE')!;
      // the history has front-line activity then: the figures differ from this month's empty ones
      expect(dealRate.current.value).not.toBeNull();
      expect(before.find((kpi) => kpi.code === 'SATISFACTION')!.current.share).toBeGreaterThan(0);
      // satisfaction's target (the registry's default, a share) is shown as a share, not as a score
      expect(await page.getByTestId('kpi-card-target-SATISFACTION').textContent()).toBe('默认目标: 95.0%');
      expect(await page.getByTestId('kpi-card-value-ONSITE_DEAL_RATE').textContent()).not.toBe(
        formatted(now.find((kpi) => kpi.code === 'ONSITE_DEAL_RATE')!.current.value, 'PERCENT'),
      );

      // 来院达到率 (consultations that came), broken down by department at the hospital level
      await page.getByTestId(`kpi-card-${KPI}`).click();
      await page.locator(`[data-testid="kpi-card-${KPI}"][aria-pressed="true"]`).waitFor({ timeout: 15_000 });
      const departments = await breakdownAs('director', KPI, lastMonth, 'DEPARTMENT');
      expect(departments.length).toBeGreaterThan(1);
      await expectBreakdown(page, 'DEPARTMENT', departments, 'PERCENT');
      // department rows are named as identity names the departments
      expect(await page.getByTestId('kpi-breakdown-table').textContent()).toContain('客服部');

      // drilled into the customer-service centre (the row): its cards and its staff
      const drilled = departments.find((row) => row.key === 'CUSTOMER_SERVICE')!;
      expect(drilled.value.denominator).toBeGreaterThan(0);
      await page.getByTestId(`kpi-drill-${drilled.key}`).click();
      await page.getByTestId('kpi-scope-department').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('kpi-scope-department').textContent()).toBe('客服部');
      expect(new URL(page.url()).searchParams.get('department')).toBe(drilled.key);
      const inDepartment = await kpisAs('director', lastMonth, drilled.key);
      await page.waitForFunction(
        ([testId, text]) => document.querySelector(`[data-testid="${testId}"]`)?.textContent === text,
        [`kpi-card-value-${KPI}`, formatted(inDepartment.find((kpi) => kpi.code === KPI)!.current.value, 'PERCENT')] as const,
        { timeout: 30_000 },
      );
      await expectCards(page, inDepartment);
      // the department switch says so too
      expect(await page.getByTestId('kpi-department-switch').textContent()).toContain('客服部');
      const staff = await breakdownAs('director', KPI, lastMonth, 'STAFF', drilled.key);
      expect(staff.length).toBeGreaterThan(0);
      await expectBreakdown(page, 'STAFF', staff, 'PERCENT');
      // the staff rows as the API labels them, and they drill no further
      expect(await page.getByTestId('kpi-breakdown-table').textContent()).toContain(staff.find((row) => row.key !== '')!.label);
      expect(await page.locator('[data-testid^="kpi-drill-"]').count()).toBe(0);
      // back to the whole hospital through the breadcrumb
      await page.getByTestId('kpi-scope-hospital').click();
      await expectCards(page, before);
      // the week of the day in the picker instead (the ISO week, as analytics labels it)
      const day = new URL(page.url()).searchParams.get('date')!;
      expect(day.slice(0, 7)).toBe(lastMonth);
      await page.getByTestId('kpi-period-kind-WEEK').click();
      const week = await kpisAs('director', day, null, 'WEEK');
      expect(week[0]!.period.label).toMatch(/^\d{4}-W\d{2}$/);
      await expectCards(page, week);
      expect(new URL(page.url()).searchParams.get('kind')).toBe('WEEK');

      // this month, 咨询中心: the consultation 刘咨询 registered in crm, the staff row named by identity
      const consultants = await breakdownAs('director', KPI, thisMonth, 'STAFF', 'CONSULTATION');
      expect(consultants.map((row) => row.key)).toContain(consultant);
      await page.goto(`${system.portalUrl}/kpi/dashboard?kind=MONTH&date=${hospitalDay()}&department=CONSULTATION&kpi=${KPI}`);
      await expectCards(page, await kpisAs('director', thisMonth, 'CONSULTATION'));
      await expectBreakdown(page, 'STAFF', consultants, 'PERCENT');
      expect(await page.getByTestId('kpi-breakdown-table').textContent()).toContain('刘咨询');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows a department admin their own department only', async () => {
    const admin: DemoUser = 'cs.admin';
    const own = 'CUSTOMER_SERVICE';
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
    try {
      await signIn(page, system.portalUrl, admin, { path: `/kpi/dashboard?kind=MONTH&date=${lastMonth}-01` });
      await page.getByTestId('kpi-cards').waitFor({ timeout: 30_000 });
      // no department switch, the scope is theirs
      expect(await page.getByTestId('kpi-department-switch').count()).toBe(0);
      expect(await page.getByTestId('kpi-scope-department').textContent()).toBe('客服部');
      expect(await page.getByTestId('kpi-scope-hospital').count()).toBe(0);
      // their figures: the same as the director's for their department, not the hospital's
      const theirs = await kpisAs(admin, lastMonth);
      expect(theirs).toEqual(await kpisAs('director', lastMonth, own));
      const hospital = await kpisAs('director', lastMonth);
      expect(theirs.map((kpi) => kpi.current)).not.toEqual(hospital.map((kpi) => kpi.current));
      await expectCards(page, theirs);
      // their staff, and no department to drill into
      await page.getByTestId(`kpi-card-${KPI}`).click();
      const staff = await breakdownAs(admin, KPI, lastMonth, 'STAFF');
      expect(staff).toEqual(await breakdownAs('director', KPI, lastMonth, 'STAFF', own));
      expect(staff.length).toBeGreaterThan(0);
      await expectBreakdown(page, 'STAFF', staff, 'PERCENT');
      expect(await page.locator('[data-testid^="kpi-drill-"]').count()).toBe(0);
      // another department is refused by the server too
      const other = await system.as(admin, KPIS, { period: { kind: 'MONTH', date: `${lastMonth}-01` }, departmentCode: 'ONSITE' });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await page.close();
    }
  });
});
