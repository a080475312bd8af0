import type { Browser, Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// 老带新 in the portal: the member centre admin edits the referral rule on 积分调整, and the referrer's
// 会员360 shows the customer they referred with the reward; the referred customer's shows who referred them.

const REGISTER = 'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }';
const suffix = String(Date.now()).slice(-6);
const referrerName = `推荐人${suffix}`;
const referredName = `新客${suffix}`;
const phone = () => `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('referral rewards in the member centre', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};

  const ok = async (who: Parameters<RunningSystem['as']>[0], query: string, variables?: object) => {
    const r = await system.as(who, query, variables);
    expect(r.errors, query.slice(0, 60)).toBeUndefined();
    return r.data;
  };

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    ids.referrer = (
      await ok('consult.staff', REGISTER, { input: { name: referrerName, phone: phone(), channel: 'WALK_IN' } })
    ).registerCustomer.customer.id;
    ids.membership = (
      await eventually(
        async () =>
          (
            await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
              input: { customerId: ids.referrer },
            })
          ).data?.enrollMember,
      )
    ).id;
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    await signIn(page, system.portalUrl, 'member.admin', { path: '/members/adjustments' });
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !page) return;
    const path = join(tmpdir(), `members-referral-${context.task.name.slice(0, 40).replace(/[^\w]+/g, '-')}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    console.info(`screenshot of the failed step: ${path}`);
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('the member centre admin changes the points per referral on 积分调整', async () => {
    const card = page.getByTestId('members-referral-rule');
    await card.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('members-referral-rule-points-value').innerText()).toBe('500');
    expect(await page.getByTestId('members-referral-rule-cap-value').innerText()).toBe('每月最多 10 位');
    await page.getByTestId('members-referral-rule-edit').click();
    await page.getByTestId('members-referral-rule-points').fill('800');
    await page.getByTestId('members-referral-rule-save').click();
    await eventually(async () => (await page.getByTestId('members-referral-rule-points-value').innerText()) === '800');
    expect((await ok('cs.staff', '{ referralRule { pointsPerReferral capPerPeriod capPeriod } }')).referralRule).toEqual({
      pointsPerReferral: 800,
      capPerPeriod: 10,
      capPeriod: 'MONTH',
    });
  });

  it('the referrer’s 会员360 shows the referred customer and the reward of their first deal', async () => {
    ids.referred = (
      await ok('consult.staff', REGISTER, {
        input: { name: referredName, phone: phone(), channel: 'REFERRAL', referrerId: ids.referrer },
      })
    ).registerCustomer.customer.id;
    const visit = await eventually(
      async () =>
        (
          await system.as('guide', 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }', {
            input: { customerId: ids.referred, type: 'TREATMENT', departmentCode: 'DENTAL' },
          })
        ).data?.registerVisit,
    );
    await ok('onsite.a', 'mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id } }', {
      input: { visitId: visit.id, dealt: true, amountFen: 99000, receiptNumber: `SF-REF-${suffix}`, items: ['洁牙'] },
    });
    await eventually(async () => {
      const r = await system.as('member.admin', 'query ($id: ID!) { customer(id: $id) { referral { status } } }', { id: ids.referred });
      return r.data?.customer.referral?.status === 'REWARDED';
    }, 30_000);

    await page.goto(`${system.portalUrl}/members/member/${ids.membership}`);
    await page.getByTestId('members-360').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '老带新' }).click();
    const made = page.getByTestId('members-referrals-made');
    const row = made.locator('tr', { hasText: referredName });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain('已奖励');
    expect(await row.innerText()).toContain('800');
    expect(await page.getByTestId('members-360-balance').innerText()).toContain('800');
    // no raw ids on the screen
    expect(await page.getByTestId('members-referrals').innerText()).not.toContain(ids.referred);
  });

  it('the referred customer’s 会员360, once a member, shows who referred them', async () => {
    const enrolled = await ok('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
      input: { customerId: ids.referred },
    });
    await page.goto(`${system.portalUrl}/members/member/${enrolled.enrollMember.id}`);
    await page.getByTestId('members-360').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '老带新' }).click();
    const by = page.getByTestId('members-referred-by');
    await by.waitFor({ timeout: 30_000 });
    expect(await by.innerText()).toContain(referrerName);
    expect(await by.innerText()).toContain('已奖励');
    expect(await by.innerText()).not.toContain(ids.referrer);
  });
});
