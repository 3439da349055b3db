import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';

/** The test browser: CHROME_PATH, /usr/bin/chromium, or the Chromium in @sparticuz/chromium. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** One Chromium per test file: launched before its tests, closed after them. */
export function useBrowser(): { readonly browser: Browser } {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get browser(): Browser {
      if (!launched) throw new Error('The browser is used before beforeAll launched it.');
      return launched;
    },
  };
}

/** URLs of the JavaScript files a page fetches from now on (the array fills as responses arrive). */
export function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.url());
  });
  return scripts;
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** Every response with status >= 400 (the browser logs these as console errors too). */
  failedResponses: string[];
}

/** A page that records console errors, uncaught errors and any request leaving the local origin. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const watched: WatchedPage = { page, consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      watched.foreignRequests.push(request.url());
    }
  });
  return watched;
}
