// @ts-check
// The one clean-URL rule for every host: this repo's static server, nginx (its site config, checked by the
// real-server check) and the CloudFront Function (generated from this file by the deploy generator).
// The export uses trailing slashes: /docs/x/ is the file docs/x/index.html.
//
// resolveRequestPath, EXTENSIONLESS_FILES and assumeExists are copied into the CloudFront Function as
// source text, so they must stay self-contained: no imports, nothing else from this module.

/**
 * What the rule answers for a request: a file of the export, a redirect, or the 404 page with status 404.
 * @typedef {{ type: 'file', file: string } | { type: 'redirect', location: string } | { type: 'not-found', file: string }} UrlRuleResult
 */

/**
 * @param {string} path  decoded request path, starting with "/"
 * @param {(file: string) => boolean} exists  whether a file exists in the export
 * @returns {UrlRuleResult}
 */
export function resolveRequestPath(path, exists) {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (clean.split('/').includes('..')) return { type: 'not-found', file: '/404.html' };
  if (clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return exists(index) ? { type: 'file', file: index } : { type: 'not-found', file: '/404.html' };
  }
  if (exists(clean)) return { type: 'file', file: clean };
  const lastSegment = clean.slice(clean.lastIndexOf('/') + 1);
  // A page URL typed without its trailing slash: send the reader to the canonical URL.
  if (!lastSegment.includes('.') && exists(`${clean}/index.html`)) return { type: 'redirect', location: `${clean}/` };
  return { type: 'not-found', file: '/404.html' };
}

/**
 * Files in the export whose names have no extension (route handlers without one). A host that cannot
 * look at the files (a CDN edge function) must know them, or it would redirect them like pages.
 * A browser test fails when the export has one that is not listed here.
 */
export const EXTENSIONLESS_FILES = ['/api/search'];

/**
 * `exists` for a host that cannot look at the files: anything with an extension, and the listed
 * extensionless files, are assumed to exist; the origin answers 404 for the ones that do not.
 * @param {string} file
 */
export function assumeExists(file) {
  return file.slice(file.lastIndexOf('/') + 1).includes('.') || EXTENSIONLESS_FILES.includes(file);
}

/** The files of the export that the documented cases assume (tests stand them in for out/). */
export const URL_RULE_FILES = [
  '/index.html',
  '/404.html',
  '/docs/index.html',
  '/docs/ecs/task-networking/index.html',
  '/api/search',
  '/sitemap.xml',
  '/feed.xml',
  '/llms.txt',
  '/md/ecs/task-networking.md',
  '/og/docs/ecs/task-networking.png',
  '/_next/static/chunks/chunk.js',
];

/**
 * The documented cases, shared by the rule's unit tests, the generated CloudFront Function's test and the
 * real-server check. Paths that must exist are real paths of the export, so the nginx check can request them;
 * `chunk` stands for any file under /_next/static/chunks/ (its name is a content hash).
 * @type {{ path: string, expect: UrlRuleResult, note: string }[]}
 */
export const URL_RULE_CASES = [
  { path: '/', expect: { type: 'file', file: '/index.html' }, note: 'the home page' },
  { path: '/docs/', expect: { type: 'file', file: '/docs/index.html' }, note: 'a folder URL serves its index.html' },
  { path: '/docs/ecs/task-networking/', expect: { type: 'file', file: '/docs/ecs/task-networking/index.html' }, note: 'a page URL' },
  {
    path: '/docs/ecs/task-networking',
    expect: { type: 'redirect', location: '/docs/ecs/task-networking/' },
    note: 'no trailing slash: 301 to the canonical URL',
  },
  { path: '/docs', expect: { type: 'redirect', location: '/docs/' }, note: 'the same for a section root' },
  { path: '/api/search', expect: { type: 'file', file: '/api/search' }, note: 'an extensionless file is served as is' },
  { path: '/sitemap.xml', expect: { type: 'file', file: '/sitemap.xml' }, note: 'files are served as they are' },
  { path: '/feed.xml', expect: { type: 'file', file: '/feed.xml' }, note: 'the change feed' },
  { path: '/llms.txt', expect: { type: 'file', file: '/llms.txt' }, note: 'the llms.txt index' },
  { path: '/md/ecs/task-networking.md', expect: { type: 'file', file: '/md/ecs/task-networking.md' }, note: "a page's Markdown" },
  {
    path: '/og/docs/ecs/task-networking.png',
    expect: { type: 'file', file: '/og/docs/ecs/task-networking.png' },
    note: "a page's social card",
  },
  { path: '/_next/static/chunks/chunk.js', expect: { type: 'file', file: '/_next/static/chunks/chunk.js' }, note: 'build assets' },
  { path: '/404.html', expect: { type: 'file', file: '/404.html' }, note: 'the 404 page itself, when asked for' },
  { path: '/docs/no-such-page/', expect: { type: 'not-found', file: '/404.html' }, note: 'unknown page: the 404 page, status 404' },
  { path: '/docs/no-such-page', expect: { type: 'not-found', file: '/404.html' }, note: 'unknown page without a slash: 404, no redirect' },
  { path: '/no-such-file.js', expect: { type: 'not-found', file: '/404.html' }, note: 'unknown file: 404' },
  { path: '/_next/', expect: { type: 'not-found', file: '/404.html' }, note: 'a folder without index.html: 404, never a listing' },
  { path: '/docs/../../etc/passwd', expect: { type: 'not-found', file: '/404.html' }, note: '".." never leaves the export' },
  { path: '/docs/..', expect: { type: 'not-found', file: '/404.html' }, note: '".." at the end as well' },
  { path: '/docs/%2e%2e/index.html', expect: { type: 'not-found', file: '/404.html' }, note: 'a percent-encoded ".." too' },
];
