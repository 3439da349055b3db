// @ts-check
// Finds and starts Chromium the same way for browser tests and benchmarks:
// CHROME_PATH, then the system /usr/bin/chromium, then the Chromium shipped in @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Flags that keep Chromium quiet on a closed network (no background requests to Google's hosts).
export const CHROMIUM_ARGS = [
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

/** @returns {Promise<string>} the Chromium binary to use */
export async function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  // Unpacked from the npm package to /tmp on first use; nothing is downloaded.
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** @returns {Promise<import('playwright-core').Browser>} */
export async function launchChromium() {
  try {
    return await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${HOW_TO_GET_A_BROWSER}\nCause: ${reason}`);
  }
}
