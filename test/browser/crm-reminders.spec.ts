import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpMessageProvider, RecordingProvider, runDueReminders, setMessageProvider } from '@careline/crm';
import { pick } from '../support/antd.js';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';
import { startMessageProvider, type LocalMessageProvider } from '../support/message-provider.js';

const SECRET = 'reminder-browser-shared-secret-0123456789abcdef';
const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

/**
 * 预约提醒与确认 in the portal: the customer-service admin sets the department's rule, the job sends the
 * reminder through the local provider (a real HTTP server on loopback), the customer's signed reply
 * comes back through the gateway, and the appointment list shows 已确认; staff confirm another
 * booking from the drawer and the visit desk shows it.
 */
describe('appointment reminders and confirmations in the portal', () => {
  let system: RunningSystem;
  let browser: Browser;
  let provider: LocalMessageProvider;

  const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
    const r = await system.as(who, query, variables);
    expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
    return r.data as T;
  };
  const as = async (who: DemoUser, path: string, steps: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, who, { path });
      await steps(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  };

  beforeAll(async () => {
    provider = await startMessageProvider(SECRET);
    setMessageProvider(new HttpMessageProvider({ url: provider.url, secret: SECRET, name: 'local-sms' }));
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await provider?.close();
  });

  it('the rule set in the portal reminds, the customer’s signed reply confirms, the list shows 已确认; staff confirm shows on the visit desk', async () => {
    // the customer-service admin sets DENTAL's rule: the day before at 00:00, no quiet hours
    await as('cs.admin', '/crm/messages', async (page) => {
      await page.getByTestId('crm-msg-tab-reminders').click();
      await page.getByTestId('crm-reminder-rule-new').click();
      await pick(page, 'crm-reminder-rule-department', '口腔科');
      await page.getByTestId('crm-reminder-rule-send-at').fill('00:00');
      await page.getByPlaceholder('21:00').fill('');
      await page.getByPlaceholder('08:00').fill('');
      await page.getByTestId('crm-reminder-rule-submit').click();
      const rules = page.getByTestId('crm-reminder-rules');
      await rules.getByText('口腔科').waitFor({ timeout: 15_000 });
      expect(await rules.innerText()).toContain('就诊日前 1 天 00:00');
    });

    const customer = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
      input: { name: '确认王', phone: '13765430001', channel: 'CAMPAIGN', marketingConsent: true },
    });
    const today = hospitalDay(new Date());
    const tomorrow = addDays(today, 1);
    const book = async (slotStart: string, doctorId: string) =>
      (
        await ok('consult.staff', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
          input: { type: 'REVISIT', departmentCode: 'DENTAL', doctorId, slotStart, customerId: customer.createCustomer.id },
        })
      ).bookAppointment.id as string;
    const reminded = await book(`${tomorrow}T10:00:00+08:00`, '01a30000-0000-7000-8000-0000000dc001');

    // the job: one reminder through the provider; the customer answers 1 (confirm), signed by the provider
    await runDueReminders(system.services.crm.orm);
    expect(provider.sent).toHaveLength(1);
    const reply = await provider.reply(
      system.gatewayUrl.replace(/\/graphql$/, '/hooks/message-provider'),
      provider.sent[0]!.messageId,
      'CONFIRM',
    );
    expect(reply.status).toBe(200);

    // a booking of today that staff confirm by hand (after the job ran, so it has no reminder)
    const byPhone = await book(`${today}T08:00:00+08:00`, '01a30000-0000-7000-8000-0000000dc002');

    await as('consult.staff', '/crm/appointments', async (page) => {
      await page.getByTestId('crm-appointments-page').waitFor({ timeout: 30_000 });
      await page.getByTestId('crm-appointments-view-list').click();
      const todays = page.getByTestId(`crm-appointment-confirmation-${byPhone}`);
      await todays.waitFor({ timeout: 30_000 });
      expect(await todays.innerText()).toBe('未提醒');
      await todays.click();
      await page.getByTestId('crm-appointment-confirm').click();
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="crm-appointment-confirmation-${id}"]`)?.textContent === '已确认',
        byPhone,
        { timeout: 15_000 },
      );

      await page.getByTestId('crm-appointments-next').click();
      const tomorrows = page.getByTestId(`crm-appointment-confirmation-${reminded}`);
      await tomorrows.waitFor({ timeout: 30_000 });
      expect(await tomorrows.innerText()).toBe('已确认');
      await tomorrows.click();
      const drawer = page.getByTestId('crm-appointment-drawer');
      await drawer.getByTestId('crm-appointment-drawer-confirmation').waitFor({ timeout: 15_000 });
      expect(await drawer.innerText()).toContain('（客户回复）');
      expect(await drawer.innerText()).toContain('提醒时间（北京时间）');
      expect(await drawer.getByTestId('crm-appointment-confirm').count()).toBe(0);
    });

    await as('guide', '/crm/visit-desk', async (page) => {
      const tag = page.getByTestId(`crm-visit-desk-confirmation-${byPhone}`);
      await tag.waitFor({ timeout: 30_000 });
      expect(await tag.innerText()).toBe('已确认');
    });
  });

  it('the messages page names each channel’s provider and labels the recording one as a demo (演示：消息仅记录，未发送)', async () => {
    // a provider that sends: named, no demo label
    await as('cs.admin', '/crm/messages', async (page) => {
      const providers = page.getByTestId('crm-msg-providers');
      await providers.waitFor({ timeout: 30_000 });
      expect(await providers.innerText()).toBe('短信：短信网关（HTTP） · 微信：短信网关（HTTP）');
      expect(await page.getByTestId('crm-msg-demo-provider').count()).toBe(0);
    });

    // the demo default: messages are recorded, not sent, and the page says so
    setMessageProvider(new RecordingProvider());
    await as('cs.admin', '/crm/messages', async (page) => {
      const demo = page.getByTestId('crm-msg-demo-provider');
      await demo.waitFor({ timeout: 30_000 });
      expect(await demo.innerText()).toContain('演示：消息仅记录，未发送');
      expect(await demo.innerText()).toContain('短信、微信消息由记录服务商处理');
      expect(await page.getByTestId('crm-msg-providers').innerText()).toBe('短信：仅记录（演示） · 微信：仅记录（演示）');
    });
  });
});
