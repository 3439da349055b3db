// What a reader downloads for search, measured in a real browser: every request made from the moment
// search is opened until the first result is painted, each counted as its body compressed with gzip -9
// (what a CDN sends), whatever the test server itself sends. Shared by the search benchmark and the
// browser test that holds the budget.
import { gzipSync } from 'node:zlib';

/** Most a first search may download, code and index together, before its first result is painted. */
export const SEARCH_FIRST_RESULT_BUDGET = Number(process.env.SEARCH_FIRST_RESULT_BUDGET ?? 60_000);

const escapeQuery = (query) => query.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** The results list once the dialog has painted the results of `query` (or said there are none). */
export function resultsFor(page, query) {
  return page.locator(`[role="listbox"][data-query="${escapeQuery(query)}"]`);
}

/**
 * Opens search on a page that has finished loading, types `query` and waits for its first result.
 * By default the query arrives at once (pasted, or typed faster than a frame); `letterDelayMs` types
 * it letter by letter instead, so every prefix is searched on the way, as when a reader types.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 * @param {{ letterDelayMs?: number }} [options]
 */
export async function measureFirstSearch(page, query, { letterDelayMs } = {}) {
  const requests = [];
  const onRequest = (request) => requests.push(request);
  page.on('request', onRequest);
  const started = Date.now();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search terms' });
  if (letterDelayMs === undefined) await input.fill(query);
  else await input.pressSequentially(query, { delay: letterDelayMs });
  await resultsFor(page, query).waitFor({ state: 'attached' });
  const ms = Date.now() - started;
  page.off('request', onRequest);
  const transfers = [];
  for (const request of requests) {
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    transfers.push({ url: request.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return { query, ms, transfers, bytes: transfers.reduce((sum, transfer) => sum + transfer.gzip, 0) };
}

/**
 * @param {{ query: string, bytes: number, transfers: { url: string, gzip: number }[] }} measurement
 * @param {number} limit
 * @returns {{ ok: boolean, message: string }}
 */
export function searchWeightVerdict(measurement, limit) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
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
