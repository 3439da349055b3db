import { describe, expect, it } from 'vitest';
import { pageCspPolicy } from '@/lib/security-headers';
import { freshImport } from '../support/fresh-import';

/** The module evaluated inside the test, so its constant policies are built (and checked) during the test. */
const policies = () => freshImport(() => import('@/lib/security-headers'));

/** Directive name → its sources, read the way a browser splits a policy ("; " between directives). */
function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split('; ')) {
    const [name, ...sources] = part.split(' ');
    expect(directives.has(name), `${name} appears twice`).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

const SCRIPT_A = "'sha256-scriptAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const SCRIPT_B = "'sha256-scriptBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='";
const STYLE_ELEMENT = "'sha256-styleElementCCCCCCCCCCCCCCCCCCCCCCCCCCCC='";
const STYLE_ATTRIBUTE = "'sha256-styleAttributeDDDDDDDDDDDDDDDDDDDDDDDDDD='";

/** What both halves of the policy must say about everything that is neither script nor style. */
const SHARED_RULES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

describe('the header policy hosts send', () => {
  const header = async () => directivesOf((await policies()).CSP_HEADER_POLICY);

  it('starts from loading nothing but the site itself', async () => {
    expect((await policies()).CSP_HEADER_POLICY.startsWith("default-src 'self'; ")).toBe(true);
  });

  it('keeps every request, font and image on the site, with no plugins, <base> or foreign form targets', async () => {
    for (const [name, sources] of Object.entries(SHARED_RULES)) expect((await header()).get(name), name).toEqual(sources);
  });

  it('lets inline scripts and styles through for the page policy to narrow, but never inline event handlers', async () => {
    expect((await header()).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect((await header()).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect((await header()).get('script-src-attr')).toEqual(["'none'"]);
  });

  it('forbids framing the site anywhere', async () => {
    expect((await header()).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('says nothing beyond those rules', async () => {
    expect([...(await header()).keys()].sort()).toEqual(
      [...Object.keys(SHARED_RULES), 'script-src', 'script-src-attr', 'style-src', 'frame-ancestors'].sort(),
    );
  });
});

describe("a page's own policy", () => {
  it('runs only the hashed inline scripts, each listed once in document order', () => {
    const page = directivesOf(pageCspPolicy({ scripts: [SCRIPT_A, SCRIPT_B, SCRIPT_A], styleElements: [], styleAttributes: [] }));
    expect(page.get('script-src')).toEqual(["'self'", SCRIPT_A, SCRIPT_B]);
  });

  it('allows no inline script or style at all on a page without any', () => {
    const page = directivesOf(pageCspPolicy({ scripts: [], styleElements: [], styleAttributes: [] }));
    expect(page.get('script-src')).toEqual(["'self'"]);
    expect(page.get('style-src')).toEqual(["'self'"]);
  });

  it("allows hashed <style> elements without opening style attributes ('unsafe-hashes')", () => {
    const page = directivesOf(pageCspPolicy({ scripts: [], styleElements: [STYLE_ELEMENT, STYLE_ELEMENT], styleAttributes: [] }));
    expect(page.get('style-src')).toEqual(["'self'", STYLE_ELEMENT]);
  });

  it("allows hashed style attributes through 'unsafe-hashes', sharing one entry with an identical <style>", () => {
    const page = directivesOf(
      pageCspPolicy({ scripts: [], styleElements: [STYLE_ELEMENT], styleAttributes: [STYLE_ATTRIBUTE, STYLE_ELEMENT, STYLE_ATTRIBUTE] }),
    );
    expect(page.get('style-src')).toEqual(["'self'", "'unsafe-hashes'", STYLE_ELEMENT, STYLE_ATTRIBUTE]);
  });

  it('never says unsafe-inline, whatever the page holds', () => {
    const policy = pageCspPolicy({ scripts: [SCRIPT_A], styleElements: [STYLE_ELEMENT], styleAttributes: [STYLE_ATTRIBUTE] });
    expect(policy).not.toContain('unsafe-inline');
  });

  it('repeats the shared rules of the header, and only directives a meta tag can carry', () => {
    const page = directivesOf(pageCspPolicy({ scripts: [SCRIPT_A], styleElements: [], styleAttributes: [] }));
    for (const [name, sources] of Object.entries(SHARED_RULES)) expect(page.get(name), name).toEqual(sources);
    expect([...page.keys()].sort()).toEqual([...Object.keys(SHARED_RULES), 'script-src', 'style-src'].sort());
    expect(pageCspPolicy({ scripts: [], styleElements: [], styleAttributes: [] }).startsWith("default-src 'self'; ")).toBe(true);
  });
});

describe('the other security headers', () => {
  it('stop MIME sniffing, framing, cross-origin referrer paths and device access', async () => {
    expect((await policies()).SECURITY_HEADERS).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
  });
});
