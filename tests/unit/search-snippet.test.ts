import { describe, expect, it } from 'vitest';
import { highlightParts } from '@/lib/search/highlight';
import { SNIPPET_LEAD, SNIPPET_LENGTH, snippetFor } from '@/lib/search/snippet';

describe('choosing the snippet text', () => {
  it('shows nothing for a section without text', () => {
    expect(snippetFor([], ['fargate'])).toBe('');
  });

  it('picks the text holding the most query words, whatever their case', () => {
    expect(snippetFor(['Nothing here.', 'Tasks on Fargate.', 'EBS volumes.'], ['fargate'])).toBe('Tasks on Fargate.');
    expect(snippetFor(['Alpha only.', 'Beta and Gamma.'], ['beta', 'gamma'])).toBe('Beta and Gamma.');
    expect(snippetFor(['Fargate first.', 'Nothing here.'], ['fargate'])).toBe('Fargate first.');
  });

  it('keeps the first of equally good texts', () => {
    expect(snippetFor(['Fargate one.', 'Fargate two.'], ['fargate'])).toBe('Fargate one.');
    expect(snippetFor(['No match.', 'None either.'], ['fargate'])).toBe('No match.');
  });
});

describe('cutting a long text', () => {
  it(`shows a text of up to ${SNIPPET_LENGTH} characters whole`, () => {
    const fits = `Fargate ${'a'.repeat(SNIPPET_LENGTH - 8)}`;
    expect(fits).toHaveLength(SNIPPET_LENGTH);
    expect(snippetFor([fits], ['fargate'])).toBe(fits);
  });

  it('cuts a longer text after its first characters when the match is near the start', () => {
    const text = `Fargate ${'a'.repeat(SNIPPET_LENGTH - 8)}b and more`;
    expect(snippetFor([text], ['fargate'])).toBe(`Fargate ${'a'.repeat(SNIPPET_LENGTH - 8)}…`);
  });

  it(`starts ${SNIPPET_LEAD} characters before a later match, trimmed, with ellipses on both sides`, () => {
    const before = 'q'.repeat(SNIPPET_LEAD - 2);
    const after = 'r'.repeat(SNIPPET_LENGTH - SNIPPET_LEAD - 'Fargate '.length - 1);
    const text = `${'p'.repeat(200)} ${before} Fargate ${after} ${'s'.repeat(100)}`;
    expect(snippetFor([text], ['fargate'])).toBe(`…${before} Fargate ${after}…`);
  });

  it('cuts around the earliest query word found, ignoring words the text lacks', () => {
    const text = `${'x'.repeat(100)} ecs ${'y'.repeat(200)} fargate ${'z'.repeat(100)}`;
    const snippet = snippetFor([text], ['missing', 'fargate', 'ecs']);
    expect(snippet).toMatch(/^…x+ ecs y+…$/);
    expect(snippet).toContain(`${'x'.repeat(SNIPPET_LEAD - 1)} ecs`);
  });

  it('starts at the beginning when the first word found opens the text', () => {
    const text = `ecs ${'y'.repeat(300)} fargate`;
    expect(snippetFor([text], ['fargate', 'ecs'])).toMatch(/^ecs y+…$/);
  });

  it('starts at the beginning when no query word is in the text', () => {
    const text = `${'a'.repeat(150)} ${'b'.repeat(150)}`;
    expect(snippetFor([text], ['fargate'])).toBe(`${'a'.repeat(150)} ${'b'.repeat(SNIPPET_LENGTH - 151)}…`);
  });
});

describe('highlighting', () => {
  it('leaves the text as one plain part when no term is long enough, even an empty text', () => {
    expect(highlightParts('a task', ['a'])).toEqual([{ text: 'a task', match: false }]);
    expect(highlightParts('a task', [])).toEqual([{ text: 'a task', match: false }]);
    expect(highlightParts('', ['a'])).toEqual([{ text: '', match: false }]);
  });

  it('marks two-letter terms, whatever their case', () => {
    expect(highlightParts('EC2 and ECS', ['Ec'])).toEqual([
      { text: 'EC', match: true },
      { text: '2 and ', match: false },
      { text: 'EC', match: true },
      { text: 'S', match: false },
    ]);
  });

  it('ignores one-letter terms beside longer ones', () => {
    expect(highlightParts('a task', ['a', 'task'])).toEqual([
      { text: 'a ', match: false },
      { text: 'task', match: true },
    ]);
  });

  it('adds no empty part when the text ends or starts with a match', () => {
    expect(highlightParts('fargate', ['fargate'])).toEqual([{ text: 'fargate', match: true }]);
  });

  it('marks only word starts', () => {
    expect(highlightParts('preECS ecs', ['ecs'])).toEqual([
      { text: 'preECS ', match: false },
      { text: 'ecs', match: true },
    ]);
  });
});
