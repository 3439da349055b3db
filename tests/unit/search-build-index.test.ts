import { describe, expect, it } from 'vitest';
import { buildSearchIndex, plainText, type IndexablePage } from '@/lib/search/build-index';
import { decodeTerms, sectionPath, type SectionFile } from '@/lib/search/index-format';

const opening = (title: string, description?: string, contents: string[] = []): IndexablePage => ({
  url: `/docs/${title}/`,
  title,
  description,
  structuredData: { headings: [], contents: contents.map((content) => ({ heading: undefined, content })) },
});

function openingTexts(page: IndexablePage): string[] {
  const { root, files } = buildSearchIndex([page]);
  return (files.get(sectionPath(root.version, 0)) as SectionFile).texts;
}

describe('plain text from Markdown leftovers', () => {
  it('turns table rows into dotted lists and drops separator rows, with or without outer pipes or indent', () => {
    expect(plainText('| A | B |\n|---|---|\n| 1 | 2 |')).toBe('A · B · 1 · 2');
    const withoutOuterPipes = plainText('A | B\n--- | ---\n1 | 2');
    expect(withoutOuterPipes).not.toContain('-');
    expect(withoutOuterPipes).toMatch(/^A · B\b.*\b1 · 2$/);
    expect(plainText('  | A | B |\n  | --- | --- |')).toBe('A · B');
    expect(plainText('yes|no')).toBe('yes · no');
  });

  it('drops citation markers: a reader sees a number there, and source ids are not words of the guide', () => {
    expect(plainText('Fargate gives 20 GiB [@fargate-storage]. EBS too [@whats-new-ebs; @ebs-volumes], on Fargate')).toBe(
      'Fargate gives 20 GiB. EBS too, on Fargate',
    );
    expect(plainText('| EBS | One volume [@ebs-volumes] | Yes |')).toBe('EBS · One volume · Yes');
    expect(plainText('An address like [@not a marker] stays')).toBe('An address like [@not a marker] stays');
  });

  it('keeps dashes that are not a separator row', () => {
    expect(plainText('- one item')).toBe('- one item');
    expect(plainText('a---b')).toBe('a---b');
    expect(plainText('Use --- here')).toBe('Use --- here');
  });

  it('trims surrounding space', () => {
    expect(plainText('  Tasks  ')).toBe('Tasks');
  });
});

describe('section texts', () => {
  it('opens a page with its description unless the text already says it', () => {
    expect(openingTexts(opening('a', 'Volumes for tasks.', ['Tasks mount volumes.']))).toEqual([
      'Volumes for tasks.',
      'Tasks mount volumes.',
    ]);
    expect(openingTexts(opening('a', 'Volumes for tasks.', ['Volumes for tasks.', 'More.']))).toEqual(['Volumes for tasks.', 'More.']);
    expect(openingTexts(opening('a', undefined, ['Only text.']))).toEqual(['Only text.']);
  });

  it('drops texts that are empty once plain', () => {
    expect(openingTexts(opening('a', undefined, ['<Changed since="2024" />', 'Kept.']))).toEqual(['Kept.']);
  });
});

describe('the root', () => {
  it('records where each page’s sections start', () => {
    const twoSections: IndexablePage = {
      url: '/docs/b/',
      title: 'b',
      structuredData: { headings: [{ id: 'x', content: 'X' }], contents: [{ heading: 'x', content: 'Text.' }] },
    };
    const { root } = buildSearchIndex([twoSections, opening('c'), opening('d')]);
    expect(root.pageStarts).toEqual([0, 2, 3]);
    expect(root.sections).toBe(4);
  });

  it('sorts the terms whatever order the pages name them in', () => {
    const { root } = buildSearchIndex([opening('mike', 'zulu alpha xray delta kilo bravo')]);
    expect(decodeTerms(root.terms)).toEqual(['alpha', 'bravo', 'delta', 'kilo', 'mike', 'xray', 'zulu']);
  });

  it('starts a new shard only when the next term would pass the target size', () => {
    // Every term here sits in section 0 alone, so its postings pack into one character.
    const page = opening('alpha', 'bravo charlie delta echo');
    expect(buildSearchIndex([page], { shardTargetCharacters: 2 }).root.shards).toEqual([0, 2, 4]);
    expect(buildSearchIndex([page], { shardTargetCharacters: 3 }).root.shards).toEqual([0, 3]);
    expect(buildSearchIndex([page], { shardTargetCharacters: 1 }).root.shards).toEqual([0, 1, 2, 3, 4]);
  });
});
