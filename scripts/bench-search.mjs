// npm run bench:search — runs the reader queries in tests/search/search-queries.json against the
// built site's real search (the dialog in Chromium, over out/api/search) and prints top-1 / top-3
// accuracy and the time from keystroke to rendered results. Scoring rule: see the queries file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureExport } from './ensure-export.mjs';
import { startStaticServer } from './static-server.mjs';
import { launchChromium } from './chromium.mjs';
import { sectionTextInPage } from './section-text.mjs';

const root = new URL('..', import.meta.url).pathname;
const { queries } = JSON.parse(readFileSync(`${root}tests/search/search-queries.json`, 'utf8'));

await ensureExport();
const server = await startStaticServer({ root: `${root}out` });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const reader = await context.newPage();
const sections = new Map();

async function sectionText(href) {
  if (!sections.has(href)) {
    const url = new URL(href, server.url);
    await reader.goto(url.href.replace(url.hash, ''));
    sections.set(href, await reader.evaluate(sectionTextInPage, url.hash));
  }
  return sections.get(href);
}

const counts = (text, expect) => expect.every((word) => text.toLowerCase().includes(word.toLowerCase()));

await page.goto(`${server.url}/docs/`);
await page.keyboard.press('Control+k');
const input = page.getByRole('combobox', { name: 'Search terms' });
await input.waitFor();
// Let the index load before timing (the first search also pays for fetching it; reported apart).
const loadStart = Date.now();
await input.fill('fargate');
await page.locator('[role="listbox"][data-query="fargate"]').waitFor({ state: 'attached' });
const indexLoadMs = Date.now() - loadStart;

const rows = [];
for (const { q, expect } of queries) {
  await input.fill('');
  await input.fill(q);
  const list = page.locator(`[role="listbox"][data-query="${q.replace(/"/g, '\\"')}"]`);
  await list.waitFor({ state: 'attached' });
  const ms = Number(await list.getAttribute('data-render-ms'));
  const hrefs = await page.locator('[role="option"] a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
  const hits = [];
  for (const href of hrefs) hits.push(counts(await sectionText(href), expect));
  rows.push({ q, expect, top: hrefs, top1: hits[0] === true, top3: hits.includes(true), ms });
}

await browser.close();
await server.close();

const share = (key) => rows.filter((row) => row[key]).length / rows.length;
const times = rows.map((row) => row.ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const worst = times[times.length - 1];

console.log('\nquery'.padEnd(26), 'top1 top3   ms  first result');
for (const row of rows) {
  console.log(`${row.q.padEnd(25)} ${row.top1 ? ' ✓ ' : ' ✗ '}  ${row.top3 ? ' ✓ ' : ' ✗ '} ${row.ms.toFixed(1).padStart(5)}  ${row.top[0] ?? '(none)'}`);
}
const summary = {
  queries: rows.length,
  top1: share('top1'),
  top3: share('top3'),
  medianMs: median,
  worstMs: worst,
  indexLoadMs,
};
console.log(`\nTop-1 accuracy: ${(summary.top1 * 100).toFixed(0)}% (target ≥ 90%)`);
console.log(`Top-3 accuracy: ${(summary.top3 * 100).toFixed(0)}% (target 100%)`);
console.log(`Query → rendered results: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (target < 50 ms)`);
console.log(`First search (fetch + load index): ${indexLoadMs} ms`);
mkdirSync(`${root}bench-results`, { recursive: true });
writeFileSync(`${root}bench-results/search.json`, `${JSON.stringify({ summary, rows }, null, 2)}\n`);
