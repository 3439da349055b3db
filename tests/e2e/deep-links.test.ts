import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './browser';
import { CLIPBOARD_STATUS_ID, COPY_LINK } from '@/components/ui/clipboard-hooks';
import { rowAnchor } from '@/components/ui/anchored-table';
import { TRIGGER_PHRASES } from '@/lib/data/trigger-phrases';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

/** Position of an element relative to the sticky header and the viewport. */
async function placement(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId)!;
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    return { top: box.top, headerBottom: header.bottom, viewport: window.innerHeight };
  }, id);
}

describe('deep links', () => {
  it('land a mid-page heading below the sticky header and mark it in the table of contents', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/compute-options/#daemon-tasks`);
    await page.waitForLoadState('networkidle');
    const where = await placement(page, 'daemon-tasks');
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.top).toBeLessThan(where.viewport / 2);
    await expect.poll(() => page.locator('.toc a[aria-current]').getAttribute('href')).toBe('#daemon-tasks');
    expect(pageErrors).toEqual([]);
  });

  it('land a table row below the header and highlight it', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/compute-options/#compute-options-gpu`);
    await page.waitForLoadState('networkidle');
    const where = await placement(page, 'compute-options-gpu');
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.top).toBeLessThan(where.viewport);
    const colours = await page.evaluate(() => ({
      target: getComputedStyle(document.getElementById('compute-options-gpu')!).backgroundColor,
      other: getComputedStyle(document.getElementById('compute-options-pricing')!).backgroundColor,
    }));
    expect(colours.target).not.toBe(colours.other);
  });

  it('copy-link on a table row and on a callout puts the full URL on the clipboard', async () => {
    const { page } = await openPage(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseUrl}/docs/compute-options/`);
    await page.waitForLoadState('networkidle');
    for (const id of ['compute-options-gpu', 'trap-compute-gpu-ec2-only']) {
      const control = page.locator(`#${id} a[${COPY_LINK}][href="#${id}"]`).first();
      await control.focus();
      // Visible on keyboard focus.
      await expect.poll(() => control.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await control.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/docs/compute-options/#${id}`);
      await expect(page.locator(`#${CLIPBOARD_STATUS_ID}`).textContent()).resolves.toBe('Link copied to clipboard');
    }
  });

  it('a copied link opened in a new page scrolls to and highlights its row', async () => {
    const { page } = await openPage(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseUrl}/docs/compute-options/`);
    await page.locator(`#compute-options-gpu a[${COPY_LINK}]`).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await openPage(chromium.browser);
    await fresh.page.goto(copied);
    await fresh.page.waitForLoadState('networkidle');
    const where = await placement(fresh.page, 'compute-options-gpu');
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    await expect(fresh.page.evaluate(() => document.querySelector('tr:target')?.id)).resolves.toBe('compute-options-gpu');
  });

  it('generated tables anchor and copy-link every row, like comparison tables', async () => {
    const { page } = await openPage(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const rows = [
      ['/docs/exam-tips/', rowAnchor('phrases', TRIGGER_PHRASES[0].phrase)],
      ['/docs/choosing/', rowAnchor('decision-rules', 'gpu-rules-out-fargate')],
      ['/docs/pricing/', rowAnchor('sourced-prices', 'eks-extended-support')],
    ] as const;
    for (const [url, id] of rows) {
      await page.goto(`${baseUrl}${url}#${id}`);
      await expect(
        page.evaluate(() => document.querySelector('tr:target')?.id),
        id,
      ).resolves.toBe(id);
      await page.locator(`#${id} a[${COPY_LINK}][href="#${id}"]`).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${url}#${id}`);
    }
  });

  it('a moved page forwards to its new URL and keeps the fragment', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/launch-types/#compute-options-gpu`);
    await page.waitForURL(`${baseUrl}/docs/compute-options/#compute-options-gpu`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Fargate vs EC2 vs ECS Managed Instances');
  });

  it('external source links are marked, open in the same tab and send no opener', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/compute-options/`);
    const links = page.locator('.page-sources a');
    expect(await links.count()).toBeGreaterThan(0);
    const first = links.first();
    await expect(first.getAttribute('rel')).resolves.toBe('noopener');
    await expect(first.getAttribute('target')).resolves.toBeNull();
    await expect(first.locator('.sr-only').textContent()).resolves.toContain('external');
  });
});
