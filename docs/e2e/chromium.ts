// The callback handed to page.waitForFunction() runs in the page.
/// <reference lib="dom" />
/**
 * Debian's headless Chromium (never a downloaded one), as the browser tests and the
 * reports launch it. CHROMIUM_PATH names another executable.
 */
import { type Browser, chromium, type Page } from 'playwright-core';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Waits until the page's Vue app has taken over the server-rendered page (hydration), for up
 * to `timeout` ms (30 s, playwright's default, unless given).
 */
export async function hydrated(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__,
    undefined,
    { timeout },
  );
}
