import { describe, expect, it } from 'vitest';
import { URL_RULE_CASES, URL_RULE_FILES, assumeExists, resolveRequestPath } from '../../scripts/url-mapping.mjs';

const FILES = new Set(URL_RULE_FILES);
const exists = (file: string) => FILES.has(file);

describe('the clean-URL rule (scripts/url-mapping.mjs)', () => {
  it.each(URL_RULE_CASES.map((rule) => [rule.path, rule.note, rule] as const))('%s: %s', (path, _note, rule) => {
    expect(resolveRequestPath(path, exists)).toEqual(rule.expect);
  });

  it('covers the documented cases', () => {
    const paths = URL_RULE_CASES.map((rule) => rule.path);
    for (const path of [
      '/',
      '/docs/',
      '/docs/ecs/task-networking',
      '/docs/ecs/task-networking/',
      '/api/search',
      '/sitemap.xml',
      '/_next/static/chunks/chunk.js',
      '/docs/no-such-page/',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths.some((path) => path.includes('..'))).toBe(true);
  });

  it('never lets ".." reach the file system, even when the file it names exists', () => {
    const everything = () => true;
    for (const path of ['/..', '/../etc/passwd', '/docs/../index.html', '/docs/..', '/a/../../b/']) {
      expect(resolveRequestPath(path, everything)).toEqual({ type: 'not-found', file: '/404.html' });
    }
  });

  it('does not redirect a missing file with an extension to a folder', () => {
    expect(resolveRequestPath('/docs/guide.pdf', (file) => file === '/docs/guide.pdf/index.html')).toEqual({
      type: 'not-found',
      file: '/404.html',
    });
  });

  it('lets a host that cannot see the files assume only files with an extension and the listed ones exist', () => {
    expect(assumeExists('/docs/x/index.html')).toBe(true);
    expect(assumeExists('/api/search')).toBe(true);
    expect(assumeExists('/docs/x')).toBe(false);
  });
});
