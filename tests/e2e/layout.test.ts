import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('small screens', () => {
  it('at 375 px the page with the widest table never scrolls sideways; the table scrolls in its own box', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true });
    await page.goto(`${baseUrl}/docs/compute-options/`);
    const widths = await page.evaluate(() => {
      const tables = [...document.querySelectorAll<HTMLElement>('.table-scroll')];
      const widest = tables.sort((a, b) => b.scrollWidth - a.scrollWidth)[0];
      return {
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        tableContent: widest.scrollWidth,
        tableBox: widest.clientWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.tableContent).toBeGreaterThan(widths.tableBox);
  });

  it('keeps the first column readable while a wide table scrolls', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true });
    await page.goto(`${baseUrl}/docs/compute-options/#compute-options-gpu`);
    const rowHeader = page.locator('#compute-options-gpu th');
    const lastCell = page.locator('#compute-options-gpu td').last();
    const before = { header: await rowHeader.boundingBox(), cell: await lastCell.boundingBox() };
    const scrolled = await page.locator('#compute-options-gpu').evaluate((row) => {
      const box = row.closest('.table-scroll')!;
      box.scrollBy(200, 0);
      return box.scrollLeft;
    });
    // The table really scrolled: its box moved and so did the cells beside the first column…
    expect(scrolled).toBeGreaterThan(0);
    await expect.poll(async () => (await lastCell.boundingBox())!.x).toBeLessThan(before.cell!.x - scrolled / 2);
    // …while the first column stayed where it was.
    expect((await rowHeader.boundingBox())!.x).toBeCloseTo(before.header!.x, 0);
  });
});

describe('print', () => {
  it('hides navigation and search, keeps tables whole and shows external link targets', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/compute-options/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      sidebar: getComputedStyle(document.querySelector('#site-menu')!).display,
      scrollOverflow: getComputedStyle(document.querySelector('.table-scroll')!).overflowX,
      clipped: [...document.querySelectorAll<HTMLElement>('.table-scroll')].some((box) => box.scrollWidth > box.clientWidth + 1),
      linkSuffix: getComputedStyle(document.querySelector('.page-sources a')!, '::after').content,
    }));
    expect(printed.header).toBe('none');
    expect(printed.sidebar).toBe('none');
    expect(printed.scrollOverflow).toBe('visible');
    expect(printed.clipped).toBe(false);
    expect(printed.linkSuffix).toContain('https://');
  });
});
