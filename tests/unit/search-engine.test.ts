import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexablePage } from '@/lib/search/build-index';
import { SearchEngine, type SearchHit } from '@/lib/search/engine';
import { decodeTerms } from '@/lib/search/index-format';
import { openEngine } from '../support/search-engine';

/** A page of one section per text: the opening holds nothing, heading ids are s1, s2, … */
function pageOf(name: string, texts: string[]): IndexablePage {
  return {
    url: `/docs/${name}/`,
    title: name,
    structuredData: {
      headings: texts.map((_, i) => ({ id: `s${i + 1}`, content: `Part ${i + 1}` })),
      contents: texts.map((content, i) => ({ heading: `s${i + 1}`, content })),
    },
  };
}

type Files = ReturnType<typeof buildSearchIndex>['files'];

async function urls(engine: SearchEngine, query: string) {
  return Promise.all((await engine.search(query)).map(async (hit) => (await engine.result(hit)).url));
}

const isShard = (path: string) => /\/t\d+\.json$/.test(path);
const isSection = (path: string) => /\/s\d+\.json$/.test(path);
const shardFiles = (files: Files) => [...files.keys()].filter(isShard);

describe('the engine’s vocabulary', () => {
  it('lists every indexed term, sorted', async () => {
    const { engine, root } = await openEngine([pageOf('a', ['Fargate tasks', 'EBS volumes'])]);
    expect(engine.terms).toEqual(decodeTerms(root.terms));
    expect(engine.terms).toEqual(expect.arrayContaining(['fargate', 'tasks', 'ebs', 'volumes']));
  });
});

describe('fetching once', () => {
  it('fetches a shard once for every query whose terms it holds', async () => {
    const { engine, fetched, files } = await openEngine([pageOf('a', ['Fargate tasks', 'EBS volumes'])]);
    expect(shardFiles(files)).toHaveLength(1);
    expect(await urls(engine, 'fargate')).toEqual(['/docs/a/#s1']);
    expect(await urls(engine, 'volumes')).toEqual(['/docs/a/#s2']);
    expect(fetched.filter(isShard)).toHaveLength(1);
  });

  it('fetches a section once, however often it is shown', async () => {
    const { engine, fetched } = await openEngine([pageOf('a', ['Fargate tasks'])]);
    const [hit] = await engine.search('fargate');
    await engine.result(hit);
    await engine.result(hit);
    expect(fetched.filter(isSection)).toHaveLength(1);
  });

  it('fetches a section again after a failed attempt', async () => {
    let failing = true;
    const { engine } = await openEngine([pageOf('a', ['Fargate tasks'])], {}, (path, file) => {
      if (isSection(path) && failing) throw new Error('offline');
      return file;
    });
    const [hit] = await engine.search('fargate');
    await expect(engine.result(hit)).rejects.toThrow('offline');
    failing = false;
    expect(await engine.result(hit)).toMatchObject({ url: '/docs/a/#s1', heading: 'Part 1', snippet: 'Fargate tasks' });
  });
});

describe('damaged or partial postings', () => {
  it('counts a term missing from a short shard as absent, without failing', async () => {
    const { engine } = await openEngine([pageOf('a', ['Fargate tasks'])], {}, (path, file) =>
      isShard(path) ? { ...(file as object), postings: [] } : file,
    );
    await expect(engine.search('fargate')).resolves.toEqual([]);
  });

  it('answers with real sections when a query needs more shards than it may fetch', async () => {
    const words = Array.from({ length: 12 }, (_, i) => `word${String.fromCharCode(97 + i)}`);
    const { engine, root } = await openEngine([pageOf('a', words)], { shardTargetCharacters: 1 });
    const hits = await engine.search(words.join(' '));
    for (const hit of hits) {
      expect(Number.isInteger(hit.section)).toBe(true);
      expect(hit.section).toBeLessThan(root.sections);
    }
  });
});

describe('the words a query searches', () => {
  it('drops stop words from the words searched and highlighted', async () => {
    const { engine } = await openEngine([pageOf('a', ['Fargate tasks'])]);
    const [hit] = await engine.search('the fargate');
    expect(hit.terms).toEqual(['fargate']);
    expect(hit.words).toEqual(['fargate']);
  });

  it('highlights the typed words and the expansions’ words of four letters or more', async () => {
    const { engine } = await openEngine([pageOf('a', ['CloudWatch logs', 'IAM roles for service accounts'])]);
    const [hit] = await engine.search('cwl');
    expect(hit.terms).toEqual(['cwl', 'cloudwatch', 'logs']);
    const [irsa] = await engine.search('irsa');
    expect(irsa.terms).toEqual(['irsa', 'roles', 'service', 'accounts']);
  });

  it('matches near misses of the typed words', async () => {
    const { engine } = await openEngine([pageOf('a', ['daemon', 'daemin'])]);
    expect(await urls(engine, 'daemon')).toEqual(['/docs/a/#s1', '/docs/a/#s2']);
  });

  it('matches the words of expansions and corrections exactly, not their near misses', async () => {
    const { engine } = await openEngine([pageOf('a', ['rules service', 'iam roles for service accounts', 'daemin', 'daemon'])]);
    expect(await urls(engine, 'IRSA')).toEqual(['/docs/a/#s2']);
    expect(await urls(engine, 'dameon')).toEqual(['/docs/a/#s4']);
  });

  it('ranks the word as typed above an equally strong expansion', async () => {
    // The expansion's section comes first in the guide, so only the typed word's weight can put its own first.
    const { engine } = await openEngine([pageOf('a', ['kubernetes', 'k8s'])]);
    expect(await urls(engine, 'k8s')).toEqual(['/docs/a/#s2', '/docs/a/#s1']);
  });
});

describe('correcting a misspelt query', () => {
  it('corrects to the word the guide uses most among equally close ones, and chooses the snippet by it', async () => {
    const { engine } = await openEngine([pageOf('a', ['alphaxx', 'alphayy one', 'alphayy two', 'alphayy three'])]);
    const hits = await engine.search('alphazz');
    expect(await Promise.all(hits.map(async (hit) => (await engine.result(hit)).url))).toEqual([
      '/docs/a/#s2',
      '/docs/a/#s3',
      '/docs/a/#s4',
    ]);
    expect(hits.map((hit: SearchHit) => hit.words)).toEqual([['alphayy'], ['alphayy'], ['alphayy']]);
  });

  it('takes the first in the guide’s order among equally close and equally common words', async () => {
    const { engine } = await openEngine([pageOf('a', ['betayy', 'betaxx'])]);
    expect(await urls(engine, 'betazz')).toEqual(['/docs/a/#s2']);
  });

  it('fetches the typed words first, then corrections, and near misses only with shards to spare', async () => {
    // Each term has a shard of its own. "abcde" has ten near misses; the correction of "xyzzyq" ("xyzzyw") starts ten longer words.
    const nearMisses = 'fghijklmno'.split('').map((letter) => `abcd${letter}`);
    const longer = 'abcdefghij'.split('').map((letter) => `xyzzyw${letter}`);
    const { engine } = await openEngine([pageOf('a', ['abcde', 'xyzzyw', nearMisses.join(' '), longer.join(' ')])], {
      shardTargetCharacters: 1,
    });
    const found = await urls(engine, 'abcde xyzzyq');
    expect(found).toContain('/docs/a/#s1');
    expect(found).toContain('/docs/a/#s2');
  });
});
