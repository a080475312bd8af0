import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// 回访规则 (issue 17, "every function on a screen"): crm's followUpRules and saveFollowUpRule on the
// follow-up queue, listed by name (no codes) and edited by customer service, whom crm lets save them.

const RULES = `{ followUpRules { name trigger outcome offsetDays type active departmentCode } }`;

describe('the follow-up rules', () => {
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

  const rules = async () => (await system.as('cs.admin', RULES)).data.followUpRules as { name: string; [key: string]: unknown }[];

  it('lists the rules by name and lets customer service add one (a bad offset refused before saving) and switch one off, in Chinese and in English', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'cs.admin');
      await page.getByTestId('nav-crm').click();
      await page.getByTestId('crm-tab-follow-ups').click();
      await page.getByTestId('crm-follow-up-rules-open').click();
      const table = page.getByTestId('crm-follow-up-rules-table');
      await table.waitFor({ timeout: 30_000 });

      // the seeded rules, in words
      const row = (name: string) => table.locator(`tr[data-rule-name="${name}"]`);
      expect(await row('治疗后次日回访').innerText()).toMatch(
        /治疗后次日回访\s+到院 · 治疗 · 已成交\s+1 天后\s+术后回访\s+电话\s+客服部\s+部门队列\s+启用/,
      );
      expect(await row('咨询无意向 3 天').innerText()).toContain('咨询 · 无意向');
      for (const code of ['TREATMENT', 'DEALT', 'CUSTOMER_SERVICE', 'POST_TREATMENT', 'DEPARTMENT_QUEUE', 'PHONE'])
        expect(await table.innerText()).not.toContain(code);

      // a new rule: an offset out of range is refused in the form, nothing saved
      const before = (await rules()).length;
      await page.getByTestId('crm-follow-up-rule-new').click();
      await page.getByTestId('crm-follow-up-rule-name').fill('未成交次日关怀');
      await page.getByTestId('crm-follow-up-rule-offset').fill('4000');
      await page.getByTestId('crm-follow-up-rule-save').click();
      await page.getByText('间隔天数须为 0 至 3650 的整数').waitFor({ timeout: 10_000 });
      expect((await rules()).length).toBe(before);
      await page.getByTestId('crm-follow-up-rule-offset').fill('2');
      await page.getByTestId('crm-follow-up-rule-save').click();
      await row('未成交次日关怀').waitFor({ timeout: 10_000 });
      expect(await row('未成交次日关怀').innerText()).toMatch(/到院 · 未成交\s+2 天后\s+未成交回访/);
      expect((await rules()).find((rule) => rule.name === '未成交次日关怀')).toMatchObject({
        trigger: 'VISIT',
        outcome: 'NOT_DEALT',
        offsetDays: 2,
        type: 'UNCONVERTED',
        active: true,
        departmentCode: 'CUSTOMER_SERVICE',
      });

      // switched off
      await row('治疗后 30 天回访').getByTestId('crm-follow-up-rule-edit').click();
      await page.getByTestId('crm-follow-up-rule-active').click();
      await page.getByTestId('crm-follow-up-rule-save').click();
      await expect.poll(() => row('治疗后 30 天回访').innerText(), { timeout: 10_000 }).toMatch(/停用/);
      expect((await rules()).find((rule) => rule.name === '治疗后 30 天回访')).toMatchObject({ active: false, offsetDays: 30 });
      expect((await rules()).length).toBe(before + 1);

      // the language switch is in the header, under the drawer
      await page.getByTestId('crm-follow-up-rules').locator('.ant-drawer-close').click();
      await page.getByTestId('crm-follow-up-rules').waitFor({ state: 'hidden', timeout: 10_000 });
      await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
      await page.getByTestId('crm-follow-up-rules-open').click();
      await expect.poll(() => row('治疗后次日回访').innerText(), { timeout: 10_000 }).toContain('Visit');
      expect(await row('治疗后 30 天回访').innerText()).toContain('Inactive');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
