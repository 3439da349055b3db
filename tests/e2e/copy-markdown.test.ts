import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { CLIPBOARD_STATUS_ID, COPIED, COPY_MARKDOWN } from '@/components/ui/clipboard-hooks';

const baseUrl = inject('baseUrl');
const OUT = path.resolve(import.meta.dirname, '../../out');
const chromium = useBrowser();

describe('"Copy as Markdown"', () => {
  it("copies the page's Markdown from the keyboard and announces it", async () => {
    const { page, consoleErrors, pageErrors } = await openPage(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseUrl}/docs/ecs/task-networking/`);
    const button = page.getByRole('button', { name: 'Copy as Markdown' });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${CLIPBOARD_STATUS_ID}`).textContent()).toBe('Markdown copied to clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(readFileSync(path.join(OUT, 'md/ecs/task-networking.md'), 'utf8'));
    await expect(button.getAttribute(COPIED)).resolves.toBe('true');
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('works with Space too, after client-side navigation to another page', async () => {
    const { page } = await openPage(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseUrl}/docs/ecs/task-networking/`);
    await page.getByRole('navigation', { name: 'Guide pages', exact: true }).locator('a[href="/docs/core-concepts/"]').first().click();
    await page.waitForURL(`${baseUrl}/docs/core-concepts/`);
    await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(readFileSync(path.join(OUT, 'md/core-concepts.md'), 'utf8'));
  });

  it('says so when the Markdown cannot be fetched', async () => {
    const { page } = await openPage(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.route('**/md/**', (route) => route.fulfill({ status: 500, body: 'no' }));
    await page.goto(`${baseUrl}/docs/ecs/task-networking/`);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => page.locator(`#${CLIPBOARD_STATUS_ID}`).textContent()).toBe('Could not copy the Markdown');
  });

  it('is hidden without JavaScript, where the plain "View as Markdown" link still works', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/docs/ecs/task-networking/`);
    await expect(page.locator(`button[${COPY_MARKDOWN}]`).isVisible()).resolves.toBe(false);
    const link = page.getByRole('link', { name: 'View as Markdown' });
    await expect(link.isVisible()).resolves.toBe(true);
    const response = await page.goto(`${baseUrl}${await link.getAttribute('href')}`);
    expect(response?.status()).toBe(200);
    expect(await response?.text()).toMatch(/^# ECS task networking\n/);
  });
});
