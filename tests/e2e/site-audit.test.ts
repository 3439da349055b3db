import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { Window } from 'happy-dom';
import { hydrated, openPage, useBrowser, type WatchedPage } from './browser';
import { axeViolations, headingProblems, sitemapPaths } from './audit';
import { THEME_STORAGE_KEY } from '@/lib/theme';
import { PROGRESS_KEY } from '@/lib/quiz/progress';
import { QUIZ } from '@/components/quiz/hooks';
import { contentPagePaths, docsUrlOf } from '../support/reading-order';
import { mdxTables, type TableShape } from '../support/mdx-tables';

const baseUrl = inject('baseUrl');
const OUT = path.resolve(import.meta.dirname, '../../out');
/** The 404 page, and two unknown URLs the server answers with it. */
const NOT_FOUND_PATHS = ['/404.html', '/404/', '/docs/no-such-page/'];
// Every page in the sitemap (the export-ecosystem tests hold it equal to the content), plus the 404 page.
const SITE_PATHS = sitemapPaths(OUT);
const PATHS = [...SITE_PATHS, '/404.html'];
const chromium = useBrowser();

type Report = Record<string, string[]>;

const axeSummary = async (page: Page) =>
  (await axeViolations(page)).map((violation) => `axe ${violation.id}: ${violation.targets.join(', ')}`);

/**
 * Visits each URL once in one browser context and runs `check` there; besides what `check` finds, a visit fails on
 * console errors, failed responses, uncaught errors, requests leaving the site and Content-Security-Policy violations.
 */
async function visitEach(
  urls: readonly string[],
  options: BrowserContextOptions,
  check: (page: Page, url: string) => Promise<string[]>,
  waitUntil: 'networkidle' | 'load' = 'networkidle',
): Promise<Report> {
  const watched: WatchedPage = await openPage(chromium.browser, options);
  const { page } = watched;
  const report: Report = {};
  for (const url of urls) {
    for (const list of [watched.consoleErrors, watched.failedResponses, watched.pageErrors, watched.foreignRequests, watched.cspViolations])
      list.length = 0;
    await page.goto(`${baseUrl}${url}`, { waitUntil });
    const found = await check(page, url);
    // The 404 page's own status is logged and recorded as a failed response; nothing else may fail.
    const notFound = NOT_FOUND_PATHS.includes(url);
    found.push(...watched.consoleErrors.filter((text) => !(notFound && text.includes('404'))).map((text) => `console: ${text}`));
    found.push(...watched.failedResponses.filter((line) => !(notFound && line.endsWith(url))).map((line) => `failed: ${line}`));
    found.push(...watched.pageErrors.map((text) => `page error: ${text}`));
    found.push(...watched.foreignRequests.map((request) => `foreign request: ${request}`));
    found.push(...watched.cspViolations.map((violation) => `CSP: ${violation}`));
    if (found.length > 0) report[url] = found;
  }
  await page.context().close();
  return report;
}

/** The skip link is the first thing Tab reaches, and following it puts keyboard focus in the main content. */
async function skipLinkProblems(page: Page): Promise<string[]> {
  const active = () =>
    page.evaluate(() => ({
      skip: document.activeElement?.matches('a.skip-link') ?? false,
      inMain: document.activeElement?.closest('main') !== null,
    }));
  await page.keyboard.press('Tab');
  const first = await active();
  if (!first.skip) return ['Tab does not reach the skip link first'];
  const visible = await page.locator('a.skip-link').evaluate((link) => {
    const box = link.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  });
  await page.keyboard.press('Enter');
  // Focus is on the main landmark itself or, where it cannot take focus, the next Tab starts there.
  if ((await active()).inMain) return visible ? [] : ['the focused skip link is not visible'];
  await page.keyboard.press('Tab');
  const after = await active();
  return [
    ...(visible ? [] : ['the focused skip link is not visible']),
    ...(after.inMain ? [] : ['following the skip link leaves focus outside main']),
  ];
}

describe('every page, in light and dark theme', () => {
  // Each page once per theme, the themes side by side (much of a visit is waiting for the network to settle).
  const themePass = (scheme: 'light' | 'dark') =>
    visitEach([...PATHS, ...NOT_FOUND_PATHS.filter((url) => url !== '/404.html')], { colorScheme: scheme }, async (page, url) => {
      const found: string[] = [];
      // The theme script and the hydration data are inline scripts the page's policy allows by hash: both ran.
      const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
      if (dark !== (scheme === 'dark')) found.push('the theme script did not run');
      if (!(await hydrated(page))) found.push('the page did not hydrate');
      if (url !== '/404/' && url !== '/docs/no-such-page/') found.push(...(await axeSummary(page)));
      if (scheme === 'light' && PATHS.includes(url)) {
        found.push(...(await headingProblems(page)));
        const mains = await page.locator('main').count();
        if (mains !== 1) found.push(`${mains} main landmarks`);
        found.push(...(await skipLinkProblems(page)));
      }
      return found;
    });

  it('is axe-clean (WCAG 2.2 A/AA), hydrates under its Content-Security-Policy without a violation, with no console errors, failed or foreign requests; in light theme also one h1, no skipped heading level, one main landmark and a skip link that moves focus into it', async () => {
    const [light, dark] = await Promise.all([themePass('light'), themePass('dark')]);
    expect({ light, dark }).toEqual({ light: {}, dark: {} });
  }, 360_000);
});

describe('every page on a phone (375 px, light theme)', () => {
  it('never scrolls sideways and is axe-clean', async () => {
    // The theme passes wait for the network to settle on each page; here the page having hydrated is enough.
    const report = await visitEach(
      PATHS,
      { viewport: { width: 375, height: 800 }, isMobile: true, colorScheme: 'light' },
      async (page) => {
        if (!(await hydrated(page))) return ['did not hydrate'];
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        return [...(overflow > 0 ? [`scrolls sideways by ${overflow}px`] : []), ...(await axeSummary(page))];
      },
      'load',
    );
    expect(report).toEqual({});
  }, 240_000);
});

/** A table as a reader sees it: its rows' first cells (row labels), without copy-link controls. */
interface SeenTable {
  rows: string[];
}

const window = new Window();

/** Tables and diagrams as the server sends the page (before any script runs). */
function serverView(html: string) {
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const tables = [...doc.querySelectorAll('main table')].map((table) => ({
    rows: [...table.querySelectorAll('tbody tr')].map((row) => (row.querySelector('th, td')?.textContent ?? '').replace(/#$/, '').trim()),
  }));
  const diagrams = [...doc.querySelectorAll('main figure.diagram')].map((figure) => figure.querySelectorAll('li').length);
  return { tables, diagrams };
}

/** Does a table of `seen` hold each of the authored table's row labels? */
function holdsRows(seen: readonly SeenTable[], authored: TableShape): boolean {
  return seen.some((table) => authored.rows.every((label) => table.rows.some((row) => row.includes(label))));
}

describe('every docs page without JavaScript', () => {
  const DOCS = contentPagePaths().map((file) => ({ file, url: docsUrlOf(file) }));

  it('covers every content page', () => {
    expect(DOCS.map(({ url }) => url).sort()).toEqual(SITE_PATHS.filter((url) => url.startsWith('/docs/')).sort());
  });

  it('shows what the server sent: the text, every table and its rows, every diagram, sidebar and footer links; and the server sent every table and diagram the page is written with', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    const problems: Report = {};
    for (const { file, url } of DOCS) {
      const found: string[] = [];
      const sent = serverView(await (await fetch(`${baseUrl}${url}`)).text());
      const written = mdxTables(readFileSync(path.resolve(import.meta.dirname, `../../content/docs/${file}.mdx`), 'utf8'));
      // What the page is written with reaches the HTML: each Markdown table with its rows, each diagram.
      for (const table of written.tables)
        if (!holdsRows(sent.tables, table)) found.push(`server HTML lacks the table with rows ${table.rows.slice(0, 3).join(', ')}…`);
      if (sent.diagrams.length !== written.diagrams) found.push(`server HTML has ${sent.diagrams.length} of ${written.diagrams} diagrams`);

      await page.goto(`${baseUrl}${url}`);
      const seen = await page.evaluate(() => {
        const shown = (element: Element) =>
          element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getBoundingClientRect().height > 0;
        const label = (row: Element) => (row.querySelector('th, td')?.textContent ?? '').replace(/#$/, '').trim();
        return {
          text: (document.querySelector('article') as HTMLElement | null)?.innerText.length ?? 0,
          tables: [...document.querySelectorAll('main table')]
            .filter(shown)
            .map((table) => ({ rows: [...table.querySelectorAll('tbody tr')].filter(shown).map(label) })),
          diagrams: [...document.querySelectorAll('main figure.diagram')]
            .filter(shown)
            .map((figure) => [...figure.querySelectorAll('li')].filter(shown).length),
        };
      });
      if (seen.text < 500) found.push('article text missing');
      if (JSON.stringify(seen.tables) !== JSON.stringify(sent.tables))
        found.push(
          `tables seen ${JSON.stringify(seen.tables.map((t) => t.rows.length))} ≠ sent ${JSON.stringify(sent.tables.map((t) => t.rows.length))}`,
        );
      if (JSON.stringify(seen.diagrams) !== JSON.stringify(sent.diagrams))
        found.push(`diagram items seen ${JSON.stringify(seen.diagrams)} ≠ sent ${JSON.stringify(sent.diagrams)}`);
      if ((await page.getByRole('navigation', { name: 'Guide pages', exact: true }).locator('a').count()) < DOCS.length)
        found.push('sidebar links missing');
      if ((await page.getByRole('navigation', { name: 'Footer' }).locator('a').count()) < 3) found.push('footer links missing');
      if (found.length) problems[url] = found;
    }
    expect(problems).toEqual({});
  }, 120_000);
});

describe('saved state', () => {
  it('ignores corrupted or hostile saved state, resets it, and lets no saved value pollute object prototypes', async () => {
    for (const value of [
      'purple',
      '{"theme":"dark"}',
      '<script>alert(1)</script>',
      '',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
    ]) {
      const { page, pageErrors } = await openPage(chromium.browser, { colorScheme: 'light' });
      await page.addInitScript(
        ([keys, saved]) => {
          if (!sessionStorage.getItem('seeded')) {
            for (const key of keys) localStorage.setItem(key, saved);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [[THEME_STORAGE_KEY, PROGRESS_KEY], value] as const,
      );
      await page.goto(`${baseUrl}/docs/compute-options/`);
      // The quiz has read (and reset) the saved progress once it has enhanced its questions.
      await page.locator(`[${QUIZ.root}][${QUIZ.enhanced}]`).first().waitFor({ state: 'attached' });
      await expect(page.evaluate(() => document.documentElement.classList.contains('dark'))).resolves.toBe(false);
      await expect(page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).resolves.toBeNull();
      // The quiz ignored the saved progress: nothing counts as answered.
      await expect(page.locator(`[${QUIZ.score}]`).first().textContent()).resolves.toMatch(/none answered yet/);
      await expect(page.locator('h1').textContent()).resolves.toBe('Fargate vs EC2 vs ECS Managed Instances');
      const polluted = await page.evaluate(() => ({
        object: 'polluted' in {},
        prototype: Object.prototype.hasOwnProperty('polluted'),
        array: 'polluted' in [],
      }));
      expect(polluted, value).toEqual({ object: false, prototype: false, array: false });
      expect(pageErrors).toEqual([]);
      await page.context().close();
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

  it('fails a skip link that leaves focus outside main, and passes one that moves it in (fixtures)', async () => {
    const fixture = (target: string) => `<!doctype html><html lang="en"><head><title>Fixture</title></head><body>
      <a class="skip-link" href="#${target}">Skip to content</a><nav><a href="#x">Elsewhere</a></nav>
      <main id="main"><h1>Fixture</h1><a href="#y">In main</a></main><footer id="footer"><a href="#z">Footer</a></footer></body></html>`;
    const problemsWith = async (target: string) => {
      const { page } = await openPage(chromium.browser);
      await page.setContent(fixture(target));
      return skipLinkProblems(page);
    };
    await expect(problemsWith('main')).resolves.toEqual([]);
    await expect(problemsWith('footer')).resolves.toEqual(['following the skip link leaves focus outside main']);
  });
});
