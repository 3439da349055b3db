import { describe, expect, it } from 'vitest';
import { source } from '@/lib/source';

const pages = source.getPages();

describe('every docs page', () => {
  it('exists in the loader', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.url, page] as const))('%s has a description, review date and sources', (_url, page) => {
    expect(page.data.description.length).toBeGreaterThanOrEqual(20);
    expect(page.data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.data.sources.length).toBeGreaterThan(0);
    for (const url of page.data.sources) expect(url).toMatch(/^https:\/\//);
  });
});
