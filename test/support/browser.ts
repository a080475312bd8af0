import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './system.js';
import { browserEnv } from './env.js';

/**
 * Headless Chromium for browser tests: the system's own Chromium (no browser download on these
 * machines; override with CHROMIUM_PATH), with the background services that would phone home off.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserEnv.chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Signs in through the portal's sign-in page, as a person would: opens `path` (any route sends a
 * signed-out visitor to /login and back after), fills the form and waits until the page has left /login.
 * The password defaults to the demo logins' one.
 */
export async function signIn(
  page: Page,
  portalUrl: string,
  username: string,
  options: { password?: string; path?: string } = {},
): Promise<void> {
  await page.goto(`${portalUrl}${options.path ?? '/'}`);
  await page.getByTestId('login-username').waitFor({ timeout: 30_000 });
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(options.password ?? DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login', { timeout: 30_000 });
}
