import type { Browser, Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// 开发人 in the portal (issue 20): the member desk's staff member who enrols a member becomes their
// developer, 会员360 names them, and the member centre admin changes the developer there.

const REGISTER = 'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }';
const DEVELOPER = 'query ($id: ID!) { membership(id: $id) { developerId developer { name } } }';
const suffix = String(Date.now()).slice(-6);
const phone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('a member’s developer on 会员360', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let membershipId = '';

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    const registered = await system.as('consult.staff', REGISTER, { input: { name: `开发${suffix}`, phone: phone(), channel: 'WALK_IN' } });
    expect(registered.errors).toBeUndefined();
    const customerId = registered.data.registerCustomer.customer.id;
    // the customer-service staff member enrols the customer (members learns of the customer from crm's event)
    membershipId = (
      await eventually(
        async () =>
          (
            await system.as('cs.staff', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
              input: { customerId },
            })
          ).data?.enrollMember,
      )
    ).id;
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !page) return;
    const path = join(tmpdir(), `members-developer-${context.task.name.slice(0, 40).replace(/[^\w]+/g, '-')}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    console.info(`screenshot of the failed step: ${path}`);
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('names the staff member who enrolled the member as the developer, and offers no change to them', async () => {
    await signIn(page, system.portalUrl, 'cs.staff', { path: `/members/member/${membershipId}` });
    await page.getByTestId('members-360').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('members-360-developer').innerText()).toBe('张客服');
    expect(await page.getByTestId('members-360-developer-change').count()).toBe(0);
  });

  it('the member centre admin changes the developer by name on 会员360', async () => {
    // a fresh browser context: signed in as the member centre admin
    await page.close();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    await signIn(page, system.portalUrl, 'member.admin', { path: `/members/member/${membershipId}` });
    await page.getByTestId('members-360').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('members-360-developer').innerText()).toBe('张客服');
    await page.getByTestId('members-360-developer-change').click();
    const select = page.getByTestId('members-360-developer-select');
    await select.click();
    await page.keyboard.type('黄会员');
    await page.locator('.ant-select-item-option', { hasText: '黄会员' }).first().click();
    await page
      .getByRole('button', { name: '确 定' })
      .or(page.getByRole('button', { name: '确定' }))
      .click();
    await eventually(async () => (await page.getByTestId('members-360-developer').innerText()) === '黄会员');
    const read = await system.as('member.admin', DEVELOPER, { id: membershipId });
    expect(read.data.membership.developer).toEqual({ name: '黄会员' });
    // the history says what changed without showing a staff id
    await page.getByRole('tab', { name: '变更记录' }).click();
    await page.getByText('开发人变更').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('members-360').innerText()).not.toContain(read.data.membership.developerId);
  });
});
