import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers/paths';

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/**
 * Debian's Chromium (playwright cannot download its own browsers here). The flags keep it
 * from reaching for Google's services, which this network refuses.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // A message that a page did not hand to its client components (ClientMessages) shows as a
  // raw key, and next-intl logs MISSING_MESSAGE in the browser's console: closing the
  // browser then fails the test file.
  const missing = new Set<string>();
  const watch = (context: BrowserContext) =>
    context.on('console', (m) => {
      if (m.text().includes('MISSING_MESSAGE')) missing.add(m.text().split('\n')[0]);
    });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    watch(context);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    watch(page.context());
    return page;
  };
  const close = browser.close.bind(browser);
  browser.close = async (...args) => {
    await close(...args);
    if (missing.size > 0) throw new Error(`messages missing in the browser: ${[...missing].join('; ')}`);
  };
  return browser;
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
