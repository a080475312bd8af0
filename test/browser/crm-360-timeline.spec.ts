import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// The customer 360's timeline (docs/customer-timeline.md): the director sees a customer's
// consultation, appointment, visit, deal, follow-up, complaint, consumption and points entries in one
// list, each saying what happened in words, and each entry's link opens the record's own screen.

describe('the customer 360 timeline', () => {
  let system: RunningSystem;
  let browser: Browser;
  let customerId: string;
  let membershipId: string;

  const ok = async (who: Parameters<RunningSystem['as']>[0], query: string, variables?: object) => {
    const r = await system.as(who, query, variables);
    expect(r.errors, query.slice(0, 80)).toBeUndefined();
    return r.data;
  };

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    customerId = (
      await ok('director', 'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
        i: { name: '时间线顾客', phone: '13733330000', channel: 'PHONE', marketingConsent: true },
      })
    ).createCustomer.id;
    await ok('director', 'mutation ($i: RegisterConsultationInput!) { registerConsultation(input: $i) { id } }', {
      i: { phone: '13733330000', channel: 'PHONE', outcome: 'BOOKED', diseaseType: '种植' },
    });
    const appointment = (
      await ok('director', 'mutation ($i: BookAppointmentInput!) { bookAppointment(input: $i) { id } }', {
        i: {
          type: 'TREATMENT',
          departmentCode: 'DENTAL',
          doctorId: '01a30000-0000-7000-8000-00000000d0c2',
          slotStart: new Date(Date.now() + 3_600_000).toISOString(),
          customerId,
        },
      })
    ).bookAppointment.id;
    const visit = (
      await ok('director', 'mutation ($i: RegisterVisitInput!) { registerVisit(input: $i) { id } }', { i: { appointmentId: appointment } })
    ).registerVisit.id;
    membershipId = await eventually(async () => {
      const r = await system.as('member.admin', 'mutation ($i: EnrollMemberInput!) { enrollMember(input: $i) { id } }', {
        i: { customerId },
      });
      return r.data?.enrollMember?.id as string | undefined;
    });
    await ok('director', 'mutation ($i: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $i) { id } }', {
      i: { visitId: visit, dealt: true, amountFen: 128050, receiptNumber: 'TLB-1' },
    });
    await ok('director', 'mutation ($i: ReceiveComplaintInput!) { receiveComplaint(input: $i) { id } }', {
      i: { customerId, channel: 'PHONE', category: 'BILLING', severity: 'LOW', description: '收费不清' },
    });
    // the deal reaches crm's deals, the member's consumption and points, and the follow-up rules, by events
    await eventually(async () => {
      const r = await ok(
        'director',
        'query ($id: ID!) { customer(id: $id) { timeline(first: 50) { nodes { kind } } memberTimeline(first: 50) { nodes { kind } } } }',
        { id: customerId },
      );
      const kinds = new Set([...r.customer.timeline.nodes, ...r.customer.memberTimeline.nodes].map((n: { kind: string }) => n.kind));
      return kinds.size === 8;
    }, 90_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function open360(page: Page) {
    // within the signed-in shell, as a link would: the session stays
    await page.evaluate((path) => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/crm/customers/${customerId}`);
    await page.getByTestId('crm-360-timeline-table').waitFor({ timeout: 30_000 });
    await page.getByTestId('crm-360-timeline-open-COMPLAINT').waitFor({ timeout: 30_000 });
  }

  it('shows entries of every kind in words, and each link opens the record’s screen', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'director', { path: `/crm/customers/${customerId}` });
      await page.getByTestId('crm-360-timeline-table').waitFor({ timeout: 30_000 });
      await page.getByTestId('crm-360-timeline-open-COMPLAINT').waitFor({ timeout: 30_000 });
      const text = await page.getByTestId('crm-360-timeline').innerText();
      for (const words of ['咨询', '预约', '到院', '成交', '回访', '投诉', '消费', '积分', '¥1,280.50', '电话咨询', '收费'])
        expect(text).toContain(words);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

      // the kinds filter: only complaints
      await page.getByTestId('crm-360-timeline-kinds').getByText('投诉', { exact: true }).click();
      await eventually(async () => (await page.getByTestId('crm-360-timeline-open-VISIT').count()) === 0);
      expect(await page.getByTestId('crm-360-timeline-open-COMPLAINT').count()).toBe(1);
      await page.getByTestId('crm-360-timeline-kinds').getByText('投诉', { exact: true }).click();
      await page.getByTestId('crm-360-timeline-open-VISIT').waitFor({ timeout: 30_000 });

      await page.getByTestId('crm-360-timeline-open-COMPLAINT').click();
      await page.getByTestId('crm-complaint-drawer').waitFor({ timeout: 30_000 });
      // the complaint's own drawer, its content masked for the director as everywhere
      const drawer = await page.getByTestId('crm-complaint-drawer').innerText();
      expect(drawer).toContain('投诉 · 收费');
      expect(drawer).toContain('时间线顾客');

      await open360(page);
      await page.getByTestId('crm-360-timeline-open-APPOINTMENT').click();
      await page.getByTestId('crm-appointment-drawer').waitFor({ timeout: 30_000 });

      await open360(page);
      await page.getByTestId('crm-360-timeline-open-FOLLOW_UP').first().click();
      await page.getByTestId('crm-follow-ups-customer').waitFor({ timeout: 30_000 });

      await open360(page);
      await page.getByTestId('crm-360-timeline-open-VISIT').click();
      await page.getByTestId('crm-360-visits').first().waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('crm-360-visits').first().innerText()).toContain('1,280.50');

      await open360(page);
      await page.getByTestId('crm-360-timeline-open-CONSULTATION').click();
      await page.getByTestId('crm-360-consultations').first().waitFor({ timeout: 30_000 });

      await open360(page);
      await page.getByTestId('crm-360-timeline-open-CONSUMPTION').first().click();
      await page.getByTestId('members-360').waitFor({ timeout: 45_000 });
      expect(new URL(page.url()).pathname).toBe(`/members/member/${membershipId}`);
      expect(await page.getByTestId('members-360-tabs').locator('.ant-tabs-tab-active').innerText()).toContain('消费记录');

      await open360(page);
      await page.getByTestId('crm-360-timeline-open-POINTS').first().click();
      await page.getByTestId('members-360').waitFor({ timeout: 45_000 });
      expect(await page.getByTestId('members-360-tabs').locator('.ant-tabs-tab-active').innerText()).toContain('积分明细');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
