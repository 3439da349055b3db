// @ts-check
// What a reader downloads for search, measured in a real browser: every request made from the moment
// search is opened until the first result is painted, each counted as its body compressed with gzip -9
// (what a CDN sends), whatever the test server itself sends. Shared by the search benchmark and the
// browser test that holds the budget.
import { gzipSync } from 'node:zlib';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Request} Request */
/**
 * One file downloaded for a search: its URL and its body's size, as sent and gzip -9.
 * @typedef {{ url: string, raw?: number, gzip: number }} SearchTransfer
 */
/**
 * What a search downloaded until its first result: everything fetched, in all (gzip bytes), and how long it took.
 * @typedef {{ query: string, ms?: number, bytes: number, transfers: SearchTransfer[] }} SearchMeasurement
 */

/** Most a first search may download, code and index together, before its first result is painted. */
export const SEARCH_FIRST_RESULT_BUDGET = Number(process.env.SEARCH_FIRST_RESULT_BUDGET ?? 60_000);

const escapeQuery = (/** @type {string} */ query) => query.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/**
 * The results list once the dialog has painted the results of `query` (or said there are none).
 * @param {Page} page
 * @param {string} query
 */
export function resultsFor(page, query) {
  return page.locator(`[role="listbox"][data-query="${escapeQuery(query)}"]`);
}

/**
 * Opens search on a page that has finished loading, types `query` and waits for its first result.
 * By default the query arrives at once (pasted, or typed faster than a frame); `letterDelayMs` types
 * it letter by letter instead, so every prefix is searched on the way, as when a reader types.
 * @param {Page} page
 * @param {string} query
 * @param {{ letterDelayMs?: number }} [options]
 * @returns {Promise<Required<SearchMeasurement>>}
 */
export async function measureFirstSearch(page, query, { letterDelayMs } = {}) {
  /** @type {Request[]} */
  const requests = [];
  const onRequest = (/** @type {Request} */ request) => requests.push(request);
  page.on('request', onRequest);
  const started = Date.now();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search terms' });
  if (letterDelayMs === undefined) await input.fill(query);
  else await input.pressSequentially(query, { delay: letterDelayMs });
  await resultsFor(page, query).waitFor({ state: 'attached' });
  const ms = Date.now() - started;
  page.off('request', onRequest);
  /** @type {Required<SearchTransfer>[]} */
  const transfers = [];
  for (const request of requests) {
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    transfers.push({ url: request.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return { query, ms, transfers, bytes: transfers.reduce((sum, transfer) => sum + transfer.gzip, 0) };
}

/**
 * @param {SearchMeasurement} measurement
 * @param {number} limit
 * @returns {{ ok: boolean, message: string }}
 */
export function searchWeightVerdict(measurement, limit) {
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  if (measurement.transfers.length === 0) {
    return { ok: false, message: `the search for "${measurement.query}" downloaded nothing: the measurement saw no requests` };
  }
  const ok = measurement.bytes <= limit;
  const files = [...measurement.transfers]
    .sort((a, b) => b.gzip - a.gzip)
    .map((transfer) => `  ${kb(transfer.gzip).padStart(9)}  ${new URL(transfer.url).pathname}`)
    .join('\n');
  const verdict = ok ? 'within' : 'over';
  return {
    ok,
    message: `the first search for "${measurement.query}" downloaded ${kb(measurement.bytes)} gzip before its first result, ${verdict} the ${kb(limit)} budget:\n${files}`,
  };
}
