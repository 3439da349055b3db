// @ts-check
// npm run bench:search — runs the reader queries (shared with the search browser test) against the
// built site's real search (the dialog in Chromium, over the exported index) and prints, per query:
//   - KB gz: everything downloaded (gzip -9) from opening search on a freshly loaded page, with a cold
//     cache, until that query's first result is painted (code, index root, shards, sections);
//     median and max over the queries, and the same for the heavy queries (weight only);
//   - cold ms: the same span in time, from a local server;
//   - fetch ms: keystroke → painted results in a page that has searched before, when the query
//     needs shards or sections not loaded yet (one or two round trips to the server);
//   - loaded ms: keystroke → painted results once the query's files are loaded (ranking and render);
//   - top-1 / top-3 accuracy. Scoring rule: see the queries file.
// And, for a few queries typed letter by letter, everything downloaded until the last result.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureExport } from './ensure-export.mjs';
import { startStaticServer } from './static-server.mjs';
import { launchChromium } from './chromium.mjs';
import { sectionTextInPage } from './section-text.mjs';
import { measureFirstSearch, resultsFor, SEARCH_FIRST_RESULT_BUDGET } from './search-weight.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./search-weight.mjs').SearchMeasurement} SearchMeasurement */
/**
 * The reader queries file: queries with the words a good result's section contains, heavy queries measured for
 * weight only, and the accuracy the test suite requires.
 * @typedef {{ queries: { q: string, expect: string[] }[], heavyQueries: { queries: string[] }, targets: { top1: number, top3: number } }} SearchQueries
 */

const root = new URL('..', import.meta.url).pathname;
/** @type {SearchQueries} */
const { queries, heavyQueries, targets } = JSON.parse(readFileSync(`${root}tests/search/search-queries.json`, 'utf8'));

await ensureExport();
const server = await startStaticServer({ root: `${root}out` });
const browser = await launchChromium();
const viewport = { viewport: { width: 1280, height: 900 } };
const readerContext = await browser.newContext(viewport);
const reader = await readerContext.newPage();
/** @type {Map<string | null, string>} */
const sections = new Map();

/** @param {string | null} href  a result's link (null, as the URL "null", when the link has none) */
async function sectionText(href) {
  let text = sections.get(href);
  if (text === undefined) {
    const url = new URL(String(href), server.url);
    await reader.goto(url.href.replace(url.hash, ''));
    text = await reader.evaluate(sectionTextInPage, url.hash);
    sections.set(href, text);
  }
  return text;
}

/**
 * @param {string} text
 * @param {string[]} expect
 */
const counts = (text, expect) => expect.every((word) => text.toLowerCase().includes(word.toLowerCase()));
/** @param {Page} page */
const topLinks = (page) => page.locator('[role="option"] a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));

// Cold: each query is the first search of a fresh browser context on a loaded page.
/** @type {Map<string, Required<SearchMeasurement> & { top: (string | null)[] }>} */
const cold = new Map();
/** @param {string} q */
function coldFor(q) {
  const measured = cold.get(q);
  if (!measured) throw new Error(`"${q}" has no cold measurement`);
  return measured;
}
for (const q of [...queries.map((query) => query.q), ...heavyQueries.queries]) {
  const context = await browser.newContext(viewport);
  const page = await context.newPage();
  await page.goto(`${server.url}/docs/`);
  await page.waitForLoadState('networkidle');
  const measured = await measureFirstSearch(page, q);
  cold.set(q, { ...measured, top: await topLinks(page) });
  await context.close();
}

// Typed letter by letter (a quick typist), every prefix is searched and may fetch its own shards and
// sections: the whole weight of a search as a reader types it, for a few queries.
const TYPED_QUERIES = ['Fargate Spot', 'EKS control plane cost', 'kubernets upgrade'];
const LETTER_DELAY_MS = 120;
const typed = [];
for (const q of TYPED_QUERIES) {
  const context = await browser.newContext(viewport);
  const page = await context.newPage();
  await page.goto(`${server.url}/docs/`);
  await page.waitForLoadState('networkidle');
  const { bytes, transfers, ms } = await measureFirstSearch(page, q, { letterDelayMs: LETTER_DELAY_MS });
  typed.push({ q, bytes, files: transfers.length, ms });
  await context.close();
}

// Warm: one page searches every query in turn; what a reader feels while typing.
const context = await browser.newContext(viewport);
const page = await context.newPage();
await page.goto(`${server.url}/docs/`);
await page.keyboard.press('Control+k');
const input = page.getByRole('combobox', { name: 'Search terms' });
/** @param {string} q */
async function paintMs(q) {
  await input.fill(q);
  const list = resultsFor(page, q);
  await list.waitFor({ state: 'attached' });
  return Number(await list.getAttribute('data-render-ms'));
}
await paintMs('fargate');

/**
 * @typedef {{ q: string, expect: string[], top: (string | null)[], top1: boolean, top3: boolean, bytes: number, files: number,
 *   coldMs: number, fetchMs: number, loadedMs: number, sameAsCold: boolean }} Row
 */
/** @type {Row[]} */
const rows = [];
for (const { q, expect } of queries) {
  await paintMs('');
  const fetchMs = await paintMs(q);
  const hrefs = await topLinks(page);
  await paintMs('');
  const loadedMs = await paintMs(q);
  const hits = [];
  for (const href of hrefs) hits.push(counts(await sectionText(href), expect));
  const { bytes, ms: coldMs, transfers, top: coldTop } = coldFor(q);
  rows.push({
    q,
    expect,
    top: hrefs,
    top1: hits[0] === true,
    top3: hits.includes(true),
    bytes,
    files: transfers.length,
    coldMs,
    fetchMs,
    loadedMs,
    sameAsCold: coldTop.join() === hrefs.join(),
  });
}
const heavy = heavyQueries.queries.map((q) => ({ q, bytes: coldFor(q).bytes, files: coldFor(q).transfers.length, coldMs: coldFor(q).ms }));

await browser.close();
await server.close();

/** @param {'top1' | 'top3' | 'sameAsCold'} key */
const share = (key) => rows.filter((row) => row[key]).length / rows.length;
/**
 * @template {string} K
 * @param {Record<K, number>[]} list
 * @param {K} key
 */
const sorted = (list, key) => list.map((row) => row[key]).sort((a, b) => a - b);
/**
 * @template {string} K
 * @param {Record<K, number>[]} list
 * @param {K} key
 */
const median = (list, key) => sorted(list, key)[Math.floor(list.length / 2)];
/**
 * @template {string} K
 * @param {Record<K, number>[]} list
 * @param {K} key
 */
const max = (list, key) => sorted(list, key)[list.length - 1];
const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);
const ms = (/** @type {number} */ value) => value.toFixed(1).padStart(9);

console.log(`\n${'query'.padEnd(25)} top1 top3  KB gz files  cold ms  fetch ms  loaded ms  first result`);
for (const row of rows) {
  console.log(
    `${row.q.padEnd(25)} ${row.top1 ? ' ✓ ' : ' ✗ '}  ${row.top3 ? ' ✓ ' : ' ✗ '} ${kb(row.bytes).padStart(6)} ${String(row.files).padStart(5)} ${String(row.coldMs).padStart(8)} ${ms(row.fetchMs)} ${ms(row.loadedMs).padStart(10)}  ${row.top[0] ?? '(none)'}`,
  );
}
console.log(`\n${'heavy query (weight only)'.padEnd(60)}  KB gz files  cold ms`);
for (const row of heavy)
  console.log(
    `${row.q.slice(0, 60).padEnd(60)} ${kb(row.bytes).padStart(6)} ${String(row.files).padStart(5)} ${String(row.coldMs).padStart(8)}`,
  );

console.log(`\n${`typed letter by letter (${LETTER_DELAY_MS} ms a letter)`.padEnd(60)}  KB gz files  ms to last result`);
for (const row of typed)
  console.log(`${row.q.padEnd(60)} ${kb(row.bytes).padStart(6)} ${String(row.files).padStart(5)} ${String(row.ms).padStart(8)}`);

const summary = {
  queries: rows.length,
  top1: share('top1'),
  top3: share('top3'),
  medianBytes: median(rows, 'bytes'),
  maxBytes: max(rows, 'bytes'),
  maxHeavyBytes: max(heavy, 'bytes'),
  maxTypedBytes: max(typed, 'bytes'),
  budgetBytes: SEARCH_FIRST_RESULT_BUDGET,
  medianColdMs: median(rows, 'coldMs'),
  maxColdMs: max(rows, 'coldMs'),
  medianFetchMs: median(rows, 'fetchMs'),
  maxFetchMs: max(rows, 'fetchMs'),
  medianLoadedMs: median(rows, 'loadedMs'),
  maxLoadedMs: max(rows, 'loadedMs'),
  coldAndWarmAgree: share('sameAsCold'),
};
const percent = (/** @type {number} */ value) => `${(value * 100).toFixed(0)}%`;
console.log(`\nTop-1 accuracy: ${percent(summary.top1)} (npm test requires ≥ ${percent(targets.top1)})`);
console.log(`Top-3 accuracy: ${percent(summary.top3)} (npm test requires ≥ ${percent(targets.top3)})`);
console.log(
  `Bytes to first result (gzip): median ${kb(summary.medianBytes)} KB, max ${kb(summary.maxBytes)} KB; heavy queries max ${kb(summary.maxHeavyBytes)} KB (budget ${kb(SEARCH_FIRST_RESULT_BUDGET)} KB)`,
);
console.log(`Opening search → first result, cold: median ${summary.medianColdMs} ms, max ${summary.maxColdMs} ms`);
console.log(
  `Keystroke → painted results, fetching what the query lacks: median ${summary.medianFetchMs.toFixed(1)} ms, max ${summary.maxFetchMs.toFixed(1)} ms`,
);
console.log(
  `Keystroke → painted results, once loaded: median ${summary.medianLoadedMs.toFixed(1)} ms, max ${summary.maxLoadedMs.toFixed(1)} ms (target < 50 ms)`,
);
if (summary.coldAndWarmAgree < 1)
  console.log(
    `Note: ${rows
      .filter((row) => !row.sameAsCold)
      .map((row) => row.q)
      .join(', ')} ranked differently cold and warm (shards another query loaded)`,
  );
mkdirSync(`${root}bench-results`, { recursive: true });
writeFileSync(`${root}bench-results/search.json`, `${JSON.stringify({ summary, rows, heavy, typed }, null, 2)}\n`);
