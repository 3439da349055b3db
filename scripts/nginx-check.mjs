// @ts-check
// Real-server check (run by CI after `npm test`, or `npm run check:nginx`): serves out/ with nginx and
// the repo's nginx site config on a free local port, then checks with plain HTTP and with Chromium that the
// documented cases of the clean-URL rule, the 404 page, the security headers and CSP (the header, and
// each page's meta policy under it: no violation, an injected script refused), a deep link, a moved page,
// the Markdown URLs and the feed all work. Needs nginx installed (Debian: apt-get install nginx) and a built out/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { pageCspProblems } from './csp-meta.mjs';
import { loadSecurityHeaders } from './generate-deploy.mjs';
import { URL_RULE_CASES, resolveRequestPath } from './url-mapping.mjs';

/** @typedef {import('./url-mapping.mjs').UrlRuleResult} UrlRuleResult */

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'out');
const SITE_CONFIG = join(ROOT, 'deploy', 'nginx.conf');
const PAGE = '/docs/ecs/task-networking/';
const DEEP_LINK = `${PAGE}#awsvpc-mode`;
const REDIRECT = { from: '/docs/launch-types/', to: '/docs/compute-options/' };

/** @type {{ name: string, ok: boolean }[]} */
const results = [];
/**
 * @param {string} name
 * @param {boolean} ok
 * @param {string} [detail]  printed under a failure
 */
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${ok || !detail ? '' : `\n         ${detail}`}`);
}

/** @returns {string | null} */
function findNginx() {
  for (const candidate of [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      // A TCP server listening on a port always has an address object; the narrowing only tells the type checker.
      if (address === null || typeof address === 'string') {
        server.close(() => reject(new Error(`the port probe has no TCP address (${address})`)));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/**
 * The committed nginx site config with this machine's export folder and port; the rest is used exactly as committed.
 * @param {string} template
 * @param {{ root: string, port: number }} target
 * @returns {string}
 */
export function siteConfig(template, { root, port }) {
  let listens = 0;
  let roots = 0;
  const config = template
    .replace(
      /^(\s*)listen\s+[^;]+;$/gm,
      (/** @type {string} */ _line, /** @type {string} */ indent) => (listens++, `${indent}listen 127.0.0.1:${port};`),
    )
    .replace(/^(\s*)root\s+[^;]+;$/gm, (/** @type {string} */ _line, /** @type {string} */ indent) => (roots++, `${indent}root ${root};`));
  if (listens !== 1 || roots !== 1)
    throw new Error(`deploy/nginx.conf must have one listen and one root line (found ${listens} and ${roots}).`);
  return config;
}

/**
 * The main nginx config: everything nginx writes goes under `dir`, and the site config is included.
 * @param {string} dir
 * @param {string} siteFile
 * @returns {string}
 */
function mainConfig(dir, siteFile) {
  const mimeTypes = existsSync('/etc/nginx/mime.types')
    ? 'include /etc/nginx/mime.types;'
    : 'types { text/html html; text/css css; application/javascript js; application/json json; text/plain txt; text/xml xml; image/png png; image/svg+xml svg; font/woff2 woff2; }';
  return [
    // As root, workers would run as "nobody", who may not be able to read a checkout under /root.
    process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    `  ${mimeTypes}`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/${name};`),
    `  include ${siteFile};`,
    '}',
    '',
  ].join('\n');
}

/**
 * A raw HTTP GET: the path goes on the wire as written (fetch() would resolve "..", which is the point of a check).
 * @param {number} port
 * @param {string} path
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * @param {number} port
 * @param {import('node:child_process').ChildProcess} nginx
 */
async function waitForServer(port, nginx) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    try {
      return await get(port, '/');
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error('nginx did not answer within 10 s');
}

function anyChunk() {
  const dir = join(OUT, '_next/static/chunks');
  const name = readdirSync(dir).find((file) => file.endsWith('.js'));
  if (!name) throw new Error('out/_next/static/chunks has no .js file');
  return `/_next/static/chunks/${name}`;
}

const isFile = (/** @type {string} */ path) => {
  try {
    return statSync(join(OUT, path)).isFile();
  } catch {
    return false;
  }
};

/**
 * @param {number} port
 * @param {Record<string, string>} expectedHeaders
 */
async function httpChecks(port, expectedHeaders) {
  const chunk = anyChunk();
  const notFoundPage = readFileSync(join(OUT, '404.html'));
  console.log('\nURL rule (scripts/url-mapping.mjs) on the export, through nginx:');
  for (const rule of URL_RULE_CASES) {
    const path = rule.path.replace('/_next/static/chunks/chunk.js', chunk);
    /** @type {UrlRuleResult} */
    const expected = JSON.parse(JSON.stringify(rule.expect).replace('/_next/static/chunks/chunk.js', chunk));
    const ruleSays = resolveRequestPath(path, isFile);
    const response = await get(port, path);
    let ok = JSON.stringify(ruleSays) === JSON.stringify(expected);
    let detail = ok ? '' : `the rule gives ${JSON.stringify(ruleSays)} on out/`;
    if (expected.type === 'file') {
      ok &&= response.status === 200 && response.body.equals(readFileSync(join(OUT, expected.file)));
    } else if (expected.type === 'redirect') {
      ok &&= response.status === 301 && response.headers.location === expected.location;
    } else {
      ok &&= response.status === 404 && response.body.equals(notFoundPage);
    }
    if (!ok && !detail) detail = `nginx answered ${response.status}${response.headers.location ? ` → ${response.headers.location}` : ''}`;
    const outcome =
      expected.type === 'file' ? `200 ${expected.file}` : expected.type === 'redirect' ? `301 → ${expected.location}` : '404 /404.html';
    check(`${path} → ${outcome} (${rule.note})`, ok, detail);
  }

  console.log('\nHeaders:');
  for (const path of [PAGE, PAGE.slice(0, -1), '/docs/no-such-page/', '/md/ecs/task-networking.md', '/feed.xml', chunk]) {
    const { status, headers } = await get(port, path);
    const missing = Object.entries(expectedHeaders).filter(([name, value]) => headers[name.toLowerCase()] !== value);
    check(
      `security headers and CSP on ${path} (${status})`,
      missing.length === 0,
      `missing or different: ${missing.map(([name]) => name).join(', ')}`,
    );
  }
  for (const path of [PAGE, '/docs/no-such-page/', REDIRECT.from]) {
    const { status, body } = await get(port, path);
    const problems = pageCspProblems(body.toString('utf8'));
    check(
      `the page at ${path} (${status}) carries its meta policy, hashing exactly its inline scripts`,
      problems.length === 0,
      problems.join('; '),
    );
  }
  /** @type {[string, RegExp][]} */
  const types = [
    [PAGE, /^text\/html; charset=utf-8$/],
    ['/md/ecs/task-networking.md', /^text\/markdown; charset=utf-8$/],
    ['/llms.txt', /^text\/plain; charset=utf-8$/],
    ['/feed.xml', /^(text|application)\/(rss\+)?xml; charset=utf-8$/],
    ['/api/search', /^application\/json; charset=utf-8$/],
    ['/og/docs/ecs/task-networking.png', /^image\/png$/],
  ];
  for (const [path, pattern] of types) {
    const type = (await get(port, path)).headers['content-type'] ?? '';
    check(`${path} is served as ${type}`, pattern.test(type), `expected ${pattern}`);
  }
  const assetCache = (await get(port, chunk)).headers['cache-control'];
  const pageCache = (await get(port, PAGE)).headers['cache-control'];
  check(
    `hashed assets are cached for a year, pages revalidate (${assetCache} / ${pageCache})`,
    /immutable/.test(assetCache ?? '') && pageCache === 'no-cache',
  );
}

/**
 * Every Content-Security-Policy violation in the page's documents, as their securitypolicyviolation events report it.
 * @param {import('playwright-core').Page} page
 */
async function recordViolations(page) {
  /** @type {string[]} */
  const violations = [];
  await page.exposeFunction('reportCspViolation', (/** @type {string} */ text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // Put there by exposeFunction above, which the type checker cannot see.
      /** @type {typeof window & { reportCspViolation: (text: string) => void }} */ (window).reportCspViolation(
        `${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

/** @param {string} base  the server's origin */
async function browserChecks(base) {
  console.log('\nBrowser (Chromium):');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    /** @type {string[]} */
    const problems = [];
    const violations = await recordViolations(page);
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const title = await (async () => {
      await page.goto(`${base}${PAGE.slice(0, -1)}`);
      return (await page.locator('h1').first().textContent())?.trim() ?? '';
    })();
    check(`a clean URL without its slash lands on ${PAGE} ("${title}")`, new URL(page.url()).pathname === PAGE && title.length > 0);

    await page.goto(`${base}${DEEP_LINK}`);
    await page.waitForLoadState('networkidle');
    const inView = await page.evaluate((id) => {
      const target = document.getElementById(id);
      if (!target) return false;
      const { top } = target.getBoundingClientRect();
      return top >= 0 && top < window.innerHeight;
    }, DEEP_LINK.split('#')[1]);
    check(`the deep link ${DEEP_LINK} scrolls its target into view`, inView);

    // In a page of its own: the refusal it provokes is the one console error expected.
    const probe = await context.newPage();
    const probeViolations = await recordViolations(probe);
    await probe.goto(`${base}${PAGE}`);
    const injected = await probe.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 200));
      return 'injectedScriptRan' in window && window.injectedScriptRan === true;
    });
    check(
      'a script injected into the page does not run, and the browser reports it',
      !injected && probeViolations.some((line) => line.includes('script-src-elem refused inline')),
      probeViolations.join('; '),
    );
    await probe.close();

    await page.goto(`${base}${REDIRECT.from}#main-content`);
    await page.waitForURL(`${base}${REDIRECT.to}#main-content`).catch(() => {});
    check(
      `the moved page ${REDIRECT.from} forwards to ${REDIRECT.to} and keeps the #fragment (its hashed inline script ran)`,
      page.url() === `${base}${REDIRECT.to}#main-content`,
      page.url(),
    );
    await page.goto(`${base}${DEEP_LINK}`);
    await page.waitForLoadState('networkidle');

    await page.locator('button[data-copy-markdown]').focus();
    await page.keyboard.press('Enter');
    await page
      .waitForFunction(() => document.getElementById('clipboard-status')?.textContent === 'Markdown copied to clipboard', null, {
        timeout: 10_000,
      })
      .catch(() => {});
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
    check('"Copy as Markdown" (keyboard) copies the page\'s Markdown, fetched from nginx under the CSP', copied.startsWith(`# ${title}\n`));

    const missing = await page.goto(`${base}/docs/no-such-page/`);
    const heading = (await page.locator('h1').first().textContent())?.trim();
    check(`an unknown page shows the 404 page with status ${missing?.status()}`, missing?.status() === 404 && heading === 'Page not found');

    const markdown = await page.goto(`${base}/md/ecs/task-networking.md`);
    const markdownText = (await markdown?.text()) ?? '';
    check(
      `the Markdown URL opens (${markdown?.headers()['content-type']})`,
      markdown?.status() === 200 && markdownText.startsWith(`# ${title}\n`),
    );

    await page.goto(`${base}/`);
    const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    const feed = await page.evaluate(async () => {
      const text = await (await fetch('/feed.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { wellFormed: !doc.querySelector('parsererror'), items: doc.querySelectorAll('rss > channel > item').length };
    });
    check(
      `the feed is linked from the page (${feedHref}) and parses as XML with ${feed.items} items`,
      Boolean(feedHref?.endsWith('/feed.xml')) && feed.wellFormed && feed.items > 0,
    );

    check(
      'no console errors, CSP violations or page errors',
      problems.length === 0 && violations.length === 0,
      [...problems, ...violations].join('\n         '),
    );
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!existsSync(join(OUT, 'index.html'))) throw new Error('out/ is missing: run `npm test` or `npm run build` first.');
  const nginxPath = findNginx();
  if (!nginxPath) throw new Error('nginx is not installed (Debian: apt-get install nginx).');
  const version = spawnSync(nginxPath, ['-v'], { encoding: 'utf8' }).stderr.trim();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'field-guide-nginx-'));
  const siteFile = join(dir, 'field-guide.conf');
  const mainFile = join(dir, 'nginx.conf');
  writeFileSync(siteFile, siteConfig(readFileSync(SITE_CONFIG, 'utf8'), { root: OUT, port }));
  writeFileSync(mainFile, mainConfig(dir, siteFile));
  console.log(`nginx check: ${version} serving out/ with deploy/nginx.conf on http://127.0.0.1:${port}/`);

  const test = spawnSync(nginxPath, ['-t', '-q', '-p', dir, '-c', mainFile], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`deploy/nginx.conf does not pass nginx -t:\n${test.stderr}`);
  const nginx = spawn(nginxPath, ['-p', dir, '-c', mainFile, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForServer(port, nginx);
    const { SECURITY_HEADERS, CSP_HEADER_POLICY } = await loadSecurityHeaders();
    await httpChecks(port, { ...SECURITY_HEADERS, 'Content-Security-Policy': CSP_HEADER_POLICY });
    await browserChecks(`http://127.0.0.1:${port}`);
  } finally {
    // Only the nginx this script started: its master stops its own workers on SIGQUIT.
    nginx.kill('SIGQUIT');
    /** @type {Promise<void>} */
    const exited = new Promise((done) => (nginx.exitCode !== null ? done() : nginx.once('exit', () => done())));
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\nnginx check: ${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`nginx check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
