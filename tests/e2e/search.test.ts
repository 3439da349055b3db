import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { hydrated, openPage, recordScripts, useBrowser } from './browser';
import { sectionTextInPage } from '../../scripts/section-text.mjs';
import { measureFirstSearch, SEARCH_FIRST_RESULT_BUDGET, searchWeightVerdict } from '../../scripts/search-weight.mjs';
import publicQueries from '../search/search-queries.json';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const OUT = path.resolve(import.meta.dirname, '../../out');

const input = (page: Page) => page.getByRole('combobox', { name: 'Search terms' });
const isIndexFile = (url: string) => /\/api\/search$|\/search-index\//.test(new URL(url).pathname);

/** Types a query and waits until the dialog has painted its results (or said there are none). */
async function searchFor(page: Page, query: string) {
  await input(page).fill(query);
  await page.waitForFunction((typed) => document.querySelector<HTMLElement>('dialog [role="listbox"]')?.dataset.query === typed, query);
}

async function landOnFirstResult(page: Page, query: string) {
  await searchFor(page, query);
  const before = page.url();
  await input(page).press('Enter');
  await page.waitForURL((url) => url.href !== before);
  const hash = new URL(page.url()).hash;
  const id = decodeURIComponent(hash.slice(1)) || 'main-content';
  const inView = () =>
    page.evaluate((targetId) => {
      const box = document.getElementById(targetId)?.getBoundingClientRect();
      const header = document.querySelector('.site-header')?.getBoundingClientRect();
      return Boolean(box && header && box.top >= header.bottom - 1 && box.top < window.innerHeight);
    }, id);
  return { url: page.url(), id, inView, section: await page.evaluate(sectionTextInPage, hash) };
}

describe('search', () => {
  it('loads nothing for search until the reader asks for it: no index, no dialog or engine code', async () => {
    const { page } = await openPage(chromium.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const scripts = recordScripts(page);
    await page.goto(`${baseUrl}/docs/`);
    await page.waitForLoadState('networkidle');
    const pageScripts = [...scripts];
    const body = (url: string) => readFileSync(path.join(OUT, decodeURIComponent(new URL(url).pathname)), 'utf8');
    const holdsSearchCode = (url: string) => body(url).includes('/search-index') || body(url).includes('Search the guide');
    expect(pageScripts.length).toBeGreaterThan(0);
    expect(requests.filter(isIndexFile)).toEqual([]);
    expect(pageScripts.filter(holdsSearchCode)).toEqual([]);

    await page.keyboard.press('Control+k');
    await input(page).waitFor();
    await expect.poll(() => requests.filter((url) => new URL(url).pathname === '/api/search').length).toBe(1);
    expect(scripts.slice(pageScripts.length).filter(holdsSearchCode).length).toBeGreaterThan(0);
    // Shards and sections wait for a query.
    expect(requests.filter((url) => url.includes('/search-index/'))).toEqual([]);
  });

  it('opens with Ctrl+K, and "awsvpc" + Enter lands on the awsvpc networking section, in view', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.keyboard.press('Control+k');
    await expect(input(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const landed = await landOnFirstResult(page, 'awsvpc');
    expect(landed.url).toContain('/docs/ecs/task-networking/#');
    expect(landed.section).toContain('ENI');
    await expect.poll(landed.inView).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('opens with "/" and from the button; Esc closes and returns focus; Tab stays inside', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.locator('body').press('/');
    await input(page).waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);

    // Esc closes at once even when text is typed.
    await page.keyboard.press('Control+k');
    await input(page).fill('fargate');
    await input(page).press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);

    const button = page.locator('[data-search-button]');
    await button.focus();
    await button.press('Enter');
    await input(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('shows section results with page title, heading and a highlighted snippet; arrows move the selection', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.keyboard.press('Control+k');
    await searchFor(page, 'Fargate Spot');
    const first = page.locator('[role="option"]').first();
    await expect(first.locator('.search-result-page').textContent()).resolves.not.toBe('');
    await expect(first.locator('.search-result-heading').textContent()).resolves.not.toBe('');
    await expect(first.locator('a').getAttribute('href')).resolves.toMatch(/^\/docs\/.+#[a-z0-9-]+$/);
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await input(page).press('ArrowDown');
    await expect(page.locator('[role="option"]').nth(1).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('fetches sections only for the results in view, and the next ones as the reader scrolls', async () => {
    const { page } = await openPage(chromium.browser);
    const sections: string[] = [];
    page.on('request', (request) => {
      if (/\/search-index\/.+\/s\d+\.json$/.test(request.url())) sections.push(request.url());
    });
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.keyboard.press('Control+k');
    await searchFor(page, 'fargate');
    const shown = await page.locator('[role="option"]').count();
    const total = Number((await page.locator('.search-status').textContent())?.match(/\d+/)?.[0]);
    expect(shown).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(shown);
    expect(sections).toHaveLength(shown);
    await page.locator('[role="listbox"]').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(shown);
    expect(sections.length).toBeGreaterThan(shown);
  });

  it('finds a word that appears only inside a table row, landing on the section holding the table', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.keyboard.press('Control+k');
    const landed = await landOnFirstResult(page, 'timetable');
    expect(landed.url).toContain('/docs/ecs/scaling-capacity/');
    expect(landed.section.toLowerCase()).toContain('timetable');
  });

  it('understands an acronym and forgives a typo', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.keyboard.press('Control+k');
    const acronym = await landOnFirstResult(page, 'IRSA');
    expect(acronym.section.toLowerCase()).toContain('service account');
    await page.keyboard.press('Control+k');
    const typo = await landOnFirstResult(page, 'kubernets upgrade');
    expect(typo.section).toMatch(/Kubernetes/);
    expect(typo.section.toLowerCase()).toContain('upgrade');
  });

  it('stays calm on hostile input, answering every query', async () => {
    const { page, pageErrors, consoleErrors } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.keyboard.press('Control+k');
    for (const query of ['(.*)+[', 'x'.repeat(10_000), '🚀🐳🐳', 'مرحبا بالعالم', '      ', '<img src=x onerror=alert(1)>', '__proto__']) {
      await searchFor(page, query);
      await expect(page.locator('.search-status').textContent()).resolves.toMatch(/No results|result|^$/);
    }
    await searchFor(page, 'fargate');
    await expect(page.locator('.search-status').textContent()).resolves.toMatch(/^\d+ results?$/);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('search weight', () => {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
  // The heaviest first searches there are, and a few ordinary ones (the benchmark measures them all).
  const queries = [...publicQueries.heavyQueries.queries, 'awsvpc', 'IRSA', 'EKS control plane cost'];

  it(`a first search downloads at most ${kb(SEARCH_FIRST_RESULT_BUDGET)} gzip (code and index) before its first result`, async () => {
    const over: string[] = [];
    for (const query of queries) {
      const { page } = await openPage(chromium.browser);
      await page.goto(`${baseUrl}/docs/`);
      // The page's own first-load scripts are not the search's cost: measure from a hydrated, quiet page.
      await expect(hydrated(page)).resolves.toBe(true);
      await page.waitForLoadState('networkidle');
      const measured = await measureFirstSearch(page, query);
      // The measurement saw the search itself: its code and the index root.
      expect(measured.transfers.some(({ url }) => url.endsWith('.js'))).toBe(true);
      expect(measured.transfers.some(({ url }) => new URL(url).pathname === '/api/search')).toBe(true);
      const verdict = searchWeightVerdict(measured, SEARCH_FIRST_RESULT_BUDGET);
      if (!verdict.ok) over.push(verdict.message);
      await page.context().close();
    }
    expect(over).toEqual([]);
  });
});
