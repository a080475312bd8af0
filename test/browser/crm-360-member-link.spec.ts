import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// The customer 360 (crm remote) shows a member's card number as a link to their 会员360 in the
// members remote: one click from the customer to the member, across remotes in the shell.

const REGISTER = 'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }';
const ENROL = 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id cardNumber } }';

describe('the customer 360’s card number', () => {
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

  it('links a member’s card number on the customer 360 to their 会员360 in the members remote', async () => {
    const registered = await system.as<{ registerCustomer: { customer: { id: string } } }>('cs.staff', REGISTER, {
      input: { name: '林会员', phone: '13800005678', gender: 'FEMALE', channel: 'PHONE' },
    });
    expect(registered.errors).toBeUndefined();
    const customerId = registered.data!.registerCustomer.customer.id;
    // members learns of the customer from crm's event: enrol once it has
    const membership = await eventually(
      async () =>
        (await system.as('member.admin', ENROL, { input: { customerId } })).data?.enrollMember as { id: string; cardNumber: string },
    );

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'director', { path: `/crm/customers/${customerId}` });
      await page.getByTestId('crm-360-page').waitFor({ timeout: 30_000 });
      const link = page.getByTestId('crm-360-member-link');
      await link.waitFor({ timeout: 30_000 });
      expect(await link.innerText()).toBe(membership.cardNumber);
      await link.click();
      await page.getByTestId('members-360').waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).pathname).toBe(`/members/member/${membership.id}`);
      expect(await page.getByTestId('members-360-card-number').innerText()).toBe(membership.cardNumber);
      expect(await page.getByTestId('members-360-name').innerText()).toContain('林会员');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
