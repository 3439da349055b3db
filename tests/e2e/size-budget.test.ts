import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { firstLoadJs } from '../../scripts/page-js.mjs';
import { FIRST_LOAD_JS_BUDGET, firstLoadJsProblems } from '../../scripts/budgets.mjs';
import { chunkFiles } from '../../scripts/compile-hints.mjs';
import { openPage, useBrowser } from './browser';

const OUT = path.resolve(import.meta.dirname, '../../out');
const baseUrl = inject('baseUrl');
const chromium = useBrowser();

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' ? [] : pages(full);
    return name.endsWith('.html') ? [path.relative(OUT, full)] : [];
  });
}

const ALL = pages(OUT).sort();
const measured = ALL.map((file) => ({ file, ...firstLoadJs(OUT, file) }));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

describe('size budget', () => {
  it(`every exported page loads at most ${FIRST_LOAD_JS_BUDGET / 1000} KB of JavaScript up front (gzip -9), each page's scripts found and counted`, () => {
    expect(ALL).toContain('index.html');
    expect(ALL).toContain('docs/index.html');
    // What was measured, page by page, so a reader of the run sees the scripts behind each figure.
    console.log(
      measured
        .map(
          (page) =>
            `${page.file}: ${kb(page.gzip)} in ${page.scripts.length} scripts (${page.scripts.map((script) => `${path.basename(script.src)} ${kb(script.gzip)}`).join(', ')})`,
        )
        .join('\n'),
    );
    expect(measured.flatMap((page) => firstLoadJsProblems(page.file, page, FIRST_LOAD_JS_BUDGET))).toEqual([]);
  });

  it('fails every page under a budget of 1 byte: the check can fail, on the real export', () => {
    const problems = measured.flatMap((page) => firstLoadJsProblems(page.file, page, 1));
    expect(problems).toHaveLength(ALL.length);
    for (const problem of problems) expect(problem).toMatch(/ of JavaScript up front, over the 0\.0 KB budget/);
  });

  it("every script a page loads is a chunk that starts with V8's compile hint, so Chromium compiles it while it downloads", () => {
    const chunks = chunkFiles(OUT);
    expect(chunks.length).toBeGreaterThan(5);
    // The hint only works as the file's first line.
    expect(chunks.filter((file) => !readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'))).toEqual([]);
    const chunkPaths = new Set(chunks.map((file) => `/${path.relative(OUT, file).split(path.sep).join('/')}`));
    const elsewhere = measured
      .flatMap((page) => page.scripts.map((script) => new URL(script.src, 'http://x').pathname))
      .filter((src) => !chunkPaths.has(src));
    expect(elsewhere).toEqual([]);
  });

  it('counts what Chromium loads from the page itself: every script the HTML makes it fetch, and no other', async () => {
    for (const url of ['/', '/docs/', '/docs/ecs/task-networking/', '/docs/choosing/']) {
      const { page } = await openPage(chromium.browser);
      // The DevTools protocol says which requests the HTML parser made (scripts imported later are not first-load).
      const session = await page.context().newCDPSession(page);
      const fromHtml = new Set<string>();
      session.on('Network.requestWillBeSent', (event) => {
        if (event.type === 'Script' && event.initiator.type === 'parser') fromHtml.add(new URL(event.request.url).pathname);
      });
      await session.send('Network.enable');
      await page.goto(`${baseUrl}${url}`, { waitUntil: 'load' });
      const counted = firstLoadJs(OUT, `${url.slice(1)}index.html`).scripts;
      // A `nomodule` script is counted although a modern browser skips it: the measurement errs on the heavy side.
      const skipped = await page.evaluate(() =>
        [...document.querySelectorAll('script[nomodule][src]')].map((script) => new URL((script as HTMLScriptElement).src).pathname),
      );
      expect(fromHtml.size, url).toBeGreaterThan(0);
      expect([...fromHtml].sort(), url).toEqual(
        counted
          .map((script) => script.src)
          .filter((src) => !skipped.includes(src))
          .sort(),
      );
      await page.context().close();
    }
  });
});
