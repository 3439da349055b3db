import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';

/** The error a fixture page's compilation fails with, as plain text; null when it compiles. */
async function compileError(load: () => Promise<unknown>): Promise<string | null> {
  const error = await load().then(
    () => null,
    (reason: unknown) => reason,
  );
  if (error === null) return null;
  expect(error).toBeInstanceOf(Error);
  // The compiler colours its output when CI=true; compare the plain text.
  return stripVTControlCharacters((error as Error).message);
}

/** The "- field: message" lines of an invalid-frontmatter error. */
function frontmatterIssues(message: string): string[] {
  return [...message.matchAll(/^- (.+)$/gm)].map((match) => match[1]);
}

// One fixture per rule of the frontmatter schema, each valid in every other field; `valid.mdx` is the same page
// with nothing wrong, so each failure below is the rule's doing.
const RULES: [fixture: string, load: () => Promise<unknown>, issue: RegExp][] = [
  ['empty-title', () => import('../fixtures/frontmatter/empty-title.mdx?collection=docs'), /^title: title must not be empty$/],
  ['missing-title', () => import('../fixtures/frontmatter/missing-title.mdx?collection=docs'), /^title: /],
  ['short-description', () => import('../fixtures/frontmatter/short-description.mdx?collection=docs'), /^description: description must be at least 20 characters$/],
  ['bad-date', () => import('../fixtures/frontmatter/bad-date.mdx?collection=docs'), /^lastReviewed: lastReviewed must be an ISO date \(YYYY-MM-DD\)$/],
  ['long-navtitle', () => import('../fixtures/frontmatter/long-navtitle.mdx?collection=docs'), /^navTitle: navTitle must be at most 40 characters$/],
  ['empty-sources', () => import('../fixtures/frontmatter/empty-sources.mdx?collection=docs'), /^sources: sources must list at least one https URL$/],
  ['http-source', () => import('../fixtures/frontmatter/http-source.mdx?collection=docs'), /^sources\.0\.url: each source must be an https URL$/],
  ['bad-source-id', () => import('../fixtures/frontmatter/bad-source-id.mdx?collection=docs'), /^sources\.0\.id: each source id must be lowercase kebab-case$/],
  ['missing-source-title', () => import('../fixtures/frontmatter/missing-source-title.mdx?collection=docs'), /^sources\.0\.title: /],
  ['bad-checked-date', () => import('../fixtures/frontmatter/bad-checked-date.mdx?collection=docs'), /^sources\.0\.checked: checked must be an ISO date \(YYYY-MM-DD\)$/],
];

// The fixtures live outside content/; importing them with ?collection=docs runs the same
// fumadocs-mdx compiler and zod schema that `next build` runs.
describe('frontmatter contract', () => {
  it('accepts the fixture page the rule fixtures are made from', async () => {
    await expect(compileError(() => import('../fixtures/frontmatter/valid.mdx?collection=docs'))).resolves.toBeNull();
  });

  it.each(RULES)('rejects %s, naming the file and only that field', async (fixture, load, issue) => {
    const message = await compileError(load);
    expect(message, `${fixture}.mdx compiled`).not.toBeNull();
    expect(message).toContain(`invalid frontmatter in ${import.meta.dirname.replace(/content$/, 'fixtures')}/frontmatter/${fixture}.mdx`);
    const issues = frontmatterIssues(message ?? '');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(issue);
  });

  it('rejects a page with several bad fields, naming each', async () => {
    const message = await compileError(() => import('../fixtures/bad-frontmatter.mdx?collection=docs'));
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
