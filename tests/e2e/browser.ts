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

const CSP_REPORT_PREFIX = 'securitypolicyviolation: ';

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** Every response with status >= 400 (the browser logs these as console errors too). */
  failedResponses: string[];
  /** Content-Security-Policy violations, as the documents' securitypolicyviolation events and the console report them. */
  cspViolations: string[];
}

/**
 * A page that records console errors, uncaught errors, failed responses, any request leaving the local origin and
 * every Content-Security-Policy violation (from the first byte of each document).
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const watched: WatchedPage = { page, consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [], cspViolations: [] };
  // Reported through the console (an exposed function would add a binding to every document the page opens).
  await page.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.info(`${prefix}${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI} ${event.sample}`);
    });
  }, CSP_REPORT_PREFIX);
  page.on('console', (message) => {
    if (message.text().startsWith(CSP_REPORT_PREFIX)) {
      watched.cspViolations.push(message.text().slice(CSP_REPORT_PREFIX.length));
      return;
    }
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
    if (/Content Security Policy/i.test(message.text())) watched.cspViolations.push(`console: ${message.text()}`);
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

/** Waits until React has hydrated the page's main content (Next's inline hydration data ran); false if it never does. */
export function hydrated(page: Page): Promise<boolean> {
  const done = () => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber$'));
  };
  return page.waitForFunction(done, null, { timeout: 15_000 }).then(
    () => true,
    () => false,
  );
}
