import { describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { openPage, useBrowser } from './browser';
import { axeViolations, headingProblems, sitemapPaths } from './audit';
import { THEME_STORAGE_KEY } from '@/lib/theme';
import { PROGRESS_KEY } from '@/lib/quiz/progress';

const baseUrl = inject('baseUrl');
const OUT = path.resolve(import.meta.dirname, '../../out');
// Every page in the sitemap, plus the 404 page.
const PATHS = [...sitemapPaths(OUT), '/404.html'];
const chromium = useBrowser();

describe('every page, in light and dark theme', () => {
  it('has the sitemap pages to audit', () => {
    expect(PATHS.length).toBeGreaterThan(20);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is axe-clean (WCAG 2.2 A/AA) in ${scheme} theme, with no console errors, page errors or foreign requests`, async () => {
      const { page, consoleErrors, pageErrors, foreignRequests, failedResponses } = await openPage(chromium.browser, { colorScheme: scheme });
      const report: Record<string, unknown> = {};
      for (const url of PATHS) {
        consoleErrors.length = 0;
        failedResponses.length = 0;
        await page.goto(`${baseUrl}${url}`, { waitUntil: 'networkidle' });
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
        expect(dark, `${url} theme`).toBe(scheme === 'dark');
        const violations = await axeViolations(page);
        const expectedFailures = url === '/404.html' ? failedResponses.filter((line) => !line.includes('/404.html')) : failedResponses;
        const errors = url === '/404.html' ? consoleErrors.filter((text) => !text.includes('404')) : consoleErrors;
        if (violations.length || errors.length || expectedFailures.length) report[url] = { violations, errors, failed: expectedFailures };
      }
      expect(report).toEqual({});
      expect(pageErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    }, 240_000);
  }
});

describe('every page, structure and resilience', () => {
  it('has one h1, no skipped heading levels, a main landmark and a working skip link', async () => {
    const { page } = await openPage(chromium.browser);
    const problems: Record<string, string[]> = {};
    for (const url of PATHS) {
      await page.goto(`${baseUrl}${url}`);
      const found = await headingProblems(page);
      const mains = await page.locator('main').count();
      if (mains !== 1) found.push(`${mains} main landmarks`);
      const skip = await page.locator('a.skip-link').getAttribute('href');
      if (skip !== '#main-content' || (await page.locator('#main-content').count()) !== 1) found.push('skip link target missing');
      if (found.length) problems[url] = found;
    }
    expect(problems).toEqual({});
  }, 120_000);

  it('reads without JavaScript: content, tables, diagrams, sidebar and footer links are in the HTML', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    const problems: Record<string, string[]> = {};
    for (const url of PATHS.filter((p) => p.startsWith('/docs/'))) {
      await page.goto(`${baseUrl}${url}`);
      const found: string[] = [];
      if (((await page.locator('article').textContent()) ?? '').length < 500) found.push('article text missing');
      if ((await page.getByRole('navigation', { name: 'Guide pages', exact: true }).locator('a').count()) < 20) found.push('sidebar links missing');
      if ((await page.getByRole('navigation', { name: 'Footer' }).locator('a').count()) < 3) found.push('footer links missing');
      const source = await page.content();
      const tables = (source.match(/<table/g) ?? []).length;
      const rendered = await page.locator('table').count();
      if (tables !== rendered) found.push('tables missing');
      if (found.length) problems[url] = found;
    }
    expect(problems).toEqual({});
    // A page with diagrams shows them as real text without JavaScript.
    await page.goto(`${baseUrl}/docs/ecs/how-ecs-works/`);
    await expect(page.locator('figure.diagram li').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('figure.diagram').first().isVisible()).resolves.toBe(true);
  }, 120_000);

  it('never scrolls sideways at 375 px, and the phone layout is axe-clean too', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true });
    const wide: string[] = [];
    const violations: Record<string, unknown> = {};
    for (const url of PATHS) {
      await page.goto(`${baseUrl}${url}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${url} (+${overflow}px)`);
      // The phone header hides labels; check the controls keep their names (a few page types suffice).
      if (['/', '/docs/', '/docs/practice/', '/404.html'].includes(url)) {
        const found = await axeViolations(page);
        if (found.length) violations[url] = found;
      }
    }
    expect(wide).toEqual([]);
    expect(violations).toEqual({});
  }, 120_000);

  it('ignores corrupted or hostile saved state and resets it', async () => {
    for (const value of ['purple', '{"theme":"dark"}', '<script>alert(1)</script>', '']) {
      const { page, pageErrors } = await openPage(chromium.browser, { colorScheme: 'light' });
      await page.addInitScript(([keys, saved]) => {
        if (!sessionStorage.getItem('seeded')) {
          for (const key of keys) localStorage.setItem(key, saved);
          sessionStorage.setItem('seeded', '1');
        }
      }, [[THEME_STORAGE_KEY, PROGRESS_KEY], value] as const);
      await page.goto(`${baseUrl}/docs/compute-options/`);
      await page.waitForLoadState('networkidle');
      await expect(page.evaluate(() => document.documentElement.classList.contains('dark'))).resolves.toBe(false);
      await expect(page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).resolves.toBeNull();
      await expect(page.locator('h1').textContent()).resolves.toBe('Fargate vs EC2 vs ECS Managed Instances');
      expect(pageErrors).toEqual([]);
    }
  });
});

describe('the audit itself', () => {
  it('fails on a contrast problem and on a third-party script (fixtures)', async () => {
    const { page, foreignRequests } = await openPage(chromium.browser);
    await page.route('https://cdn.example.com/**', (route) => route.abort());
    await page.setContent(`<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main>
      <h1>Fixture</h1><p style="color:#bbb;background:#fff">Low-contrast text</p>
      <script src="https://cdn.example.com/tracker.js"></script></main></body></html>`);
    const violations = await axeViolations(page);
    expect(violations.map((violation) => violation.id)).toContain('color-contrast');
    expect(foreignRequests).toEqual(['https://cdn.example.com/tracker.js']);
  });
});
