import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { hydrated, openPage, useBrowser, type WatchedPage } from './browser';
import { sitemapPaths } from './audit';
import { PAGE_REDIRECTS } from '@/lib/data/redirects';
import { htmlFiles, pageCspProblems } from '../../scripts/csp-meta.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { QUIZ } from '@/components/quiz/hooks';
import { MOCK_EXAM } from '@/components/mock-exam/hooks';
import { DECISION } from '@/components/decision/hooks';
import { COST } from '@/components/cost/hooks';
import { CLIPBOARD_STATUS_ID, COPY_CODE, COPY_LINK } from '@/components/ui/clipboard-hooks';

// The test server sends the header policy and serves the pages with the meta policy the build wrote into
// them: the two parts of the policy, as a host serves them.
const baseUrl = inject('baseUrl');
const OUT = path.resolve(import.meta.dirname, '../../out');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/csp');
const chromium = useBrowser();

/** A watched page (it records every Content-Security-Policy violation); `violations` is its record. */
async function openCspPage(options: BrowserContextOptions = {}): Promise<WatchedPage & { violations: string[] }> {
  const watched = await openPage(chromium.browser, options);
  return { ...watched, violations: watched.cspViolations };
}

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));

describe('Content-Security-Policy (header + per-page meta)', () => {
  it('is written into every exported page, listing exactly its inline scripts', () => {
    const pages = htmlFiles([OUT]);
    // Every page of the sitemap, the 404 page and the redirect pages.
    expect(pages.length).toBeGreaterThanOrEqual(sitemapPaths(OUT).length + 1 + PAGE_REDIRECTS.length);
    const problems = Object.fromEntries(
      pages.map((file) => [path.relative(OUT, file), pageCspProblems(readFileSync(file, 'utf8'))]).filter(([, found]) => found.length > 0),
    );
    expect(problems).toEqual({});
  });

  // Every page and the 404 page are visited in both themes by the site audit, which fails on any violation there.
  it('lets the redirect pages of moved pages forward without a violation, keeping the fragment', async () => {
    const { page, violations, pageErrors } = await openCspPage();
    const problems: Record<string, string[]> = {};
    for (const { from, to } of PAGE_REDIRECTS) {
      violations.length = 0;
      // Only the redirect page's inline script keeps the fragment (its meta refresh drops it).
      await page.goto(`${baseUrl}${from}#main-content`);
      await page.waitForURL(`${baseUrl}${to}#main-content`);
      await page.waitForLoadState('networkidle');
      if (violations.length > 0) problems[from] = [...violations];
    }
    expect(PAGE_REDIRECTS.length).toBeGreaterThan(0);
    expect(problems).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('keeps search, practice questions, the decision guide, the cost what-if, copy buttons, the theme toggle and sidebar navigation working', async () => {
    const { page, violations, pageErrors } = await openCspPage({
      colorScheme: 'light',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const status = () => page.locator(`#${CLIPBOARD_STATUS_ID}`).textContent();

    // Search: the dialog, its engine and the index load on demand.
    await page.goto(`${baseUrl}/docs/`);
    await expect(hydrated(page)).resolves.toBe(true);
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search terms' }).fill('fargate');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');

    // "Check yourself" on a topic page, then the copy buttons and the theme toggle there.
    await page.goto(`${baseUrl}/docs/ecs/task-networking/`);
    await page.locator(`[${QUIZ.root}][${QUIZ.enhanced}]`).first().waitFor({ state: 'attached' });
    const question = page.locator(`[${QUIZ.question}][${QUIZ.choose}="1"]`).first();
    await question.locator(`input[${QUIZ.correct}="true"]`).first().check();
    await question.locator(`[${QUIZ.check}]`).click();
    await expect(question.locator(`[${QUIZ.feedback}]`).textContent()).resolves.toMatch(/^Correct/);
    await page.locator(`button[${COPY_CODE}]`).first().click();
    await expect.poll(status).toBe('Code copied to clipboard');
    await page.locator(`a[${COPY_LINK}]`).first().click();
    await expect.poll(status).toBe('Link copied to clipboard');
    await page.locator('[data-theme-toggle]').first().click();
    await expect.poll(() => isDark(page)).toBe(true);
    await page.reload();
    await expect.poll(() => isDark(page)).toBe(true);

    // A client-side navigation from the sidebar renders the next page from its data, under the first page's policy.
    await page.getByRole('navigation', { name: 'Guide pages', exact: true }).locator('a[href="/docs/practice/"]').first().click();
    await page.waitForURL(`${baseUrl}/docs/practice/`);

    // A practice page's filters.
    await page.goto(`${baseUrl}/docs/practice/across-both/`);
    await page.locator(`[${QUIZ.root}][${QUIZ.enhanced}]`).waitFor({ state: 'attached' });
    const visible = () => page.locator(`[${QUIZ.question}]:visible`).count();
    const all = await visible();
    await page.locator(`[${QUIZ.filters}] select[name="service"]`).selectOption('EKS');
    await expect.poll(visible).toBeLessThan(all);

    // The decision guide moves to its next question.
    await page.goto(`${baseUrl}/docs/choosing/`);
    await page.locator(`[${DECISION.step}="k8s"] button[${DECISION.answer}="yes"]`).click();
    await page.locator(`[${DECISION.wizard}] [${DECISION.step}="servers"]`).waitFor();

    // The cost what-if computes totals.
    await page.goto(`${baseUrl}/docs/pricing/`);
    await page.locator(`[${COST.fillExample}]`).click();
    await expect.poll(() => page.locator(`[${COST.option}="fargate"] [${COST.total}]`).count()).toBe(1);

    // The mock exam loads its code and the question bank on demand, runs and reports.
    await page.goto(`${baseUrl}/docs/mock-exam/`);
    await page.locator(`[${MOCK_EXAM.start}]`).click();
    await page.locator(`[${MOCK_EXAM.question}] input`).first().check();
    await page.locator(`[${MOCK_EXAM.finish}]`).click();
    await page.locator(`[${MOCK_EXAM.confirmFinish}]`).click();
    await page.locator(`[${MOCK_EXAM.screen}="results"]`).waitFor();

    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  /** Injects an inline script, an inline event handler and a style attribute; reports which took effect. */
  async function injectCode(page: Page) {
    return page.evaluate(async () => {
      const flags = window as unknown as { injectedScriptRan?: boolean; injectedHandlerRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img alt="" src="data:," onerror="window.injectedHandlerRan = true">';
      // The inline handler, if allowed, was registered first and runs before this listener.
      const failed = new Promise((done) => holder.querySelector('img')!.addEventListener('error', done, { once: true }));
      document.body.append(holder);
      holder.setAttribute('style', 'outline: 7px solid red');
      await failed;
      return {
        script: flags.injectedScriptRan === true,
        handler: flags.injectedHandlerRan === true,
        style: getComputedStyle(holder).outlineWidth === '7px',
      };
    });
  }

  it('refuses a script, an event handler and a style attribute injected into a page, and reports them', async () => {
    const { page, violations } = await openCspPage();
    await page.goto(`${baseUrl}/docs/ecs/task-networking/`, { waitUntil: 'networkidle' });
    await expect(injectCode(page)).resolves.toEqual({ script: false, handler: false, style: false });
    // Each refusal is reported as its own event, in its own time.
    await expect.poll(() => violations.join('\n')).toMatch(/script-src-elem refused inline/);
    await expect.poll(() => violations.join('\n')).toMatch(/script-src-attr refused inline/);
    await expect.poll(() => violations.join('\n')).toMatch(/style-src-attr refused inline/);
  });

  it("runs the site's own script files but refuses eval in them", async () => {
    const { page, violations } = await openCspPage();
    // A script file from the site's origin ('self'), standing in for a bundle that would need eval.
    await page.route(`${baseUrl}/probe-eval.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { window.evalResult = String(eval('1 + 1')); } catch (error) { window.evalResult = error.name; }",
      }),
    );
    await page.goto(`${baseUrl}/docs/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = '/probe-eval.js';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { evalResult?: string }).evalResult)).toBe('EvalError');
    expect(violations.join('\n')).toMatch(/script-src refused eval/);
  });

  it('holds on a host that sends no headers: the meta policy alone refuses the injection', async () => {
    const plainHost = await startStaticServer({ root: OUT });
    try {
      const { page, violations } = await openCspPage();
      const response = await page.goto(`${plainHost.url}/docs/ecs/task-networking/`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toBeUndefined();
      expect(violations).toEqual([]);
      await expect(injectCode(page)).resolves.toEqual({ script: false, handler: false, style: false });
    } finally {
      await plainHost.close();
    }
  });

  it('keeps the page out of frames (frame-ancestors, which only the header can carry)', async () => {
    const { page } = await openPage(chromium.browser);
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`${baseUrl}/docs/`);
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/docs/ecs/task-networking/';
      document.body.append(frame);
    });
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    const child = page.frames().find((frame) => frame !== page.mainFrame());
    await expect(child?.locator('h1').count()).resolves.toBe(0);
  });

  it('agrees with the build check on the fixtures: Chromium runs the untouched page and refuses the tampered script', async () => {
    const refused: Record<string, string[]> = {};
    for (const name of ['page.html', 'tampered-script.html']) {
      const { page, violations } = await openCspPage();
      // Its missing assets stay out of the way; where it forwards to is a blank page.
      await page.route(`${baseUrl}/_next/**`, (route) => route.abort());
      await page.route(`${baseUrl}/docs/**`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Forwarded</title>' }),
      );
      await page.route(`${baseUrl}/fixture/${name}`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, name), 'utf8') }),
      );
      await page.goto(`${baseUrl}/fixture/${name}`, { waitUntil: 'commit' });
      // It forwards (by its script where the policy lets it run, else by its meta refresh after load): by the time it
      // has taken the reader away, every violation of its parsing has been reported.
      await page.waitForURL(`${baseUrl}/docs/`);
      refused[name] = violations.filter((line) => !line.startsWith('console:') && line.startsWith('/fixture/'));
    }
    expect(refused['page.html']).toEqual([]);
    expect(refused['tampered-script.html']).toEqual(['/fixture/tampered-script.html: script-src-elem refused inline ']);
  });

  it('is what stops the injection: without the policy the same injection runs', async () => {
    const { page } = await openPage(chromium.browser, { bypassCSP: true });
    await page.goto(`${baseUrl}/docs/ecs/task-networking/`, { waitUntil: 'networkidle' });
    await expect(injectCode(page)).resolves.toEqual({ script: true, handler: true, style: true });
  });
});
