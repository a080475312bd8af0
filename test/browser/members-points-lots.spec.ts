import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// 积分批次 in the 会员360 (issue 17, "every function on a screen"): three consumptions make three lots;
// a gift spends the one expiring first; one is moved to expire in ten days (the configured expiry is
// 24 months, too far to wait for), and is highlighted with the days left.

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }`;
const CONSUME = `mutation ($input: RecordConsumptionInput!) { recordConsumption(input: $input) { id } }`;
const LOTS = `query ($id: ID!) { membership(id: $id) { pointsLots(first: 10) { nodes { id points remaining expiresAt } } } }`;
const randomPhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const DAY = 86_400_000;

describe('points lots in the 会员360', () => {
  let system: RunningSystem;
  let browser: Browser;
  let membershipId: string;
  const lots: Record<'spent' | 'near' | 'far', { id: string; points: number }> = {} as never;

  const ok = async (user: Parameters<RunningSystem['as']>[0], query: string, variables: object) => {
    const r = await system.as(user, query, variables);
    expect(r.errors, query.slice(0, 60)).toBeUndefined();
    return r.data;
  };

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    const created = await ok('cs.admin', CREATE_CUSTOMER, { input: { name: '批次会员', phone: randomPhone(), channel: 'WALK_IN' } });
    membershipId = (
      await eventually(
        async () => (await system.as('member.admin', ENROL, { input: { customerId: created.createCustomer.id } })).data?.enrollMember,
      )
    ).id;
    // one lot per consumption, newest last
    for (const [n, amountFen] of [10_000, 30_000, 80_000].entries())
      await ok('member.admin', CONSUME, {
        input: {
          membershipId,
          receiptNumber: `SF-LOT-000${n}`,
          amountFen,
          occurredAt: new Date(Date.now() - (3 - n) * 60_000).toISOString(),
          idempotencyKey: `lot-consumption-${n}`,
        },
      });
    const [far, near, spent] = (await ok('member.admin', LOTS, { id: membershipId })).membership.pointsLots.nodes;
    Object.assign(lots, { spent, near, far });
    expect(spent.points).toBeLessThan(near.points);
    // the first to expire is spent first (points.ledger.ts): five days for the one a gift will spend, ten for the near one
    const db = new pg.Client({ connectionString: system.databaseUrl });
    await db.connect();
    try {
      await db.query(`update members.points_lot set expires_at = $2 where id = $1`, [spent.id, new Date(Date.now() + 5 * DAY)]);
      await db.query(`update members.points_lot set expires_at = $2 where id = $1`, [near.id, new Date(Date.now() + 10 * DAY + 3_600_000)]);
    } finally {
      await db.end();
    }
    const gift = await ok('member.admin', `mutation ($input: CreateGiftInput!) { createGift(input: $input) { id } }`, {
      input: { name: '批次礼品', kind: 'GOODS', pointsPrice: spent.points, stock: 5 },
    });
    await ok('member.admin', `mutation ($input: RedeemGiftInput!) { redeemGift(input: $input) { id } }`, {
      input: { membershipId, giftId: gift.createGift.id, quantity: 1, idempotencyKey: 'lot-redeem-1' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lists the lots with points left, the one expiring in ten days highlighted; the switch adds the spent one; in Chinese and in English', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/London', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'member.admin', { path: `/members/member/${membershipId}` });
      await page.getByTestId('members-360').waitFor({ timeout: 30_000 });
      await page.getByRole('tab', { name: '积分批次' }).click();
      const table = page.getByTestId('members-lots-table');
      await table.waitFor({ timeout: 30_000 });

      // the spent lot is left out; newest first
      const rows = table.locator('tr[data-lot-state]');
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
      expect(await rows.nth(0).getAttribute('data-lot-state')).toBe('OPEN');
      expect(await rows.nth(0).getByTestId('members-lot-state').innerText()).toBe('有效');
      expect(await rows.nth(1).getAttribute('data-lot-state')).toBe('NEAR_EXPIRY');
      expect(await rows.nth(1).getByTestId('members-lot-state').innerText()).toBe('11 天后到期');
      expect(await rows.nth(1).getByTestId('members-lot-remaining').innerText()).toBe(String(lots.near.points));
      // the highlight is on the row, not only the tag
      expect(await rows.nth(1).evaluate((row) => getComputedStyle(row).backgroundColor)).toBe('rgb(255, 247, 230)');
      expect(await rows.nth(0).evaluate((row) => getComputedStyle(row).backgroundColor)).not.toBe('rgb(255, 247, 230)');

      // with the spent lots: the one the gift took, nothing left
      await page.getByTestId('members-lots-all').click();
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
      expect(await rows.nth(2).getAttribute('data-lot-state')).toBe('SPENT');
      expect(await rows.nth(2).getByTestId('members-lot-state').innerText()).toBe('已用完');
      expect(await rows.nth(2).getByTestId('members-lot-remaining').innerText()).toBe('0');

      await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
      await expect.poll(() => rows.nth(1).getByTestId('members-lot-state').innerText(), { timeout: 10_000 }).toBe('Expires in 11 days');
      expect(await rows.nth(2).getByTestId('members-lot-state').innerText()).toBe('Spent');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
