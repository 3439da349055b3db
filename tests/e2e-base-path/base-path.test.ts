import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { hydrated, openPage, useBrowser } from '../e2e/browser';
import { BASE_PATH, BASE_PATH_ROOT, BASE_PATH_SITE_URL } from '../../scripts/base-path-build.mjs';
import { ANCHOR_REDIRECTS, PAGE_REDIRECTS } from '@/lib/data/redirects';

// The export built with NEXT_PUBLIC_BASE_PATH, served under that sub-folder only: anything that forgets the base
// path asks the host's root, which answers 404 (a failed response the watched page records).
const origin = inject('basePathOrigin');
const site = `${origin}${BASE_PATH}`;
const EXPORT = path.join(BASE_PATH_ROOT, BASE_PATH.slice(1));
const chromium = useBrowser();

/** Site-internal URLs the page's links, scripts, styles and head point at that lack the base path. */
function outsideBasePath(page: Page): Promise<string[]> {
  return page.evaluate((base) => {
    const urls = [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(
      (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
    );
    return urls.filter((url) => url.startsWith('/') && !url.startsWith('//') && url !== base && !url.startsWith(`${base}/`));
  }, BASE_PATH);
}

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

describe(`the export built under the base path ${BASE_PATH}`, () => {
  it('serves a few kinds of page whose links, scripts and styles all carry the base path, hydrating without a failed request', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    const report: Record<string, string[]> = {};
    for (const url of ['/', '/docs/', '/docs/ecs/task-networking/', '/docs/choosing/']) {
      await page.goto(`${site}${url}`, { waitUntil: 'networkidle' });
      const found = (await outsideBasePath(page)).map((href) => `link without the base path: ${href}`);
      if (!(await hydrated(page))) found.push('did not hydrate');
      if ((await page.locator('nav a[href]').count()) < 10) found.push('navigation links missing');
      if (found.length > 0) report[url] = found;
    }
    expect(report).toEqual({});
    expect(watched.failedResponses).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    // A sidebar link navigates inside the sub-folder.
    await page
      .getByRole('navigation', { name: 'Guide pages', exact: true })
      .locator(`a[href="${BASE_PATH}/docs/core-concepts/"]`)
      .first()
      .click();
    await page.waitForURL(`${site}/docs/core-concepts/`);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
  });

  it('gives canonical URLs, social cards, the sitemap and the feed the site URL with the base path', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${site}/docs/ecs/task-networking/`);
    const canonical = `${BASE_PATH_SITE_URL}${BASE_PATH}/docs/ecs/task-networking/`;
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(canonical);
    await expect(meta(page, 'og:url')).resolves.toBe(canonical);
    const image = (await meta(page, 'og:image')) ?? '';
    expect(image.startsWith(`${BASE_PATH_SITE_URL}${BASE_PATH}/`), image).toBe(true);
    // The card is served at that address under the sub-folder, as a PNG.
    const card = await fetch(`${origin}${new URL(image).pathname}`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
    const sitemap = [...readFileSync(path.join(EXPORT, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(sitemap.length).toBeGreaterThan(20);
    expect(sitemap.filter((url) => !url.startsWith(`${BASE_PATH_SITE_URL}${BASE_PATH}/`))).toEqual([]);
    const feedLinks = [...readFileSync(path.join(EXPORT, 'feed.xml'), 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(feedLinks.length).toBeGreaterThan(0);
    expect(feedLinks.filter((url) => !url.startsWith(`${BASE_PATH_SITE_URL}${BASE_PATH}/`))).toEqual([]);
  });

  it('searches from the sub-folder: every search fetch carries the base path, and a result lands on its page', async () => {
    const { page, failedResponses } = await openPage(chromium.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site}/docs/`);
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: 'Search terms' });
    await input.fill('awsvpc');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog [role="listbox"]')?.dataset.query === 'awsvpc');
    const searchFetches = requests.filter((url) => /\/api\/search$|\/search-index\//.test(url));
    expect(searchFetches.length).toBeGreaterThan(1);
    expect(searchFetches.filter((url) => !url.startsWith(`${BASE_PATH}/`))).toEqual([]);
    await input.press('Enter');
    await page.waitForURL((url) => url.pathname === `${BASE_PATH}/docs/ecs/task-networking/` && url.hash.length > 1);
    expect(failedResponses).toEqual([]);
  });

  it("copies the page's Markdown, fetched from under the base path", async () => {
    const { page, failedResponses } = await openPage(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site}/docs/ecs/task-networking/`);
    const markdown = page.waitForRequest((request) => request.url().endsWith('.md'));
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    expect(new URL((await markdown).url()).pathname).toBe(`${BASE_PATH}/md/ecs/task-networking.md`);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(readFileSync(path.join(EXPORT, 'md/ecs/task-networking.md'), 'utf8'));
    expect(failedResponses).toEqual([]);
  });

  it('forwards a moved page and a moved section inside the sub-folder, keeping the fragment', async () => {
    const { page, cspViolations } = await openPage(chromium.browser);
    const { from, to } = PAGE_REDIRECTS[0];
    await page.goto(`${site}${from}#main-content`);
    await page.waitForURL(`${site}${to}#main-content`);
    const moved = ANCHOR_REDIRECTS.find((redirect) => redirect.to.startsWith('/docs/'))!;
    await page.goto(`${site}${moved.page}#${moved.from}`);
    await page.waitForURL(`${site}${moved.to}`);
    expect(cspViolations).toEqual([]);
  });
});
