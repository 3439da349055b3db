import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { anchorRedirectScript, redirectsOnPage } from '@/lib/anchor-redirects';
import { ANCHOR_REDIRECTS } from '@/lib/data/redirects';
import { hydrated, openPage, useBrowser } from './browser';
import { sitemapPaths } from './audit';

const baseUrl = inject('baseUrl');
const OUT = path.resolve(import.meta.dirname, '../../out');
const chromium = useBrowser();

/** What only the redirect script contains: the page it guards and the forwarding call. */
const SCRIPT_SIGNATURE = 'location.replace(t.indexOf("#")===-1';

async function firstSectionOf(url: string): Promise<string> {
  const id = /<h2 id="([^"]+)"/.exec(await (await fetch(`${baseUrl}${url}`)).text())?.[1];
  if (!id) throw new Error(`${url} has no section to link to`);
  return id;
}

/**
 * The overview page as built, with the script a page gets when sections were renamed or moved away from it:
 * `#renamed` is now `sameId` on the page, `#moved` lives on another page, and `sameId` still exists here.
 */
async function serveMovedSections(page: Page, sameId: string, movedTo: string) {
  const built = await (await fetch(`${baseUrl}/docs/`)).text();
  const moved = { renamed: sameId, moved: movedTo, [sameId]: movedTo };
  const script = anchorRedirectScript('/docs/', moved);
  // The page's own policy allows exactly its inline scripts: allow this one too, as the build does for real redirects.
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const html = built
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src )/, `$1${hash} `)
    .replace('</body>', `<script>${script}</script></body>`);
  expect(html).toContain(hash);
  await page.route(`${baseUrl}/docs/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

describe('anchor redirects', () => {
  it('forward an old #id to its new place, on this page or another, when the page opens and when the hash changes', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    const sameId = await firstSectionOf('/docs/');
    const movedTo = `/docs/integrations/#${await firstSectionOf('/docs/integrations/')}`;
    await serveMovedSections(page, sameId, movedTo);

    await page.goto(`${baseUrl}/docs/#renamed`);
    await page.waitForURL(`${baseUrl}/docs/#${sameId}`);
    await expect(page.evaluate((id) => document.getElementById(id) !== null, sameId)).resolves.toBe(true);
    // The next forwards start from a hydrated page: the router's start-up must not meet a forward under way.
    await expect(hydrated(page)).resolves.toBe(true);

    await page.goto(`${baseUrl}/docs/#moved`);
    await page.waitForURL(`${baseUrl}${movedTo}`);
    await expect(page.locator(`#${movedTo.split('#')[1]}`).count()).resolves.toBe(1);

    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.evaluate(() => {
      location.hash = 'moved';
    });
    await page.waitForURL(`${baseUrl}${movedTo}`);

    // An id that still exists on the page is never forwarded.
    await page.goto(`${baseUrl}/docs/#${sameId}`);
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(`${baseUrl}/docs/#${sameId}`);
    expect(pageErrors).toEqual([]);
  });

  it('are in exactly the exported pages that have redirects, and nowhere else', () => {
    const pages = sitemapPaths(OUT).filter((url) => url.startsWith('/docs/'));
    expect(pages.length).toBeGreaterThan(20);
    const wrong = pages.filter((url) => {
      const html = readFileSync(path.join(OUT, url, 'index.html'), 'utf8');
      return html.includes(SCRIPT_SIGNATURE) !== Object.keys(redirectsOnPage(url, ANCHOR_REDIRECTS)).length > 0;
    });
    expect(wrong).toEqual([]);
    expect(anchorRedirectScript('/docs/', { a: 'b' })).toContain(SCRIPT_SIGNATURE);
  });
});
