import { describe, expect, it } from 'vitest';
import { SEARCH_FIRST_RESULT_BUDGET, searchWeightVerdict } from '../../scripts/search-weight.mjs';

const measured = {
  query: 'awsvpc',
  bytes: 21_000,
  transfers: [
    { url: 'http://localhost/_next/static/chunks/dialog.js', gzip: 9_000 },
    { url: 'http://localhost/api/search', gzip: 6_000 },
    { url: 'http://localhost/search-index/v/t3.json', gzip: 6_000 },
  ],
};

describe('the search weight verdict', () => {
  it('passes a first search within the budget', () => {
    expect(SEARCH_FIRST_RESULT_BUDGET).toBeGreaterThan(0);
    expect(searchWeightVerdict(measured, 60_000).ok).toBe(true);
  });

  it('fails the same search under a lowered limit, listing what was downloaded, largest first', () => {
    const verdict = searchWeightVerdict(measured, 20_000);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain('21.0 KB');
    expect(verdict.message.indexOf('/_next/static/chunks/dialog.js')).toBeLessThan(verdict.message.indexOf('/api/search'));
  });

  it('fails a measurement that saw no requests at all (nothing was measured)', () => {
    expect(searchWeightVerdict({ query: 'awsvpc', bytes: 0, transfers: [] }, 60_000).ok).toBe(false);
  });
});
