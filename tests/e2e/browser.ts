import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Flags that keep Chromium quiet on a closed network (no background requests to Google's hosts).
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const HOW_TO_GET_A_BROWSER = [
  'No Chromium could be started for the browser tests.',
  'Either install one (Debian: `apt-get install chromium`, or set CHROME_PATH to a Chromium/Chrome binary),',
  'or run `npm ci` so the bundled @sparticuz/chromium package is present.',
].join('\n');

async function resolveExecutable(): Promise<{ path: string; args: string[] }> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.\n${HOW_TO_GET_A_BROWSER}`);
    return { path: fromEnv, args: BASE_ARGS };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, args: BASE_ARGS };
  // Fallback: a Chromium shipped inside an npm package (unpacked to /tmp on first use; no download).
  const { default: packaged } = await import('@sparticuz/chromium');
  // Its Lambda-specific flags (single process, no web security) are not wanted here: plain flags work.
  return { path: await packaged.executablePath(), args: BASE_ARGS };
}

export async function launchBrowser(): Promise<Browser> {
  try {
    const { path, args } = await resolveExecutable();
    return await chromium.launch({ executablePath: path, args, headless: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${HOW_TO_GET_A_BROWSER}\nCause: ${reason}`);
  }
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
