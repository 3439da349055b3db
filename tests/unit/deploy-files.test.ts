import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER_POLICY, SECURITY_HEADERS } from '@/lib/security-headers';
import { URL_RULE_CASES, URL_RULE_FILES, resolveRequestPath } from '../../scripts/url-mapping.mjs';
import {
  CLOUDFRONT_FUNCTION_FILE,
  MISSING_KEY,
  RESPONSE_HEADERS_POLICY_FILE,
  responseHeadersPolicy,
} from '../../scripts/generate-deploy.mjs';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

type CloudFrontResult = { uri: string } | { statusCode: number; headers: { location: { value: string } } };

/** The committed function, run the way CloudFront runs it: one script, no modules, a global `handler`. */
function loadHandler(): (event: { request: { uri: string } }) => CloudFrontResult {
  const context: { handler?: (event: { request: { uri: string } }) => CloudFrontResult } = {};
  runInNewContext(`${read(CLOUDFRONT_FUNCTION_FILE)}\nthis.handler = handler;`, context);
  if (!context.handler) throw new Error('the function file defines no handler');
  return context.handler;
}

const FILES = new Set(URL_RULE_FILES);

/**
 * CloudFront in front of the bucket: the viewer-request function, then S3 (a missing key is an error),
 * then the custom error response that answers errors with /404.html and status 404.
 */
function cloudFront(handler: ReturnType<typeof loadHandler>, uri: string) {
  const result = handler({ request: { uri } });
  if ('statusCode' in result) return { status: result.statusCode, location: result.headers.location.value };
  const key = decodeURIComponent(result.uri);
  return FILES.has(key) ? { status: 200, file: key } : { status: 404, file: '/404.html' };
}

describe('deploy/cloudfront-function.js', () => {
  it('is generated from scripts/url-mapping.mjs and up to date (npm run deploy:generate)', () => {
    // In plain Node: the generator copies functions as source text, which Vite's module transform would alter.
    const result = spawnSync(process.execPath, ['scripts/generate-deploy.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fits the CloudFront Functions size limit (10 KB) and uses no modules', () => {
    const code = read(CLOUDFRONT_FUNCTION_FILE);
    expect(Buffer.byteLength(code)).toBeLessThan(10_240);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it.each(URL_RULE_CASES.map((rule) => [rule.path, rule] as const))('serves %s as the rule says, with CloudFront and S3', (path, rule) => {
    const handler = loadHandler();
    // The documented paths are already valid request URIs, as a browser sends them.
    let response = cloudFront(handler, path);
    if (rule.expect.type === 'not-found' && response.status === 301 && response.location) {
      // An unknown page without its slash: the function cannot see the bucket, so it redirects, and the
      // slash URL then gets the 404 page. Same page, same status for the reader, one hop later.
      response = cloudFront(handler, response.location);
    }
    if (rule.expect.type === 'file') expect(response).toEqual({ status: 200, file: rule.expect.file });
    else if (rule.expect.type === 'redirect') expect(response).toEqual({ status: 301, location: rule.expect.location });
    else expect(response).toEqual({ status: 404, file: '/404.html' });
  });

  it('sends ".." and malformed encodings to a key that cannot exist, so the 404 page answers', () => {
    const handler = loadHandler();
    expect(handler({ request: { uri: '/docs/../index.html' } })).toMatchObject({ uri: MISSING_KEY });
    expect(handler({ request: { uri: '/docs/%E0%A4%A' } })).toMatchObject({ uri: MISSING_KEY });
    expect(FILES.has(MISSING_KEY)).toBe(false);
  });

  it('agrees with the shared rule wherever the rule finds the file', () => {
    const handler = loadHandler();
    for (const rule of URL_RULE_CASES) {
      const shared = resolveRequestPath(rule.path, (file: string) => FILES.has(file));
      if (shared.type === 'file')
        expect(handler({ request: { uri: encodeURI(rule.path) } })).toMatchObject({ uri: encodeURI(shared.file) });
    }
  });
});

describe('deploy/cloudfront-response-headers-policy.json', () => {
  it('is generated from lib/security-headers.ts and up to date (npm run deploy:generate)', () => {
    expect(read(RESPONSE_HEADERS_POLICY_FILE)).toBe(responseHeadersPolicy(SECURITY_HEADERS, CSP_HEADER_POLICY));
  });

  it('carries the CSP and every security header', () => {
    const policy = JSON.parse(read(RESPONSE_HEADERS_POLICY_FILE));
    expect(policy.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toBe(CSP_HEADER_POLICY);
    expect(policy.SecurityHeadersConfig.FrameOptions.FrameOption).toBe(SECURITY_HEADERS['X-Frame-Options']);
    expect(policy.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy).toBe(SECURITY_HEADERS['Referrer-Policy']);
    expect(policy.SecurityHeadersConfig.ContentTypeOptions.Override).toBe(true);
    expect(policy.CustomHeadersConfig.Items).toEqual([
      { Header: 'Permissions-Policy', Value: SECURITY_HEADERS['Permissions-Policy'], Override: true },
    ]);
  });
});

describe('deploy/nginx.conf', () => {
  const config = read('deploy/nginx.conf');

  it('sends exactly the security headers and CSP of lib/security-headers.ts, on every response', () => {
    const sent = Object.fromEntries(
      [...config.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(sent).toEqual({ ...SECURITY_HEADERS, 'Content-Security-Policy': CSP_HEADER_POLICY });
  });

  it('has one listen and one root line for the check (scripts/nginx-check.mjs) to substitute', () => {
    expect(config.match(/^\s*listen\s+[^;]+;$/gm)).toHaveLength(1);
    expect(config.match(/^\s*root\s+[^;]+;$/gm)).toHaveLength(1);
  });
});
