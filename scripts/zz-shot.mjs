import { launchChromium as launchBrowser } from './chromium.mjs';
const browser = await launchBrowser();
const [,, url, out, width = '1280', theme = 'light'] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: false });
await browser.close();
