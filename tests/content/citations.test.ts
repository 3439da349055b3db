import { describe, expect, it } from 'vitest';
import { coverage, mdxFiles, reportPage } from '@/scripts/uncited-claims';

/** The share of claim blocks (paragraphs, list items, table rows stating a checkable fact) that must carry a citation. */
const GUIDE_COVERAGE = 0.95;
/** No single page may fall far behind the guide as a whole. */
const PAGE_COVERAGE = 0.9;

const reports = mdxFiles('content/docs').map(reportPage);

describe('citations across the guide', () => {
  it('every page lists its sources once, cites only what it lists, and cites everything it lists', () => {
    expect(reports.flatMap((report) => report.problems.map((problem) => `${report.file}: ${problem}`))).toEqual([]);
  });

  it(`at least ${GUIDE_COVERAGE * 100}% of the guide's claim blocks carry a citation`, () => {
    const blocks = reports.flatMap((report) => report.blocks);
    expect(blocks.length).toBeGreaterThan(300);
    const uncited = blocks.filter((block) => !block.cited).length;
    expect(coverage(blocks), `${uncited} of ${blocks.length} claim blocks uncited (npm run citations lists them)`).toBeGreaterThanOrEqual(GUIDE_COVERAGE);
  });

  it(`no page cites fewer than ${PAGE_COVERAGE * 100}% of its claim blocks`, () => {
    const behind = reports
      .filter((report) => coverage(report.blocks) < PAGE_COVERAGE)
      .map((report) => `${report.file}: ${(coverage(report.blocks) * 100).toFixed(0)}%`);
    expect(behind).toEqual([]);
  });
});
