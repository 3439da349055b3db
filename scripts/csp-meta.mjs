// @ts-check
// Post-build step of `npm run build`: writes each exported page's Content-Security-Policy into the page as a
// <meta http-equiv> tag, with the SHA-256 of exactly the inline scripts and styles that page has, then checks
// every page against its tag. Running it again gives the same files.
//
//   node scripts/csp-meta.mjs                    write the tag into every .html file in out/, then check them
//   node scripts/csp-meta.mjs --check [paths…]   only check (files or folders; default out/); exit 1 on a problem
//
// The policy's wording is shared with the header policy; this step only finds and hashes the inline code.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';

/** @typedef {import('parse5').DefaultTreeAdapterTypes.Node} Node */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element */
/** @typedef {import('../lib/security-headers').PageInlineHashes} PageInlineHashes */
/** @typedef {(hashes: PageInlineHashes) => string} PolicyForPage */

const ROOT = new URL('..', import.meta.url).pathname;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const CSP_HTTP_EQUIV = 'content-security-policy';
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/**
 * The CSP hash source of a text: 'sha256-' and the base64 SHA-256 of its UTF-8 bytes.
 * @param {string} text
 */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** @param {Node} node @returns {node is Element} */
function isElement(node) {
  return 'tagName' in node;
}

/** @param {Element} element @param {string} name */
function attribute(element, name) {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** @param {Element} element */
function textOf(element) {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/**
 * Every element in document order, template contents included (a script there runs once it is cloned in).
 * @param {Node} node
 * @returns {Generator<Element>}
 */
function* elementsOf(node) {
  if (isElement(node)) yield node;
  const children = 'content' in node && node.content ? node.content.childNodes : [];
  for (const child of ['childNodes' in node ? node.childNodes : [], children].flat()) yield* elementsOf(child);
}

/**
 * @typedef {{ text: string, hash: string }} InlineCode
 * @typedef {{ scripts: InlineCode[], styleElements: InlineCode[], styleAttributes: InlineCode[], forbidden: string[] }} PageInlineCode
 */

/**
 * The inline code a page's policy must allow, as the browser's parser sees it (script text is not
 * entity-decoded, attribute values are), and inline code no policy of ours allows (event handler
 * attributes, javascript: URLs).
 * @param {Node} document
 * @returns {PageInlineCode}
 */
export function inlineCode(document) {
  /** @type {PageInlineCode} */
  const found = { scripts: [], styleElements: [], styleAttributes: [], forbidden: [] };
  const code = (/** @type {string} */ text) => ({ text, hash: hashSource(text) });
  for (const element of elementsOf(document)) {
    const inHtmlOrSvg = element.namespaceURI === HTML_NS || element.namespaceURI === SVG_NS;
    const external =
      attribute(element, 'src') !== undefined ||
      (element.namespaceURI === SVG_NS && (attribute(element, 'href') ?? attribute(element, 'xlink:href')) !== undefined);
    // An empty inline script never runs, so it needs no hash.
    if (inHtmlOrSvg && element.tagName === 'script' && !external && textOf(element) !== '') found.scripts.push(code(textOf(element)));
    if (inHtmlOrSvg && element.tagName === 'style' && textOf(element) !== '') found.styleElements.push(code(textOf(element)));
    for (const { name, value } of element.attrs) {
      if (name === 'style') found.styleAttributes.push(code(value));
      else if (/^on/i.test(name)) found.forbidden.push(`inline event handler ${name}="${excerpt(value)}" on <${element.tagName}>`);
      else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value))
        found.forbidden.push(`javascript: URL in ${name} on <${element.tagName}>`);
    }
  }
  return found;
}

/** @param {string} text */
function excerpt(text, length = 60) {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length)}…` : oneLine;
}

/** @param {Element} element */
function isCspMeta(element) {
  return element.tagName === 'meta' && attribute(element, 'http-equiv')?.trim().toLowerCase() === CSP_HTTP_EQUIV;
}

/** @param {Element} element */
function isCharsetMeta(element) {
  return element.tagName === 'meta' && attribute(element, 'charset') !== undefined;
}

/** @param {Node} document */
function headOf(document) {
  for (const element of elementsOf(document)) if (element.tagName === 'head' && element.namespaceURI === HTML_NS) return element;
  return undefined;
}

/** @param {string} value */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The page with its policy tag first in <head> (after <meta charset> only: the encoding declaration must
 * stay within the first 1024 bytes, and it loads and runs nothing). An existing policy tag is replaced.
 * @param {string} html
 * @param {PolicyForPage} policyFor
 */
export function withPageCsp(html, policyFor) {
  const existing = [...elementsOf(parse(html, { sourceCodeLocationInfo: true }))].filter(isCspMeta);
  let page = html;
  for (const meta of existing.reverse()) {
    const location = meta.sourceCodeLocation;
    if (!location) throw new Error('a Content-Security-Policy meta tag without a source location');
    page = page.slice(0, location.startOffset) + page.slice(location.endOffset);
  }
  const document = parse(page, { sourceCodeLocationInfo: true });
  const head = headOf(document);
  const headStart = head?.sourceCodeLocation?.startTag?.endOffset;
  if (!head || headStart === undefined) throw new Error('the page has no <head> start tag to put the policy in');
  const first = head.childNodes.find(isElement);
  const at = first && isCharsetMeta(first) ? (first.sourceCodeLocation?.endOffset ?? headStart) : headStart;
  const { scripts, styleElements, styleAttributes, forbidden } = inlineCode(document);
  if (forbidden.length > 0) throw new Error(`inline code no policy allows: ${forbidden.join('; ')}`);
  const policy = policyFor({
    scripts: scripts.map((script) => script.hash),
    styleElements: styleElements.map((style) => style.hash),
    styleAttributes: styleAttributes.map((style) => style.hash),
  });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  return page.slice(0, at) + meta + page.slice(at);
}

/**
 * A policy's directives: lower-cased names, source lists as written.
 * @param {string} policy
 */
export function parsePolicy(policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first of a repeated directive counts; browsers ignore the rest.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * What is wrong with a page's policy tag: missing or misplaced, not strict, or not listing exactly the
 * page's inline scripts and styles. Empty when the page is right.
 * @param {string} html
 * @returns {string[]}
 */
export function pageCspProblems(html) {
  const document = parse(html);
  const problems = [];
  const metas = [...elementsOf(document)].filter(isCspMeta);
  if (metas.length !== 1)
    return [
      metas.length === 0 ? 'no Content-Security-Policy meta tag' : `${metas.length} Content-Security-Policy meta tags (one expected)`,
    ];
  const [meta] = metas;
  const head = headOf(document);
  if (meta.parentNode !== head) problems.push('the Content-Security-Policy meta tag is not in <head>, where browsers read it');
  else {
    const before = head.childNodes.filter(isElement).slice(0, head.childNodes.filter(isElement).indexOf(meta));
    const ungoverned = before.filter((element) => !isCharsetMeta(element));
    if (ungoverned.length > 0)
      problems.push(
        `the Content-Security-Policy meta tag comes after <${ungoverned[0].tagName}>, which it does not govern (only <meta charset> may precede it)`,
      );
  }

  const policy = parsePolicy(attribute(meta, 'content') ?? '');
  const scriptSources = policy.get('script-src');
  if (!scriptSources) problems.push('script-src is missing (default-src would decide scripts)');
  const loose = (scriptSources ?? []).filter((source) => source !== "'self'" && !HASH_SOURCE.test(source));
  if (loose.length > 0) problems.push(`script-src allows ${loose.join(' ')} (only 'self' and hashes)`);
  const required = { 'object-src': ["'none'"], 'base-uri': ["'self'", "'none'"], 'form-action': ["'self'", "'none'"] };
  for (const [name, allowed] of Object.entries(required)) {
    const sources = policy.get(name)?.join(' ');
    if (sources === undefined || !allowed.includes(sources))
      problems.push(`${name} is ${sources === undefined ? 'missing' : `"${sources}"`} (expected ${allowed.join(' or ')})`);
  }
  const styleSources = policy.get('style-src') ?? [];
  if (styleSources.includes("'unsafe-inline'")) problems.push("style-src allows 'unsafe-inline' (inline styles are listed by hash)");

  const { scripts, styleElements, styleAttributes, forbidden } = inlineCode(document);
  problems.push(...forbidden);
  scripts.forEach((script, index) => {
    if (!scriptSources?.includes(script.hash))
      problems.push(`inline script ${index + 1} "${excerpt(script.text)}" (${script.hash}) is not in script-src`);
  });
  const scriptHashes = new Set(scripts.map((script) => script.hash));
  for (const source of (scriptSources ?? []).filter((source) => HASH_SOURCE.test(source))) {
    if (!scriptHashes.has(source)) problems.push(`script-src lists ${source}, which no inline script on the page has`);
  }
  for (const style of [...styleElements, ...styleAttributes]) {
    if (!styleSources.includes(style.hash)) problems.push(`inline style "${excerpt(style.text)}" (${style.hash}) is not in style-src`);
  }
  if (styleAttributes.length > 0 && !styleSources.includes("'unsafe-hashes'"))
    problems.push("style attributes need 'unsafe-hashes' in style-src to match their hashes");
  const styleHashes = new Set([...styleElements, ...styleAttributes].map((style) => style.hash));
  for (const source of styleSources.filter((source) => HASH_SOURCE.test(source))) {
    if (!styleHashes.has(source)) problems.push(`style-src lists ${source}, which no inline style on the page has`);
  }
  return [...new Set(problems)];
}

/**
 * Every .html file under the given files and folders.
 * @param {string[]} paths
 * @returns {string[]}
 */
export function htmlFiles(paths) {
  return paths.flatMap((path) => {
    if (!statSync(path).isDirectory()) return [path];
    return htmlFiles(
      readdirSync(path)
        .sort()
        .map((name) => join(path, name)),
    ).filter((file) => file.endsWith('.html'));
  });
}

/**
 * Checks pages; prints "file: problem" lines and returns how many pages have problems.
 * @param {string[]} files
 */
export function checkPages(files) {
  let failing = 0;
  for (const file of files) {
    const problems = pageCspProblems(readFileSync(file, 'utf8'));
    if (problems.length === 0) continue;
    failing++;
    for (const problem of problems) console.error(`${relative(ROOT, file) || file}: ${problem}`);
  }
  return failing;
}

/** The page policy's wording, from the module that also defines the header policy. */
async function loadPolicy() {
  const { loadSecurityHeaders } = await import('./generate-deploy.mjs');
  /** @type {typeof import('../lib/security-headers')} */
  const headers = await loadSecurityHeaders();
  return headers.pageCspPolicy;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const paths = args.filter((arg) => arg !== '--check');
  const files = htmlFiles(paths.length > 0 ? paths : [join(ROOT, 'out')]);
  if (files.length === 0) throw new Error(`no .html files in ${paths.join(', ') || 'out/'}`);
  if (!check) {
    const policyFor = await loadPolicy();
    const counts = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      let updated;
      try {
        updated = withPageCsp(html, policyFor);
      } catch (error) {
        throw new Error(`${relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (updated !== html) writeFileSync(file, updated);
      counts.push(inlineCode(parse(updated)).scripts.length);
    }
    console.log(
      `Content-Security-Policy meta tag in ${files.length} pages (${Math.min(...counts)}–${Math.max(...counts)} hashed inline scripts each)`,
    );
  }
  const failing = checkPages(files);
  if (failing > 0) {
    console.error(`Content-Security-Policy check: ${failing} of ${files.length} pages have problems`);
    process.exit(1);
  }
  if (check) console.log(`Content-Security-Policy check: ${files.length} pages, all inline code hashed`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`csp-meta: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
