import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// 等级评定预览 (issue 17, "every function on a screen"): members' tierEvaluationPreview on the member
// search page, for the member centre's admin: two members whose spend passed the silver and gold
// thresholds (¥5,000 / ¥20,000) and one who spent nothing; the preview changes nothing, the evaluation does.

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id cardNumber tier } }`;
const CONSUME = `mutation ($input: RecordConsumptionInput!) { recordConsumption(input: $input) { id } }`;
const randomPhone = () => `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('the tier evaluation preview', () => {
  let system: RunningSystem;
  let browser: Browser;
  const cards: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    for (const [n, [name, amountFen]] of [
      ['预览银卡', 600_000],
      ['预览金卡', 2_500_000],
      ['预览不变', 0],
    ].entries() as IterableIterator<[number, [string, number]]>) {
      const created = await system.as('cs.admin', CREATE_CUSTOMER, { input: { name, phone: randomPhone(), channel: 'WALK_IN' } });
      expect(created.errors).toBeUndefined();
      const enrolled = await eventually(
        async () => (await system.as('member.admin', ENROL, { input: { customerId: created.data.createCustomer.id } })).data?.enrollMember,
      );
      expect(enrolled.tier).toBe('ORDINARY');
      cards[name] = enrolled.cardNumber;
      ids[name] = enrolled.id;
      if (amountFen > 0) {
        const consumed = await system.as('member.admin', CONSUME, {
          input: {
            membershipId: enrolled.id,
            receiptNumber: `SF-TIER-${n}`,
            amountFen,
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            idempotencyKey: `tier-consumption-${n}`,
          },
        });
        expect(consumed.errors).toBeUndefined();
      }
    }
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the member centre’s admin who would move to which tier, by name, filtered, changing nothing; empty once evaluated', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'member.admin', { path: '/members/search' });
      await page.getByTestId('members-tier-preview-open').click();
      const table = page.getByTestId('members-tier-preview-table');
      await table.waitFor({ timeout: 30_000 });
      const row = (name: string) => table.locator(`tr[data-card-number="${cards[name]}"]`);
      await expect.poll(() => table.locator('tr[data-card-number]').count(), { timeout: 10_000 }).toBe(2);
      expect(await row('预览银卡').innerText()).toMatch(/预览银卡\s+普通会员\s+银卡会员\s+升级\s+¥6,000\.00/);
      expect(await row('预览金卡').innerText()).toMatch(/预览金卡\s+普通会员\s+金卡会员\s+升级\s+¥25,000\.00/);
      expect(await row('预览不变').count()).toBe(0);
      expect(await table.innerText()).not.toMatch(/ORDINARY|SILVER|GOLD|UP\b/);

      // only downgrades: none
      await page.getByTestId('members-tier-preview-filter').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '降级' }).click();
      await page.getByTestId('members-tier-preview-list-empty').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('members-tier-preview-list-empty').innerText()).toContain('现在评定不会调整任何会员的等级');

      // the preview changed nothing
      const tierOf = async (name: string) =>
        (await system.as('member.admin', `query ($id: ID!) { membership(id: $id) { tier } }`, { id: ids[name] })).data.membership.tier;
      expect(await tierOf('预览银卡')).toBe('ORDINARY');

      // once the director runs the evaluation, nothing is left to preview
      expect((await system.as('director', `mutation { evaluateTiers { upgraded } }`)).data.evaluateTiers.upgraded).toBe(2);
      expect(await tierOf('预览银卡')).toBe('SILVER');
      await page.getByTestId('members-tier-preview').locator('.ant-drawer-close').click();
      await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
      await page.getByTestId('members-tier-preview-open').click();
      await expect
        .poll(() => page.getByTestId('members-tier-preview-list-empty').innerText(), { timeout: 10_000 })
        .toContain('An evaluation now would change no member’s tier');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is not offered to staff, whom members does not give it', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, system.portalUrl, 'cs.staff', { path: '/members/search' });
      await page.getByTestId('members-search-input').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('members-tier-preview-open').count()).toBe(0);
      const refused = await system.as('cs.staff', `{ tierEvaluationPreview(first: 5) { totalCount } }`);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await context.close();
    }
  });
});
