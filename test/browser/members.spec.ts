import type { Browser, Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }`;
const MEMBERSHIP = `query ($id: ID!) {
  membership(id: $id) { id cardNumber pointsBalance consumptions(first: 10) { totalCount nodes { receiptNumber amountFen pointsEarned } } }
}`;
const GIFTS = `query ($search: String) { gifts(search: $search, first: 10) { nodes { id name stock pointsPrice } } }`;

const suffix = String(Date.now()).slice(-6);
const customerName = `会员测试${suffix}`;
const giftName = `测试保温杯${suffix}`;
const receiptNumber = `R${suffix}01`;
const randomPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const points = (value: number) => new Intl.NumberFormat('en-US').format(value);

/** Retries `check` until it returns a value (an event between services, a screen catching up). */
async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Opens an antd select by its test id, types to search, and picks the option that shows `text`. */
async function pick(page: Page, testId: string, search: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  await option.waitFor({ timeout: 30_000 });
  await option.click();
}

describe('the member centre: a member-centre admin enrols a customer, records a consumption and hands over a gift', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let customerId: string;
  let membershipId: string;
  let balanceAfterConsumption: number;

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    // customer service registers the person; members hears of them through CustomerRegistered
    const created = await system.as('cs.admin', CREATE_CUSTOMER, {
      input: { name: customerName, phone: randomPhone(), channel: 'WALK_IN' },
    });
    expect(created.errors).toBeUndefined();
    customerId = created.data.createCustomer.id;
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    await signIn(page, system.portalUrl, 'member.admin', { path: '/members/enrol' });
  });

  // a failed step leaves a picture of the screen it failed on
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !page) return;
    const path = join(tmpdir(), `members-spec-${context.task.name.slice(0, 40).replace(/[^\w]+/g, '-')}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    console.info(`screenshot of the failed step: ${path}`);
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('finds the customer in 入会, enrols them and opens their 会员360 with no points yet', async () => {
    await page.getByTestId('members-enrol-search').locator('input').fill(customerName);
    await page.getByTestId('members-enrol-search').locator('input').press('Enter');
    await page.getByTestId(`members-enrol-${customerId}`).click({ timeout: 30_000 });
    await page.getByTestId('members-enrol-submit').waitFor();

    // until members has heard of the customer it answers NOT_FOUND and the dialog stays open: try again, as a person would
    await until(async () => {
      await page.getByTestId('members-enrol-submit').click();
      const outcome = await Promise.race([
        page
          .getByTestId('members-360')
          .waitFor({ timeout: 5_000 })
          .then(() => 'enrolled'),
        page
          .getByTestId('members-enrol-error')
          .waitFor({ timeout: 5_000 })
          .then(() => 'refused'),
      ]).catch(() => 'waiting');
      return outcome === 'enrolled' ? true : undefined;
    });

    membershipId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getByTestId('members-360-name').innerText()).toBe(customerName);
    expect(await page.getByTestId('members-360-balance').innerText()).toContain('0');
    const { data } = await system.as('member.admin', MEMBERSHIP, { id: membershipId });
    expect(await page.getByTestId('members-360-card-number').innerText()).toBe(data.membership.cardNumber);
  });

  it('records a ¥1,280.00 consumption once, however often the button is clicked, and shows the points it earned', async () => {
    await page.getByTestId('members-360-record-consumption').click();
    await page.getByTestId('members-consumption-form').waitFor();
    // opened from 会员360, the form already has the member
    await page.getByTestId('members-summary').getByText(customerName).waitFor({ timeout: 30_000 });

    await page.getByTestId('members-consumption-receipt').fill(receiptNumber);
    await page.getByTestId('members-consumption-amount').fill('1280');
    await page.getByTestId('members-consumption-submit').dblclick();
    await page.getByTestId('members-consumption-submit').click();

    const done = page.getByTestId('members-consumption-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.innerText()).toContain('¥1,280.00');

    const { data } = await system.as('member.admin', MEMBERSHIP, { id: membershipId });
    expect(data.membership.consumptions.totalCount).toBe(1);
    expect(data.membership.consumptions.nodes[0].receiptNumber).toBe(receiptNumber);
    // typed in yuan, sent as integer fen
    expect(data.membership.consumptions.nodes[0].amountFen).toBe(128000);
    balanceAfterConsumption = data.membership.pointsBalance;
    expect(balanceAfterConsumption).toBeGreaterThan(0);
    expect(balanceAfterConsumption).toBe(data.membership.consumptions.nodes[0].pointsEarned);
    await until(async () =>
      (await page.getByTestId('members-summary-balance').innerText()).includes(points(balanceAfterConsumption)) ? true : undefined,
    );
  });

  it('adds a gift to the catalogue with its points price and stock', async () => {
    await page.getByTestId('members-tab-gifts').click();
    await page.getByTestId('members-gift-create').click();
    await page.getByTestId('members-gift-name').fill(giftName);
    await page.getByTestId('members-gift-points-price').fill(String(Math.max(1, Math.floor(balanceAfterConsumption / 2))));
    await page.getByTestId('members-gift-stock').fill('3');
    await page.getByTestId('members-gift-create-submit').click();

    const row = page.locator('[data-testid="members-gifts-table"] tr', { hasText: giftName });
    await row.waitFor({ timeout: 30_000 });
    const { data } = await system.as('member.admin', GIFTS, { search: giftName });
    expect(data.gifts.nodes).toHaveLength(1);
    expect(data.gifts.nodes[0].stock).toBe(3);
    expect(await row.getByTestId(`members-gift-stock-${data.gifts.nodes[0].id}`).innerText()).toBe('3');
  });

  it('redeems the gift for the member: the stock and the points balance go down on screen and on the server', async () => {
    const before = (await system.as('member.admin', GIFTS, { search: giftName })).data.gifts.nodes[0];
    await page.goto(`${system.portalUrl}/members/redeem?membership=${membershipId}`);
    await page.getByTestId('members-redeem-form').waitFor({ timeout: 30_000 });
    await page.getByTestId('members-summary').getByText(customerName).waitFor({ timeout: 30_000 });
    await pick(page, 'members-redeem-gift', giftName, giftName);
    expect(await page.getByTestId('members-redeem-stock').innerText()).toBe('3');
    expect(await page.getByTestId('members-summary-balance').innerText()).toContain(points(balanceAfterConsumption));

    await page.getByTestId('members-redeem-submit').dblclick();
    await page.getByTestId('members-redeem-done').waitFor({ timeout: 30_000 });

    const expected = balanceAfterConsumption - before.pointsPrice;
    await until(async () => ((await page.getByTestId('members-redeem-stock').innerText()) === '2' ? true : undefined));
    await until(async () =>
      (await page.getByTestId('members-summary-balance').innerText()).includes(points(expected)) ? true : undefined,
    );
    const after = (await system.as('member.admin', GIFTS, { search: giftName })).data.gifts.nodes[0];
    expect(after.stock).toBe(2);
    const { data } = await system.as('member.admin', MEMBERSHIP, { id: membershipId });
    expect(data.membership.pointsBalance).toBe(expected);
  });

  it("shows the ledger on 会员360 with each entry's reason and running balance", async () => {
    await page.goto(`${system.portalUrl}/members/member/${membershipId}`);
    const ledger = page.getByTestId('members-ledger-table');
    await ledger.waitFor({ timeout: 30_000 });
    const rows = ledger.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(2);
    // newest first: the redemption left the balance the member has now, the consumption the one before
    expect(await rows.nth(0).innerText()).toContain(points(balanceAfterConsumption - Math.max(1, Math.floor(balanceAfterConsumption / 2))));
    expect(await rows.nth(1).innerText()).toContain(receiptNumber);
    expect(await page.getByTestId('members-360-balance').innerText()).toContain(
      points(balanceAfterConsumption - Math.max(1, Math.floor(balanceAfterConsumption / 2))),
    );
  });
});
