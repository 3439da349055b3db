import { describe, expect, it } from 'vitest';
import { formatLinkErrors, validateLinks } from '@/lib/links/validate';
import { EXTRA_URLS, linkTargetPages } from '@/lib/content-pages';

describe('internal links in the content', () => {
  it('all resolve to a page and, where given, an anchor on it', () => {
    const errors = validateLinks(linkTargetPages(), EXTRA_URLS);
    expect(formatLinkErrors(errors)).toBe('');
  });
});
