import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickSearched } from '../support/antd.js';
import { launchBrowser, signIn } from '../support/browser.js';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// The follow-up queue's owners (a hand-made task for a person picked by name, then reassigned by
// name) and the visit desk's membership prompt for a paying non-member, in the portal.

describe('follow-up owners and the visit desk’s membership prompt (browser)', () => {
  let system: RunningSystem;
  let browser: Browser;
  const ids: Record<string, string> = {};

  async function as(who: DemoUser, path: string, step: (page: Page) => Promise<void>) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, who, { path });
      await step(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }
  const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
    const { data, errors } = await system.as<T>(who, query, variables);
    expect(errors).toBeUndefined();
    return data!;
  };
  const customer = async (name: string, phone: string) =>
    (
      await ok('cs.staff', `mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }`, {
        input: { name, phone, gender: 'FEMALE', channel: 'PHONE' },
      })
    ).registerCustomer.customer.id as string;
  const followUpsOf = async (customerId: string) =>
    (
      await ok('cs.admin', 'query ($id: ID!) { customer(id: $id) { followUps(first: 10) { nodes { id assigneeId type } } } }', {
        id: customerId,
      })
    ).customer.followUps.nodes as { id: string; assigneeId: string | null; type: string }[];

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    for (const who of ['cs.staff', 'cs.admin'] as const) ids[who] = (await ok(who, '{ me { id } }')).me.id;
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('the customer-service admin creates a follow-up for a colleague picked by name, then reassigns it by name', async () => {
    const customerId = await customer('回访甲', '13912340001');
    await as('cs.admin', '/crm/follow-ups', async (page) => {
      await page.getByTestId('crm-follow-ups-page').waitFor({ timeout: 30_000 });
      await page.getByTestId('crm-follow-up-create').click();
      await pickSearched(page, 'crm-follow-up-create-customer', '回访甲', '回访甲');
      await pickSearched(page, 'crm-follow-up-create-owner', '张客服', '张客服');
      await page.getByTestId('crm-follow-up-create-submit').click();
      const [task] = await eventually(async () => {
        const tasks = await followUpsOf(customerId);
        return tasks.length ? tasks : undefined;
      });
      expect(task).toMatchObject({ assigneeId: ids['cs.staff'], type: 'SATISFACTION' });

      // 按客户查看: the task shows its owner; 改派 to the admin, picked by name
      await page.getByTestId('crm-follow-ups-tab-customer').click();
      await pickSearched(page, 'crm-follow-ups-customer-picker', '回访甲', '回访甲');
      // within the customer's table: the queue's other tabs stay mounted and list the task too
      // (once it is the admin's own, in 我的回访 as well)
      const table = page.getByTestId('crm-follow-ups-customer');
      await table.getByTestId(`crm-follow-up-reassign-${task!.id}`).click();
      await pickSearched(page, 'crm-follow-up-reassign-owner', '林客服', '林客服');
      await page.getByTestId('crm-follow-up-reassign-submit').click();
      await eventually(async () => ((await followUpsOf(customerId))[0]?.assigneeId === ids['cs.admin'] ? true : undefined));
      await table.getByTestId(`crm-follow-up-owner-${task!.id}`).filter({ hasText: '林客服' }).waitFor({ timeout: 15_000 });
    });
  });

  it('customer-service staff may not reassign: the queue offers them no reassign action', async () => {
    const customerId = await customer('回访乙', '13912340002');
    const task = (
      await ok('cs.staff', 'mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', {
        input: { customerId, type: 'SATISFACTION', dueDate: new Date().toISOString().slice(0, 10) },
      })
    ).createFollowUp;
    await as('cs.staff', '/crm/follow-ups', async (page) => {
      await page.getByTestId('crm-follow-ups-tab-customer').click();
      await pickSearched(page, 'crm-follow-ups-customer-picker', '回访乙', '回访乙');
      const table = page.getByTestId('crm-follow-ups-customer');
      await table.getByTestId(`crm-follow-up-complete-${task.id}`).waitFor({ timeout: 15_000 });
      expect(await page.getByTestId(`crm-follow-up-reassign-${task.id}`).count()).toBe(0);
    });
  });

  it('the visit desk prompts to introduce the membership for a paying customer who is not a member, with a link to open a card', async () => {
    const visitOf = async (customerId: string, receipt: string) => {
      const visit = (
        await ok('guide', 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }', {
          input: { customerId, type: 'EXAMINATION', departmentCode: 'DENTAL' },
        })
      ).registerVisit.id as string;
      await ok('onsite.a', 'mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id } }', {
        input: { visitId: visit, dealt: true, amountFen: 30000, receiptNumber: receipt },
      });
      return visit;
    };
    const nonMember = await visitOf(await customer('到院丙', '13912340003'), 'SF-PROMPT-0001');
    const memberCustomer = await customer('到院丁', '13912340004');
    await eventually(
      async () =>
        (
          await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: memberCustomer },
          })
        ).data?.enrollMember,
    );
    const member = await visitOf(memberCustomer, 'SF-PROMPT-0002');
    await as('guide', '/crm/visit-desk', async (page) => {
      const prompt = page.getByTestId(`crm-visit-member-prompt-${nonMember}`);
      await prompt.waitFor({ timeout: 30_000 });
      expect(await prompt.innerText()).toContain('非会员');
      // the member's paid visit is listed without a prompt
      await page.getByTestId(`crm-visit-outcome-${member}`).waitFor({ timeout: 15_000 });
      expect(await page.getByTestId(`crm-visit-member-prompt-${member}`).count()).toBe(0);
      // the guide may not open a card (members refuses it, the portal has no 入会 for them): it says who does
      expect(await page.getByTestId(`crm-visit-member-prompt-${nonMember}-enrol`).count()).toBe(0);
      expect(await page.getByTestId(`crm-visit-member-prompt-${nonMember}-who`).innerText()).toBe('请引导至客服中心办卡');
    });
    // the director may: the link opens members' 入会 page
    await as('director', '/crm/visit-desk', async (page) => {
      await page.getByTestId(`crm-visit-member-prompt-${nonMember}-enrol`).click({ timeout: 30_000 });
      await page.waitForURL(/\/members\/enrol/, { timeout: 15_000 });
      await page.getByTestId('members-enrol-hint').waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).pathname).toBe('/members/enrol');
    });
  });
});
