import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Driving antd's controls in the browser tests, the same way everywhere.

/** The visible option of an open select's dropdown that holds `text`. */
export const option = (page: Page, text: string): Locator =>
  page.locator('.ant-select-item-option').filter({ hasText: text, visible: true }).first();

/** The primary button of the modal on screen. */
export const modalOk = (page: Page): Locator => page.locator('.ant-modal-footer .ant-btn-primary').filter({ visible: true });

/**
 * Waits until no select's dropdown is on screen. A dropdown closes with an animation, longer on a
 * busy machine; until it is gone its options still count as visible, and the next pick could click
 * one of them (a consultation named …治疗 instead of the visit type 治疗).
 */
export async function dropdownsClosed(page: Page, timeout = 30_000): Promise<void> {
  // the animation can take seconds on a machine running the whole suite
  await expect.poll(() => page.locator('.ant-select-dropdown').filter({ visible: true }).count(), { timeout }).toBe(0);
}

/**
 * After clicking `text` in `select`'s dropdown: waits for the dropdown to close. On a machine at
 * full load a click can land while the dropdown is still opening and be lost, leaving it open (a
 * CI run beside a 1,000,000-customer seed waited 30 s on one): the option is clicked again, or,
 * when the select already shows it, the dropdown is closed with Escape.
 */
async function picked(page: Page, select: Locator, text: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await dropdownsClosed(page, 10_000);
      return;
    } catch {
      if ((await select.innerText()).includes(text)) await page.keyboard.press('Escape');
      else await option(page, text).click();
    }
  }
  await dropdownsClosed(page);
}

/** Picks an option of a plain select by its text. */
export async function pick(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await option(page, text).click();
  await picked(page, select, text);
}

/** Types into a searchable select (a customer picker) and picks the match. */
export async function pickSearched(page: Page, testId: string, search: string, match: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await page.keyboard.type(search);
  await option(page, match).click();
  await picked(page, select, match);
}

/**
 * Gives a Rate `stars` stars and waits until it shows them. A star is clicked where it was a moment
 * before; on a machine at full load the modal around it can still be moving in, and the click lands
 * beside it, leaving the rating empty (a CI run's 结案 then stayed open on "required").
 */
export async function rate(page: Page, testId: string, stars: number): Promise<void> {
  const control = page.getByTestId(testId);
  const full = control.locator('.ant-rate-star-full');
  const star = control.locator('.ant-rate-star').nth(stars - 1);
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await full.count()) !== stars) await star.click();
    try {
      await expect.poll(() => full.count(), { timeout: 5_000 }).toBe(stars);
      return;
    } catch {
      // clicked again on the next turn
    }
  }
  await expect.poll(() => full.count()).toBe(stars);
}

/**
 * Clicks the modal's primary button and waits until the modal is gone; when it stays, fails with what
 * it shows (a form's "required", a server's refusal) rather than a bare timeout further on.
 */
export async function submitModal(page: Page, timeout = 30_000): Promise<void> {
  await modalOk(page).click();
  try {
    await expect.poll(() => page.locator('.ant-modal-wrap').filter({ visible: true }).count(), { timeout }).toBe(0);
  } catch {
    const shown = await page.locator('.ant-modal .ant-form-item-explain-error, .ant-modal .ant-alert-message').allInnerTexts();
    throw new Error(`the modal stayed open after its primary button was clicked, showing: ${shown.join(' | ') || 'no message'}`);
  }
}
