import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';

// The fixtures live outside content/; importing them with ?collection=docs runs the same
// fumadocs-mdx compiler and zod schema (source.config.ts) that `next build` runs.
describe('frontmatter contract', () => {
  it('rejects a malformed page, naming the file and each bad field', async () => {
    const error = await import('../fixtures/bad-frontmatter.mdx?collection=docs').then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    // The compiler colours its output when CI=true; compare the plain text.
    const message = stripVTControlCharacters((error as Error).message);
    expect(message).toContain('bad-frontmatter.mdx');
    expect(message).toMatch(/lastReviewed: .*ISO date/);
    expect(message).toMatch(/sources: .*at least one https URL/);
  });

  it('rejects an exam callout without a stable id, naming the file and line', async () => {
    const error = await import('../fixtures/missing-callout-id.mdx?collection=docs').then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(stripVTControlCharacters((error as Error).message)).toMatch(/missing-callout-id\.mdx:\d+: <ExamTip> needs an "id"/);
  });

  it('rejects a citation of a source the page does not list, naming the file, line and id', async () => {
    const error = await import('../fixtures/citation-unknown-source.mdx?collection=docs').then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(stripVTControlCharacters((error as Error).message)).toMatch(/citation-unknown-source\.mdx:14: cites unknown source "fargate-pricing"/);
  });

  it('rejects a listed source that nothing on the page cites', async () => {
    const error = await import('../fixtures/citation-unused-source.mdx?collection=docs').then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(stripVTControlCharacters((error as Error).message)).toMatch(/citation-unused-source\.mdx.*source "fargate-pricing".*nothing on the page cites it/);
  });
});
