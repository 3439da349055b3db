import { describe, expect, it } from 'vitest';
import { buildSearchIndex, plainText, type IndexablePage } from '@/lib/search/build-index';
import {
  decodePostings,
  decodeTerms,
  encodePostings,
  encodeTerms,
  INDEX_FORMAT,
  MAX_TEXT_COUNT,
  readRoot,
  readSection,
  readShard,
  sectionPath,
  shardOf,
  type Posting,
  type SectionFile,
} from '@/lib/search/index-format';

const page: IndexablePage = {
  url: '/docs/ecs/storage/',
  title: 'ECS storage',
  description: 'Volumes for ECS tasks.',
  structuredData: {
    headings: [{ id: 'ebs', content: 'EBS on `Fargate`' }],
    contents: [
      { heading: undefined, content: 'Tasks can mount **volumes**.' },
      { heading: 'ebs', content: '| Volume | Fargate |\n| --- | --- |\n| EBS | yes |' },
      { heading: 'efs', content: 'EFS is shared.' },
    ],
  },
};

describe('the index files', () => {
  it('packs postings into a string and reads them back, gaps of any size included', () => {
    const postings: Posting[] = [
      posting(0, 1, true),
      posting(3, 0, true),
      posting(4, MAX_TEXT_COUNT),
      posting(5000, 2),
      posting(123_456, 1),
    ];
    const packed = encodePostings(postings);
    expect(JSON.parse(JSON.stringify(packed))).toBe(packed);
    expect(decodePostings(packed)).toEqual(postings);
    expect(decodePostings(encodePostings([posting(7, 99)]))).toEqual([posting(7, MAX_TEXT_COUNT)]);
  });

  it('refuses postings out of section order', () => {
    expect(() => encodePostings([posting(3, 1), posting(2, 1)])).toThrow(/ascend/);
    expect(() => encodePostings([posting(3, 1), posting(3, 1)])).toThrow(/ascend/);
  });

  it('front-codes the sorted terms and reads them back', () => {
    const terms = ['0.10', 'daemon', 'daemons', 'dämon', 'on-premises', 'über'];
    expect(decodeTerms(encodeTerms(terms))).toEqual(terms);
    expect(encodeTerms(terms).length).toBeLessThan(terms.join('\n').length);
    expect(decodeTerms('')).toEqual([]);
  });

  it('finds the shard of a term from the shards’ first terms', () => {
    expect([0, 4, 5, 9, 10, 99].map((term) => shardOf([0, 5, 10], term))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('rejects a file of another format instead of searching it', () => {
    expect(() => readRoot({ format: INDEX_FORMAT + 1 })).toThrow(/format/);
    expect(() => readRoot(null)).toThrow(/format/);
    expect(() => readShard({ format: INDEX_FORMAT, postings: [1, 2] })).toThrow(/format/);
    expect(() => readSection({ format: INDEX_FORMAT, url: '/docs/', pageTitle: 'x', heading: 3, texts: [] })).toThrow(/format/);
  });
});

describe('building the index', () => {
  // Built inside each test, so that building is part of what the test checks.
  it('makes one section for the page’s opening and one per heading, with readable text', () => {
    const { root, files } = buildSearchIndex([page]);
    const section = (id: number) => files.get(sectionPath(root.version, id)) as SectionFile;
    expect(root.sections).toBe(3);
    expect(root.pageStarts).toEqual([0]);
    expect(section(0)).toEqual({
      format: INDEX_FORMAT,
      url: '/docs/ecs/storage/',
      pageTitle: 'ECS storage',
      heading: null,
      texts: ['Volumes for ECS tasks.', 'Tasks can mount volumes.'],
    });
    expect(section(1)).toMatchObject({ url: '/docs/ecs/storage/#ebs', heading: 'EBS on Fargate', texts: ['Volume · Fargate · EBS · yes'] });
    expect(section(2)).toMatchObject({ url: '/docs/ecs/storage/#efs', texts: ['EFS is shared.'] });
  });

  it('indexes every term once, sorted, and splits the postings into shards of about the target size', () => {
    const { root } = buildSearchIndex([page]);
    const terms = decodeTerms(root.terms);
    expect(terms).toEqual([...new Set(terms)].sort());
    expect(terms).toEqual(expect.arrayContaining(['ebs', 'fargate', 'storage', 'volumes', 'efs']));
    expect(terms).not.toContain('on');
    const oneShard = buildSearchIndex([page]).root;
    const tiny = buildSearchIndex([page], { shardTargetCharacters: 1 }).root;
    expect(oneShard.shards).toEqual([0]);
    expect(tiny.shards).toEqual(terms.map((_, i) => i));
  });

  it('names its files after the content, so a changed guide gets new paths', () => {
    const { root } = buildSearchIndex([page]);
    expect(buildSearchIndex([page]).root.version).toBe(root.version);
    expect(buildSearchIndex([{ ...page, title: 'ECS volumes' }]).root.version).not.toBe(root.version);
  });

  it('turns Markdown leftovers into plain text', () => {
    expect(plainText('Use `awsvpc` with **care** and <Changed since="2024">new</Changed> _rules_')).toBe(
      'Use awsvpc with care and new rules',
    );
  });
});

function posting(section: number, textCount: number, inHeading = false): Posting {
  return { section, textCount, inHeading };
}
