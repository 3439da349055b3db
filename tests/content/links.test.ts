import { describe, expect, it } from 'vitest';
import { formatLinkErrors, validateLinks } from '../support/links';
import { EXTRA_URLS, linkTargetPages } from '../support/content-pages';

describe('internal links in the content', () => {
  it('all resolve to a page and, where given, an anchor on it', async () => {
    const errors = await validateLinks(linkTargetPages(), EXTRA_URLS);
    expect(formatLinkErrors(errors)).toBe('');
  });
});
