import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// The notification bell in the shell's header (issue 20): an emergency escalation made through the
// API reaches the signed-in department admin's bell without a reload (the gateway's event stream),
// the dropdown lists it in words (no codes), reading it clears the count, and the English page says
// the same in English.

describe('the notification bell', () => {
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

  const emergency = async () => {
    const received = await system.as('cs.staff', `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }`, {
      input: {
        channel: 'PHONE',
        category: 'SERVICE_ATTITUDE',
        severity: 'CRITICAL',
        description: '家属在大厅聚集',
        departmentCode: 'DENTAL',
      },
    });
    expect(received.errors).toBeUndefined();
    const escalated = await system.as(
      'cs.staff',
      'mutation ($id: ID!) { escalateComplaintEmergency(complaintId: $id, notifyDepartments: ["ONSITE"]) { id } }',
      { id: received.data.receiveComplaint.id },
    );
    expect(escalated.errors).toBeUndefined();
  };

  it('shows the unread count live, lists the notification in words, and reading it clears the count', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'onsite.admin');
      const bell = page.getByTestId('notification-bell');
      await bell.waitFor({ timeout: 30_000 });
      // nothing yet: the list says so
      await bell.click();
      await page.getByTestId('notifications-empty').waitFor({ timeout: 10_000 });
      await bell.click();

      await emergency();
      // no reload: the stream tells the bell
      const badge = page.getByTestId('notification-badge');
      await expect.poll(() => badge.innerText(), { timeout: 20_000 }).toContain('1');

      await bell.click();
      const item = page.getByTestId('notification-item');
      await item.first().waitFor({ timeout: 10_000 });
      expect(await item.count()).toBe(1);
      expect(await item.first().getAttribute('data-unread')).toBe('true');
      const text = await item.first().innerText();
      expect(text).toContain('投诉紧急升级');
      expect(text).toContain('特别严重');
      expect(text).toContain('现场咨询');
      expect(text).not.toMatch(/ONSITE|CRITICAL|COMPLAINT_EMERGENCY/);

      await page.getByTestId('notification-mark-read').click();
      await expect.poll(() => item.first().getAttribute('data-unread'), { timeout: 10_000 }).toBe('false');
      await expect.poll(() => badge.innerText(), { timeout: 10_000 }).not.toContain('1');

      // a second one opens its record: the complaint workbench
      await bell.click();
      await emergency();
      await expect.poll(() => badge.innerText(), { timeout: 20_000 }).toContain('1');
      await bell.click();
      await page.getByTestId('notification-open').first().click();
      await page.waitForURL(/\/crm\/complaints$/, { timeout: 10_000 });
      await expect.poll(() => badge.innerText(), { timeout: 10_000 }).not.toContain('1');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
    // signing in, a remote and two stream round trips: more than the default minute on a busy machine
  }, 180_000);

  it('says it in English on the English page', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await emergency();
      await signIn(page, system.portalUrl, 'director');
      await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
      await page.getByTestId('notification-bell').click();
      const item = page.getByTestId('notification-item');
      await item.first().waitFor({ timeout: 10_000 });
      const text = await item.first().innerText();
      expect(text).toContain('Complaint emergency');
      expect(text).toContain('On-site Consultation');
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await context.close();
    }
  }, 120_000);
});
