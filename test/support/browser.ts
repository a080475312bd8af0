import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium for browser tests: the system's own Chromium (no browser download on these
 * machines; override with CHROMIUM_PATH), with the background services that would phone home off.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
