import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropdownsClosed, modalOk, option, pick } from '../support/antd.js';
import { launchBrowser, signIn } from '../support/browser.js';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// 医生与排班 in the portal (docs/doctor-schedules.md): the desk books by 科室 → 医生 (identity's doctors,
// by name) → a free slot of the doctor's schedule, and the taken slot leaves the free list; the
// director edits a schedule on the 排班 page and the free slots follow.

const hospitalToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};
/** ISO weekday (1 Monday … 7 Sunday) of a hospital day */
const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

const CHEN = '01a30000-0000-7000-8000-00000000d0c2'; // 陈思远, 口腔科 (demo doctor)
const HUANG = '01a30000-0000-7000-8000-00000000d0c3'; // 黄佳怡, 口腔科 (demo doctor)

describe('booking by department, doctor and free slot; the schedule editor (browser)', () => {
  let system: RunningSystem;
  let browser: Browser;
  // tomorrow: every slot of it lies ahead whatever the time of day the test runs
  const tomorrow = addDays(hospitalToday(), 1);

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
    } catch (error) {
      await page.screenshot({ path: `/tmp/crm-doctor-booking-${who}.png` }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  };

  beforeAll(async () => {
    system = await startSystem({ frontends: true });
    browser = await launchBrowser();
    // 陈思远 works every day 09:00–11:00 in half-hour slots
    await ok('director', 'mutation ($input: SetDoctorScheduleInput!) { setDoctorSchedule(input: $input) { doctorId } }', {
      input: {
        doctorId: CHEN,
        departmentCode: 'DENTAL',
        slotMinutes: 30,
        weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '11:00' })),
      },
    });
    await ok('consult.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
      input: { name: '周排班', phone: '13977001234', channel: 'PHONE' },
    });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('books 口腔科 → 陈思远 → tomorrow 09:30; the booking shows the doctor’s name and the slot leaves the free list', async () => {
    await as('consult.staff', '/crm/appointments', async (page) => {
      // the grid lists the doctors from identity, by name; no local directory, no "保存在本机"
      await page.locator('.ant-table-row').filter({ hasText: '陈思远' }).first().waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('crm-appointments-add-doctor').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toContain('保存在本机');

      await page.getByTestId('crm-appointments-book').click();
      await page.getByTestId('crm-book-customer').click();
      await page.keyboard.type('周排班');
      await option(page, '周排班').click();
      await dropdownsClosed(page);
      await pick(page, 'crm-book-type', '治疗');
      await pick(page, 'crm-book-department', '口腔科');
      // the department's doctors only, by name with their specialities
      await page.getByTestId('crm-book-doctor').click();
      await option(page, '黄佳怡').waitFor({ timeout: 15_000 });
      expect(await page.locator('.ant-select-item-option').filter({ hasText: '林雅琪', visible: true }).count()).toBe(0);
      await option(page, '陈思远').click();
      await dropdownsClosed(page);
      // tomorrow's free slots of the schedule: 09:00 … 10:30
      const day = page.getByTestId(`crm-book-slots-day-${tomorrow}`);
      await day.waitFor({ timeout: 15_000 });
      expect((await day.innerText()).match(/\d\d:\d\d/g)).toEqual(['09:00', '09:30', '10:00', '10:30']);
      await page.getByTestId(`crm-book-slot-${tomorrow}-0930`).click();
      expect(await page.getByTestId('crm-book-slot-chosen').innerText()).toContain(`${tomorrow} 09:30`);
      await modalOk(page).click();
      await page.getByTestId('crm-book-modal').waitFor({ state: 'hidden', timeout: 15_000 });

      // tomorrow's day grid: the booking sits in 陈思远's 09:30 cell, and its drawer names the doctor
      await page.getByTestId('crm-appointments-next').click();
      const cell = page.getByTestId(`crm-slot-${CHEN}-0930`);
      const chip = cell.locator('[data-testid^="crm-appointment-"]').first();
      await chip.waitFor({ timeout: 15_000 });
      await chip.getByText('周排班').waitFor({ timeout: 15_000 });
      await chip.click();
      expect(await page.getByTestId('crm-appointment-drawer-doctor').innerText()).toBe('陈思远');
      await page.keyboard.press('Escape');
      // the grid offers 陈思远 only his free slots: 09:00, 10:00 and 10:30, not the booked 09:30 nor
      // the half hours outside his schedule
      await page.getByTestId(`crm-slot-book-${CHEN}-1000`).waitFor({ timeout: 15_000 });
      const offered = await page
        .locator(`[data-testid^="crm-slot-book-${CHEN}-"]`)
        .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid')!.slice(-4)));
      expect(offered).toEqual(['0900', '1000', '1030']);

      // booking again: 09:30 is no longer offered, the others are
      await page.getByTestId('crm-appointments-book').click();
      await pick(page, 'crm-book-department', '口腔科');
      await pick(page, 'crm-book-doctor', '陈思远');
      const again = page.getByTestId(`crm-book-slots-day-${tomorrow}`);
      await again.waitFor({ timeout: 15_000 });
      expect((await again.innerText()).match(/\d\d:\d\d/g)).toEqual(['09:00', '10:00', '10:30']);
    });
  }, 240_000);

  it('the director edits 黄佳怡’s schedule on 排班: the free slots follow the hours saved', async () => {
    const weekday = isoWeekday(tomorrow);
    await as('director', '/crm/schedules', async (page) => {
      await page.getByTestId('crm-schedules-page').waitFor({ timeout: 30_000 });
      await pick(page, 'crm-schedule-department', '口腔科');
      await pick(page, 'crm-schedule-doctor', '黄佳怡');
      await page.getByTestId('crm-schedule-updated').getByText('尚未排班').waitFor({ timeout: 15_000 });
      // tomorrow's weekday: 09:00–12:00 in hour slots
      const minutes = page.getByTestId('crm-schedule-slot-minutes');
      await ((await minutes.evaluate((element) => element.tagName)) === 'INPUT' ? minutes : minutes.locator('input')).fill('60');
      await page.getByTestId(`crm-schedule-weekday-${weekday}-add`).click();
      await page.getByTestId('crm-schedule-save').click();
      const preview = page.getByTestId('crm-schedule-preview');
      const day = preview.getByTestId(`crm-book-slots-day-${tomorrow}`);
      await day.waitFor({ timeout: 15_000 });
      expect((await day.innerText()).match(/\d\d:\d\d/g)).toEqual(['09:00', '10:00', '11:00']);

      // shorter hours: the day ends at 10:00, and a second stretch in the afternoon
      await page.getByTestId(`crm-schedule-weekday-${weekday}-0-end`).fill('10:00');
      await page.getByTestId(`crm-schedule-weekday-${weekday}-add`).click();
      await page.getByTestId(`crm-schedule-weekday-${weekday}-1-start`).fill('14:00');
      await page.getByTestId(`crm-schedule-weekday-${weekday}-1-end`).fill('16:00');
      await page.getByTestId('crm-schedule-save').click();
      await expect
        .poll(async () => ((await preview.getByTestId(`crm-book-slots-day-${tomorrow}`).innerText()).match(/\d\d:\d\d/g) ?? []).join(' '), {
          timeout: 15_000,
        })
        .toBe('09:00 14:00 15:00');
      expect(await page.getByTestId('crm-schedule-updated').innerText()).toContain('陈运营');
    });
    // what the editor saved is the schedule crm books against
    const { doctorSchedule } = await ok(
      'director',
      'query ($id: ID!) { doctorSchedule(doctorId: $id) { slotMinutes weekly { weekday start end } } }',
      {
        id: HUANG,
      },
    );
    expect(doctorSchedule).toEqual({
      slotMinutes: 60,
      weekly: [
        { weekday, start: '09:00', end: '10:00' },
        { weekday, start: '14:00', end: '16:00' },
      ],
    });
  }, 240_000);
});
