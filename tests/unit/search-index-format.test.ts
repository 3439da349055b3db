import { describe, expect, it } from 'vitest';
import { freshImport } from '../support/fresh-import';
import { INDEX_FORMAT, readRoot, readSection, readShard, shardOf, type Posting } from '@/lib/search/index-format';

// Each file is built inside its test: a file read by several tests would be built before any of them runs.
const validRoot = () => ({ format: INDEX_FORMAT, version: 'abc123', sections: 3, pageStarts: [0], terms: '0ebs', shards: [0] });
const validShard = () => ({ format: INDEX_FORMAT, postings: ['!', '#$'] });
const validSection = () => ({ format: INDEX_FORMAT, url: '/docs/ecs/', pageTitle: 'ECS', heading: 'Storage', texts: ['EBS volumes.'] });

const ROOT_ERROR = /^The search index root is not format 1\.$/;
const SHARD_ERROR = /^A search index shard is not format 1\.$/;
const SECTION_ERROR = /^A search index section is not format 1\.$/;

const posting = (section: number, textCount: number, inHeading = false): Posting => ({ section, textCount, inHeading });

describe('where the index files are served', () => {
  it('keeps the root apart from the versioned folder of shards and sections', async () => {
    const { FILES_FOLDER, ROOT_PATH, sectionPath, shardPath } = await freshImport(() => import('@/lib/search/index-format'));
    expect(ROOT_PATH).toBe('/api/search');
    expect(FILES_FOLDER).toBe('/search-index');
    expect(shardPath('v1', 3)).toBe('/search-index/v1/t3.json');
    expect(sectionPath('v1', 3)).toBe('/search-index/v1/s3.json');
  });
});

describe('the shard of a term', () => {
  it('is the last shard starting at or before it, the only one when there is one', () => {
    expect([0, 1, 2, 3].map((term) => shardOf([0, 2], term))).toEqual([0, 0, 1, 1]);
    expect(shardOf([0], 50)).toBe(0);
  });
});

describe('packed postings', () => {
  // The packed form is what deployed shards hold: changing it needs a new INDEX_FORMAT, and this fixture with it.
  it('keeps the published packing: one digit below 46 ends a number, digits from 46 up carry more', async () => {
    const { decodePostings, encodePostings, INDEX_FORMAT } = await freshImport(() => import('@/lib/search/index-format'));
    expect(INDEX_FORMAT).toBe(1);
    expect(encodePostings([posting(0, 0)])).toBe('!');
    expect(encodePostings([posting(0, 1, true)])).toBe('%');
    expect(encodePostings([posting(2, 7)])).toBe('P#');
    expect(decodePostings('!%')).toEqual([posting(0, 0), posting(0, 1, true)]);
    expect(decodePostings('P#')).toEqual([posting(2, 7)]);
  });

  it('never needs an escape inside a JSON string, for any digit', async () => {
    const { decodePostings, encodePostings } = await freshImport(() => import('@/lib/search/index-format'));
    const everyDigit = Array.from({ length: 46 * 46 }, (_, value) => posting(value, 0));
    const packed = encodePostings(everyDigit);
    expect(JSON.stringify(packed)).toBe(`"${packed}"`);
    expect(packed).not.toMatch(/["\\]/);
    expect(decodePostings(packed)).toEqual(everyDigit);
  });

  it('reads back numbers at the edges of one and two digits', async () => {
    const { decodePostings, encodePostings } = await freshImport(() => import('@/lib/search/index-format'));
    // Packed values 45, 46, 736 (16 × 46) and 2117 (46 × 46 + 1) sit where a number gains a digit.
    const postings = [posting(2, 6, true), posting(4, 7), posting(50, 0), posting(50 + 132, 2, true)];
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
  });

  it('refuses a shard holding characters outside its alphabet', async () => {
    const { decodePostings } = await freshImport(() => import('@/lib/search/index-format'));
    for (const packed of [' ', '!"', 'é', '\\']) {
      expect(() => decodePostings(packed)).toThrow('A search index shard holds a character outside its alphabet.');
    }
  });
});

describe('front-coded terms', () => {
  it('writes each term as the count of characters shared with the one before, then the rest', async () => {
    const { decodeTerms, encodeTerms } = await freshImport(() => import('@/lib/search/index-format'));
    expect(encodeTerms(['Stack', 'Stacks', 'Step'])).toBe('0Stack\n5s\n2ep');
    expect(decodeTerms('0Stack\n5s\n2ep')).toEqual(['Stack', 'Stacks', 'Step']);
  });

  it('shares at most sixty characters, so the count stays one printable character', async () => {
    const { decodeTerms, encodeTerms } = await freshImport(() => import('@/lib/search/index-format'));
    const long = 'x'.repeat(70);
    const encoded = encodeTerms([`${long}a`, `${long}b`]);
    expect(encoded.split('\n')[1]).toBe(`${String.fromCharCode(48 + 60)}${'x'.repeat(10)}b`);
    expect(decodeTerms(encoded)).toEqual([`${long}a`, `${long}b`]);
  });
});

describe('reading a fetched root', () => {
  it('accepts a root of this format as it is', () => {
    const root = validRoot();
    expect(readRoot(root)).toBe(root);
    expect(readRoot({ ...root, pageStarts: [], shards: [] })).toEqual({ ...root, pageStarts: [], shards: [] });
  });

  it.each([
    ['null', null],
    ['a string', 'root'],
    ['another format', { ...validRoot(), format: 2 }],
    ['a numeric version', { ...validRoot(), version: 7 }],
    ['sections as text', { ...validRoot(), sections: '3' }],
    ['page starts that are not a list', { ...validRoot(), pageStarts: '0' }],
    ['page starts holding text', { ...validRoot(), pageStarts: [0, '4'] }],
    ['terms as a list', { ...validRoot(), terms: ['ebs'] }],
    ['shards holding text', { ...validRoot(), shards: [0, '9'] }],
    ['shards missing', { ...validRoot(), shards: undefined }],
  ])('rejects %s with a clear error', async (_name, data) => {
    const { readRoot } = await freshImport(() => import('@/lib/search/index-format'));
    expect(() => readRoot(data)).toThrow(ROOT_ERROR);
  });
});

describe('reading a fetched shard', () => {
  it('accepts a shard of this format as it is', () => {
    const shard = validShard();
    expect(readShard(shard)).toBe(shard);
  });

  it.each([
    ['null', null],
    ['a number', 1],
    ['another format', { ...validShard(), format: 0 }],
    ['postings that are not a list', { format: INDEX_FORMAT, postings: '!' }],
    ['postings holding numbers', { format: INDEX_FORMAT, postings: ['!', 2] }],
  ])('rejects %s with a clear error', async (_name, data) => {
    const { readShard } = await freshImport(() => import('@/lib/search/index-format'));
    expect(() => readShard(data)).toThrow(SHARD_ERROR);
  });
});

describe('reading a fetched section', () => {
  it('accepts a section with or without a heading', () => {
    const section = validSection();
    expect(readSection(section)).toBe(section);
    expect(readSection({ ...section, heading: null })).toEqual({ ...section, heading: null });
    expect(readSection({ ...section, texts: [] })).toEqual({ ...section, texts: [] });
  });

  it.each([
    ['null', null],
    ['a string', 'section'],
    ['another format', { ...validSection(), format: 2 }],
    ['a missing url', { ...validSection(), url: undefined }],
    ['a numeric page title', { ...validSection(), pageTitle: 1 }],
    ['a numeric heading', { ...validSection(), heading: 3 }],
    ['texts that are not a list', { ...validSection(), texts: 'EBS' }],
    ['texts holding numbers', { ...validSection(), texts: ['EBS', 4] }],
  ])('rejects %s with a clear error', async (_name, data) => {
    const { readSection } = await freshImport(() => import('@/lib/search/index-format'));
    expect(() => readSection(data)).toThrow(SECTION_ERROR);
  });
});
