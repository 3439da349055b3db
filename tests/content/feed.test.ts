import { describe, expect, it } from 'vitest';
import { source } from '@/lib/source';
import { parseTimeline } from '@/lib/feed';

describe('the "What changed" timeline as a feed', () => {
  it('reads one entry for every dated heading on the page, with a summary', async () => {
    const page = source.getPage(['what-changed']);
    expect(page).toBeDefined();
    const mdx = await page!.data.getText('raw');
    const headings = [...mdx.matchAll(/^### ([A-Z][a-z]+ \d{4}): .*\[#([a-z0-9-]+)]$/gm)].map((match) => match[2]);
    const entries = parseTimeline(mdx);
    expect(headings.length).toBeGreaterThan(10);
    expect(entries.map((entry) => entry.id)).toEqual(headings);
    for (const entry of entries) {
      expect(entry.summary.length).toBeGreaterThan(20);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-01$/);
    }
    // Newest first, as the page lists them.
    expect([...entries.map((entry) => entry.date)].sort().reverse()).toEqual(entries.map((entry) => entry.date));
  });
});
