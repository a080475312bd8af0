import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { seedDemoData } from '../../scripts/lib/seed.mjs';
import { launchBrowser, signIn } from '../support/browser.js';
import { DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';

// Issue 20, "done when": with the demo history (scripts/lib/seed.mjs), every scorecard of every
// position (绩效考核) shows non-zero measured items for the people who did the work. The director
// opens each of the seven positions in the KPI remote and reads each person's item breakdown.

/** each position's people in the demo, by the name the scorecard shows */
const WORKERS: Record<string, string[]> = {
  OPS_DIRECTOR: ['陈运营'],
  OPS_MANAGER: ['钱经理'],
  CS_MANAGER: ['林客服'],
  PHONE_CONSULTANT: ['刘咨询'],
  MEMBER_SPECIALIST: ['何会员'],
  ONSITE_SUPERVISOR: ['吴现场'],
  ONSITE_CONSULTANT: ['郑咨询师', '孙咨询师'],
};

type TemplateItem = { code: string; kind: string; nameZh: string };
const hospitalMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
const SCORECARDS = `query ($month: YearMonth!, $position: String!) { scorecards(month: $month, positionCode: $position) {
  rows { staffName items { code kind value } } } }`;

describe('绩效考核 with the demo history', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let templates: Record<string, TemplateItem[]>;

  /** the measured items of a position that should read non-zero for its people */
  const measured = (position: string) => templates[position]!.filter((i) => i.kind === 'MEASURED');

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    const seeded = await seedDemoData(system.gatewayUrl, { password: DEMO_PASSWORD });
    expect(seeded.seeded).toBe(true);
    const r = await system.as('director', '{ scorecardTemplates { positionCode items { code kind nameZh } } }');
    expect(r.errors).toBeUndefined();
    templates = Object.fromEntries(
      (r.data.scorecardTemplates as { positionCode: string; items: TemplateItem[] }[]).map((t) => [t.positionCode, t.items]),
    );
    // analytics applies crm's and members' events asynchronously: wait until it has the month's figures
    await eventually(
      async () => {
        for (const position of Object.keys(WORKERS)) {
          const s = await system.as('director', SCORECARDS, { month: hospitalMonth(), position });
          for (const name of WORKERS[position]!) {
            const row = s.data?.scorecards.rows.find((x: { staffName: string }) => x.staffName === name);
            const codes = measured(position).map((i) => i.code);
            if (!row || row.items.some((i: { code: string; value: number | null }) => codes.includes(i.code) && !i.value)) return false;
          }
        }
        return true;
      },
      60_000,
      500,
    ).catch(() => undefined);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
    await signIn(page, system.portalUrl, 'director', { path: '/kpi/scorecards' });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('has a template for each of the seven positions', () => {
    expect(Object.keys(templates).sort()).toEqual(Object.keys(WORKERS).sort());
  });

  it.each(Object.keys(WORKERS))('shows every measured item of %s non-zero for the people who did the work', async (position) => {
    await page.goto(`${system.portalUrl}/kpi/scorecards?position=${position}`);
    const table = page.getByTestId('kpi-scorecards-table');
    await table.waitFor({ timeout: 30_000 });
    for (const name of WORKERS[position]!) {
      const row = table.locator('tbody tr.ant-table-row').filter({ hasText: name });
      await row.waitFor({ timeout: 15_000 });
      await row.locator('.ant-table-row-expand-icon').click();
      const items = row.locator('xpath=following-sibling::tr[1]').getByTestId('kpi-scorecard-items');
      await items.waitFor();
      const shown: Record<string, string> = {};
      for (const item of measured(position)) {
        const cells = items.locator('tbody tr').filter({ hasText: item.nameZh }).locator('td');
        // columns: item, kind, value, target, item score, weight, weighted score, status
        shown[item.nameZh] = `${(await cells.nth(2).textContent())?.trim()} ${(await cells.nth(7).textContent())?.trim()}`;
      }
      // a value with a non-zero digit, and no "no data" status
      const zero = Object.entries(shown).filter(([, text]) => !/[1-9]/.test(text.split(' ')[0]!) || text.includes('无数据'));
      expect(zero, `${position} ${name}: ${JSON.stringify(shown)}`).toEqual([]);
      expect(Object.keys(shown)).toHaveLength(measured(position).length);
      await row.locator('.ant-table-row-expand-icon').click();
    }
  });
});
