// @ts-check
// npm run bench — builds the export cold (timed; pass --reuse to keep an existing out/, --only=word,… to measure
// only the page types whose name holds one of the words, --runs=N to keep each page's median of N runs), then prints one
// table per page type: first-load JS (gzip -9 bytes and script count), HTML and CSS bytes, page weight
// and Lighthouse 12 mobile scores with LCP, TBT and CLS, plus the search index's file sizes. Writes the same to
// bench-results/bench.json so runs can be compared. Chromium is found as the browser tests find it.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { run } from './run.mjs';
import { firstLoadJs } from './page-js.mjs';
import { startStaticServer } from './static-server.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'out');
const reuse = process.argv.includes('--reuse') && existsSync(join(OUT, 'index.html'));
// --only=practice,mock measures only the page types whose name holds one of these words.
const only =
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .filter(Boolean) ?? [];
const gz = (/** @type {Buffer | string} */ buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);

let buildSeconds = null;
if (!reuse) {
  rmSync(join(ROOT, '.next'), { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  const started = Date.now();
  await run('npm', ['run', 'build']);
  buildSeconds = (Date.now() - started) / 1000;
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' ? [] : htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

// Pick the page types from the export itself.
const docs = htmlFiles(join(OUT, 'docs'))
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const text = (html.match(/<article[\s\S]*?<\/article>/)?.[0] ?? '').replace(/<[^>]+>/g, ' ');
    return {
      file: file.slice(OUT.length + 1),
      words: text.split(/\s+/).length,
      tables: (html.match(/<table/g) ?? []).length,
      redirect: html.includes('http-equiv="refresh"'),
    };
  })
  .filter((page) => !page.redirect);
const byWords = [...docs].sort((a, b) => b.words - a.words);
// The practice pages are split by area to stay light: measure the heaviest of them.
const practicePages = docs.filter((page) => page.file.startsWith('docs/practice/') && page.file !== 'docs/practice/index.html');
const heaviestPractice = practicePages.sort((a, b) => statSync(join(OUT, b.file)).size - statSync(join(OUT, a.file)).size)[0];
const byTables = [...docs].sort((a, b) => b.tables - a.tables);
const PAGES = [
  { type: 'home', file: 'index.html' },
  { type: 'typical docs page', file: 'docs/ecs/task-networking/index.html' },
  { type: 'longest docs page', file: byWords[0].file },
  { type: 'most table-heavy page', file: byTables.find((page) => page.file !== byWords[0].file)?.file ?? byTables[0].file },
  { type: 'practice index', file: 'docs/practice/index.html' },
  { type: 'heaviest practice page', file: heaviestPractice.file },
  { type: 'mock exam', file: 'docs/mock-exam/index.html' },
  { type: '404', file: '404.html' },
];
const MEASURED = only.length === 0 ? PAGES : PAGES.filter((page) => only.some((word) => page.type.includes(word)));
if (MEASURED.length === 0)
  throw new Error(`--only=${only.join(',')} names no page type (known: ${PAGES.map((page) => page.type).join(', ')})`);
// --runs=N measures every page N times and keeps the run with the median performance score: Lighthouse's own advice for
// scores that vary from run to run on a shared machine.
const runs = Math.max(1, Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 1) || 1);
const toPath = (/** @type {string} */ file) => `/${file.replace(/index\.html$/, '')}`;

/** A rough label for a script chunk: framework runtime or the site's own code. */
/** @param {string} path */
function chunkContents(path) {
  const body = readFileSync(join(OUT, path), 'utf8');
  if (body.includes('react-dom')) return 'React DOM (framework)';
  if (/search-button|theme-toggle|toc-spy|clipboard-status/.test(body)) return "the site's own client leaves";
  if (body.includes('__turbopack')) return 'Next.js / Turbopack runtime (framework)';
  return 'Next.js runtime (framework)';
}

const css = readdirSync(join(OUT, '_next/static/chunks')).filter((name) => name.endsWith('.css'));
const cssGzip = css.reduce((sum, name) => sum + gz(readFileSync(join(OUT, '_next/static/chunks', name))), 0);

// A local server that compresses like a CDN (brotli, else gzip), on the site URL's port so canonical URLs match.
const server = await startStaticServer({ root: OUT, port: 3000, compress: true });
const chrome = await launch({ chromePath: await chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });

/**
 * @typedef {{ url: string, scripting: number }} BootupItem
 * @typedef {{ type: string, path: string, jsGzip: number, jsScripts: number, htmlRaw: number, htmlGzip: number, cssGzip: number,
 *   pageWeight: number, performance: number, performanceScores: number[], accessibility: number, bestPractices: number, seo: number, lcpMs: number, tbtMs: number,
 *   cls: number, benchmarkIndex: number, hostWarnings: string[], bootup: { url: string, scriptingMs: number, contains: string }[],
 *   failing: string[] }} BenchRow
 */

/**
 * The rows of Lighthouse's bootup-time table; its details type is a union over every audit's table shape.
 * @param {unknown} details
 * @returns {BootupItem[]}
 */
function bootupItems(details) {
  if (!details || typeof details !== 'object' || !('items' in details) || !Array.isArray(details.items)) return [];
  return details.items.filter(
    /** @returns {item is BootupItem} */ (/** @type {unknown} */ item) =>
      typeof item === 'object' &&
      item !== null &&
      'url' in item &&
      typeof item.url === 'string' &&
      'scripting' in item &&
      typeof item.scripting === 'number',
  );
}

/** @type {BenchRow[]} */
const rows = [];
for (const page of MEASURED) {
  const js = firstLoadJs(OUT, page.file);
  const html = readFileSync(join(OUT, page.file));
  // Lighthouse refuses a 404 status, so the 404 page is measured at its own file URL.
  const url = `${server.url}${page.type === '404' ? '/404.html' : toPath(page.file)}`;
  await fetch(url, { headers: { 'accept-encoding': 'br' } }); // warm the server's compression cache, as a CDN edge would be
  const reports = [];
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    reports.push(result.lhr);
  }
  reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const lhr = reports[Math.floor(reports.length / 2)];
  const performanceScores = reports.map((report) => Math.round((report.categories.performance?.score ?? 0) * 100));
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
  rows.push({
    type: page.type,
    path: toPath(page.file),
    jsGzip: js.gzip,
    jsScripts: js.scripts.length,
    htmlRaw: html.length,
    htmlGzip: gz(html),
    cssGzip,
    pageWeight: audit('total-byte-weight'),
    performance: score('performance'),
    performanceScores,
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    // Lighthouse's own measure of the host CPU: its mobile preset slows the CPU 4x, which assumes a fast desktop host.
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    hostWarnings: lhr.runWarnings.map(String),
    // Where main-thread time goes: the scripts Lighthouse charges the most scripting time to.
    bootup: bootupItems(lhr.audits['bootup-time']?.details)
      .filter((item) => item.url.includes('/_next/'))
      .sort((a, b) => b.scripting - a.scripting)
      .slice(0, 3)
      .map((item) => ({
        url: new URL(item.url).pathname,
        scriptingMs: Math.round(item.scripting),
        contains: chunkContents(new URL(item.url).pathname),
      })),
    failing: Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => a.id)
      .slice(0, 8),
  });
}
await chrome.kill();
await server.close();

// Whole-site first-load JS: the worst docs page decides the budget.
const worstDocs = docs
  .map((page) => ({ path: toPath(page.file), gzip: firstLoadJs(OUT, page.file).gzip }))
  .sort((a, b) => b.gzip - a.gzip)[0];
// The search index: a root every search reads, postings shards read by the terms a query touches and
// section files read for the results shown (bytes per query: npm run bench:search).
const searchRoot = readFileSync(join(OUT, 'api/search'));
const { version } = JSON.parse(searchRoot.toString('utf8'));
const searchFiles = readdirSync(join(OUT, 'search-index', version)).map((name) => ({
  name,
  gzip: gz(readFileSync(join(OUT, 'search-index', version, name))),
}));
const fileStats = (/** @type {string} */ prefix) => {
  const sizes = searchFiles
    .filter((file) => file.name.startsWith(prefix))
    .map((file) => file.gzip)
    .sort((a, b) => a - b);
  return {
    files: sizes.length,
    gzip: sizes.reduce((sum, size) => sum + size, 0),
    medianGzip: sizes[Math.floor(sizes.length / 2)],
    maxGzip: sizes[sizes.length - 1],
  };
};
const searchIndex = {
  root: { raw: searchRoot.length, gzip: gz(searchRoot), brotli: brotliCompressSync(searchRoot).length },
  shards: fileStats('t'),
  sections: fileStats('s'),
};

console.log(
  '\npage type              path                                  JS KB (n)   HTML KB raw/gz  CSS KB  weight KB  Perf A11y BP  SEO  LCP ms  TBT ms  CLS',
);
for (const row of rows) {
  console.log(
    `${row.type.padEnd(22)} ${row.path.padEnd(37)} ${kb(row.jsGzip).padStart(6)} (${row.jsScripts})  ${kb(row.htmlRaw).padStart(6)}/${kb(row.htmlGzip).padEnd(6)} ${kb(row.cssGzip).padStart(6)}  ${kb(row.pageWeight).padStart(8)}  ${String(row.performance).padStart(4)} ${String(row.accessibility).padStart(4)} ${String(row.bestPractices).padStart(3)} ${String(row.seo).padStart(4)} ${String(row.lcpMs).padStart(7)} ${String(row.tbtMs).padStart(7)}  ${row.cls}`,
  );
  if (row.performanceScores.length > 1)
    console.log(`${''.padEnd(23)}performance in ${runs} runs: ${row.performanceScores.join(', ')} (median shown)`);
  if (row.failing.length) console.log(`${''.padEnd(23)}audits below 100%: ${row.failing.join(', ')}`);
  if (row.performance < 100) {
    console.log(`${''.padEnd(23)}gap: ${row.bootup.map((item) => `${item.url} ${item.scriptingMs} ms (${item.contains})`).join('; ')}`);
  }
}
const indexes = rows.map((row) => row.benchmarkIndex).sort((a, b) => a - b);
console.log(
  `\nHost CPU: Lighthouse benchmark index ${indexes[0]}–${indexes[indexes.length - 1]} (median ${indexes[Math.floor(indexes.length / 2)]}) across the runs above`,
);
for (const warning of new Set(rows.flatMap((row) => row.hostWarnings))) console.log(`  Lighthouse warned: ${warning}`);
console.log(`Heaviest docs page first-load JS: ${kb(worstDocs.gzip)} KB gzip (${worstDocs.path}); budget 200 KB`);
const { root: searchRootSize, shards, sections } = searchIndex;
console.log(
  `Search index (nothing loads before search opens): root ${kb(searchRootSize.gzip)} KB gzip (${kb(searchRootSize.brotli)} KB brotli), read by every search;`,
);
console.log(
  `  ${shards.files} postings shards, ${kb(shards.gzip)} KB gzip in all (median ${kb(shards.medianGzip)}, max ${kb(shards.maxGzip)}), read by the terms of a query;`,
);
console.log(
  `  ${sections.files} section files, ${kb(sections.gzip)} KB gzip in all (median ${kb(sections.medianGzip)}, max ${kb(sections.maxGzip)}), read for the results shown`,
);
console.log(
  buildSeconds === null
    ? 'Build: reused existing out/ (--reuse)'
    : `Cold build (rm -rf .next out; npm run build): ${buildSeconds.toFixed(1)} s on this machine`,
);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results/bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, rows, worstDocs, searchIndex }, null, 2)}\n`,
);
console.log('Wrote bench-results/bench.json');
