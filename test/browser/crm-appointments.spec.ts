import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type RunningSystem } from '../support/system.js';

const tomorrowInHospital = () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** 预约 in the shell: a phone-converted booking in the doctor's day grid, handed by the duty roster's rotation. */
describe('the CRM appointments page', () => {
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

  it('shows a phone-converted booking in the day grid, its on-site consultant in the drawer and the roster moved on', async () => {
    const me = async (who: 'onsite.a' | 'onsite.b') => (await system.as<{ me: { id: string } }>(who, '{ me { id } }')).data!.me.id;
    const onsiteA = await me('onsite.a');
    const onsiteB = await me('onsite.b');
    const day = tomorrowInHospital();
    const roster = await system.as(
      'onsite.admin',
      'mutation ($input: SetDutyRosterInput!) { setDutyRoster(input: $input) { nextIndex } }',
      {
        input: { day, consultantIds: [onsiteA, onsiteB] },
      },
    );
    expect(roster.errors).toBeUndefined();
    const consultation = await system.as<{ registerConsultation: { id: string } }>(
      'consult.staff',
      `mutation { registerConsultation(input: { phone: "13912340000", channel: PHONE, outcome: BOOKED, name: "陈预约", gender: FEMALE, diseaseType: "牙齿矫正" }) { id } }`,
    );
    expect(consultation.errors).toBeUndefined();
    const doctorId = '01a30000-0000-7000-8000-00000000d0c2';
    const booked = await system.as<{ bookAppointment: { id: string; onsiteConsultantId: string } }>(
      'consult.staff',
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id onsiteConsultantId } }',
      {
        input: {
          type: 'TREATMENT',
          departmentCode: 'DENTAL',
          doctorId,
          slotStart: `${day}T10:00:00+08:00`,
          consultationId: consultation.data!.registerConsultation.id,
        },
      },
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookAppointment.onsiteConsultantId).toBe(onsiteA);

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await signIn(page, system.portalUrl, 'consult.staff');
      await page.goto(`${system.portalUrl}/crm/appointments`);
      await page.getByTestId('crm-appointments-page').waitFor({ timeout: 30_000 });
      await page.getByTestId('crm-appointments-next').click();
      // the doctor met in the day's appointments is a row by id; the booking holds the 10:00 slot
      const slot = page.getByTestId(`crm-slot-${doctorId}-1000`);
      // the grid may still show the day before while the next day's bookings load
      await slot.getByText('已预约').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId(`crm-slot-book-${doctorId}-1000`).count()).toBe(0);
      await page.getByTestId(`crm-slot-book-${doctorId}-1030`).waitFor();
      // the roster: both consultants in order, the second one next after the hand-off
      await page.getByTestId('crm-duty-roster-1').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('crm-duty-roster-1').innerText()).toContain('下一位');
      // the drawer names the on-site consultant the booking went to
      await page.getByTestId(`crm-appointment-${booked.data!.bookAppointment.id}`).click();
      await page.getByTestId('crm-appointment-drawer-consultant').waitFor({ timeout: 15_000 });
      expect((await page.getByTestId('crm-appointment-drawer-consultant').innerText()).length).toBeGreaterThan(0);
      // the booking's viewerActions (a booked appointment, a consultation desk): confirm, cancel and no-show offered
      for (const action of ['confirm', 'cancel', 'no-show'])
        await page.getByTestId(`crm-appointment-${action}`).waitFor({ timeout: 15_000 });
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
