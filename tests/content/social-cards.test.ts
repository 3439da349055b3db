import { describe, expect, it } from 'vitest';
import { source } from '@/lib/source';
import { ogImagePath, siteDescription, siteName } from '@/lib/site';

// next/og draws text with its bundled font and fetches fonts from the network for any glyph it lacks
// (emoji, symbols, other scripts). The build must stay offline, so card text keeps to printable Latin.
const DRAWABLE = /^[\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/;

describe('social cards', () => {
  const cards: (readonly [string, string, string])[] = [
    ['home', siteName, siteDescription],
    ...source.getPages().map((page) => [page.url, page.data.title, page.data.description] as const),
  ];
  it.each(cards)('%s has card text the bundled font can draw', (_url, title, description) => {
    expect(title).toMatch(DRAWABLE);
    expect(description).toMatch(DRAWABLE);
  });

  it('gives every page its own image path', () => {
    const paths = source.getPages().map((page) => ogImagePath(page.slugs));
    expect(new Set(paths).size).toBe(paths.length);
    expect(ogImagePath([])).toBe('/og/docs/index.png');
    expect(ogImagePath('home')).toBe('/og/home.png');
  });
});
