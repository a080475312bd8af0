import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

/** The CRM remote in the shell: search → 360, consultation registration, follow-up queue, complaint workbench. */
describe('the CRM remote (客户服务) hosted by the shell', () => {
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

  it('lets customer-service staff find a customer, open 360, register a consultation and move a complaint on', async () => {
    const registered = await system.as<{ registerCustomer: { customer: { id: string } } }>(
      'cs.staff',
      `mutation { registerCustomer(input: { name: "张三", phone: "13800001234", gender: MALE, channel: PHONE }) { customer { id } } }`,
    );
    const customerId = registered.data!.registerCustomer.customer.id;
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'cs.staff');
      await page.getByTestId('nav-crm').click();
      await page.getByTestId('crm-search-table').waitFor({ timeout: 30_000 });

      // 客户查询 by pinyin initials, then 客户360
      await page.getByTestId('crm-search-input').locator('input').fill('zs');
      await page.getByTestId('crm-search-submit').click();
      await page.getByTestId(`crm-customer-link-${customerId}`).click();
      await page.getByTestId('crm-360-page').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('crm-360-name').innerText()).toBe('张三');
      // a new customer: nothing on the timeline yet, and no consultation under its own tab
      await page.getByTestId('crm-360-timeline-empty').waitFor({ timeout: 30_000 });
      await page.getByTestId('crm-360-tabs').getByRole('tab', { name: '咨询记录' }).click();
      await page.getByTestId('crm-360-consultations-empty').waitFor({ timeout: 30_000 });

      // 咨询登记: the caller is recognised by phone, Enter saves
      await page.getByTestId('crm-tab-consultation').click();
      await page.getByTestId('crm-consultation-phone').fill('13800001234');
      await page.getByTestId('crm-consultation-known').waitFor({ timeout: 10_000 });
      await page.getByTestId('crm-consultation-phone').press('Enter');
      await page.getByTestId('crm-consultation-saved').waitFor({ timeout: 10_000 });

      // 回访队列 loads
      await page.getByTestId('crm-tab-follow-ups').click();
      await page.getByTestId('crm-follow-ups-page').waitFor({ timeout: 10_000 });

      // 投诉工作台: receive one; it opens offering START_ONSITE; after it, the on-site actions
      await page.getByTestId('crm-tab-complaints').click();
      await page.getByTestId('crm-complaint-receive').click();
      await page.getByTestId('crm-complaint-receive-category').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '等候时间' }).click();
      await page.getByTestId('crm-complaint-receive-description').fill('等太久');
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByTestId('crm-complaint-action-START_ONSITE').click();
      await page.getByTestId('crm-complaint-action-note').fill('现场处理');
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByTestId('crm-complaint-action-ONSITE_ATTEMPT_FAILED').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('crm-complaint-action-START_ONSITE').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
