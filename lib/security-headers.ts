/**
 * The Content-Security-Policy of the export comes in two parts, and a browser enforces both: a script,
 * style or request must be allowed by each of them.
 *
 * - The page policy is a `<meta http-equiv="Content-Security-Policy">` that the build writes at the top of
 *   every exported page's <head>. Its script-src is 'self' plus the SHA-256 of exactly that page's inline
 *   scripts (Next.js' hydration data, the theme script, a redirect), so nothing else inline runs, even on a
 *   host that sends no headers at all.
 * - The header policy is what hosts send. It carries what a meta tag cannot (frame-ancestors) and is the
 *   policy of every response that is not a page. One header answers for every page, so it cannot list a
 *   page's hashes: it lets inline script and style through and leaves them to the page policy, which
 *   narrows them to the hashed ones. Only the two together are the site's policy.
 */

/** Directives both parts carry, after default-src and the script and style directives. */
const DEFAULT_SOURCES = "default-src 'self'";
const SHARED_DIRECTIVES = [
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The Content-Security-Policy header hosts send with every response. */
export const CSP_HEADER_POLICY = [
  DEFAULT_SOURCES,
  // The page policy narrows inline scripts to its hashes; a header that refused them would block those too.
  "script-src 'self' 'unsafe-inline'",
  // Nothing on the site uses inline event handlers: refused for every document, page or not.
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  ...SHARED_DIRECTIVES,
  "frame-ancestors 'none'",
].join('; ');

/** CSP hash sources ('sha256-…') of one page's inline code, in document order. */
export interface PageInlineHashes {
  /** Inline <script> elements, each hashed over its text. */
  scripts: readonly string[];
  /** Inline <style> elements. */
  styleElements: readonly string[];
  /** `style` attribute values. */
  styleAttributes: readonly string[];
}

/**
 * The policy of one page's meta tag. A style attribute is matched by hash only with 'unsafe-hashes' (the
 * code highlighter colours tokens with style attributes); even then only the listed values apply, never a new one.
 */
export function pageCspPolicy({ scripts, styleElements, styleAttributes }: PageInlineHashes): string {
  const unique = (hashes: readonly string[]) => [...new Set(hashes)];
  const styleSources = [...(styleAttributes.length > 0 ? ["'unsafe-hashes'"] : []), ...unique([...styleElements, ...styleAttributes])];
  return [
    DEFAULT_SOURCES,
    ["script-src 'self'", ...unique(scripts)].join(' '),
    ["style-src 'self'", ...styleSources].join(' '),
    ...SHARED_DIRECTIVES,
  ].join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
