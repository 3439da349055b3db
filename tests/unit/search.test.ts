import { describe, expect, it } from 'vitest';
import type { IndexablePage } from '@/lib/search/build-index';
import { MAX_SHARDS_PER_QUERY } from '@/lib/search/engine';
import { expandQuery } from '@/lib/search/vocabulary';
import { highlightParts } from '@/lib/search/highlight';
import { indexTerms, queryWords } from '@/lib/search/tokenize';
import { ROOT_PATH } from '@/lib/search/index-format';
import { openEngine } from '../support/search-engine';

// A small guide, shaped like the structured data the MDX pipeline gives every page.
const PAGES: IndexablePage[] = [
  {
    url: '/docs/ecs/task-networking/',
    title: 'ECS task networking',
    description: 'Network modes for ECS tasks.',
    structuredData: {
      headings: [
        { id: 'awsvpc-mode', content: 'awsvpc mode' },
        { id: 'bridge-mode', content: 'Bridge mode and dynamic port mapping' },
      ],
      contents: [
        { heading: 'awsvpc-mode', content: 'Each task gets its own elastic network interface (ENI) and security groups.' },
        {
          heading: 'bridge-mode',
          content: 'Containers share the host through Docker bridge networking; a host port of 0 picks a free port.',
        },
      ],
    },
  },
  {
    url: '/docs/eks/identity-access/',
    title: 'EKS identity and access',
    description: 'Who can call the cluster and how pods get AWS permissions.',
    structuredData: {
      headings: [
        { id: 'irsa', content: 'IAM roles for service accounts' },
        { id: 'pod-identity', content: 'EKS Pod Identity' },
      ],
      contents: [
        { heading: 'irsa', content: 'An IAM role is tied to a Kubernetes service account through the cluster OIDC provider.' },
        {
          heading: 'pod-identity',
          content: 'Pod Identity does the same job without OIDC; IAM roles for service accounts remain for Fargate.',
        },
      ],
    },
  },
  {
    url: '/docs/compute-options/',
    title: 'Fargate vs EC2',
    description: 'Where ECS tasks run.',
    structuredData: {
      headings: [
        { id: 'fargate', content: 'Fargate' },
        { id: 'daemon-tasks', content: 'Daemon tasks' },
      ],
      contents: [
        { heading: 'fargate', content: 'Fargate runs each task in its own isolated environment with no servers to manage.' },
        {
          heading: 'daemon-tasks',
          content: 'The daemon strategy is not available on Fargate, unlike awsvpc networking which Fargate always uses.',
        },
      ],
    },
  },
];

/** An engine over an index of PAGES (see the shared helper). */
const openPagesEngine = (options: Parameters<typeof openEngine>[1] = {}) => openEngine(PAGES, options);

// A fresh engine per query: building it inside the test is part of what the test checks.
async function search(query: string) {
  const { engine } = await openPagesEngine();
  return Promise.all((await engine.search(query)).map((hit) => engine.result(hit)));
}
const firstUrl = async (query: string) => (await search(query))[0]?.url;

describe('query vocabulary', () => {
  it('expands acronyms to their words and back', () => {
    expect(expandQuery('IRSA').map((words) => words.join(' '))).toContain('iam roles for service accounts');
    expect(expandQuery('IAM roles for service accounts').map((words) => words.join(' '))).toContain('irsa');
    expect(expandQuery('k8s upgrade').map((words) => words.join(' '))).toContain('kubernetes upgrade');
  });

  it('reads only words, so regex characters and symbols cannot reach the engine', () => {
    expect(queryWords('(.*)+[awsvpc]?')).toEqual(['awsvpc']);
    expect(queryWords('   ')).toEqual([]);
  });

  it('indexes joined words whole and in parts, without stop words', () => {
    expect(indexTerms('On-premises or the cloud')).toEqual(['on-premises', 'premises', 'cloud']);
  });
});

describe('search engine', () => {
  it('returns sections, not just pages, with page title, heading, an anchored URL and a snippet', async () => {
    const [first] = await search('awsvpc');
    expect(first).toMatchObject({
      url: '/docs/ecs/task-networking/#awsvpc-mode',
      pageTitle: 'ECS task networking',
      heading: 'awsvpc mode',
    });
    expect(first.snippet).toContain('ENI');
  });

  it('ranks an exact heading match above passing mentions', async () => {
    const urls = (await search('awsvpc')).map((result) => result.url);
    expect(urls).toContain('/docs/compute-options/#daemon-tasks');
    expect(urls.indexOf('/docs/ecs/task-networking/#awsvpc-mode')).toBeLessThan(urls.indexOf('/docs/compute-options/#daemon-tasks'));
  });

  it('links a page title match to the page itself, without a heading', async () => {
    const [first] = await search('identity access');
    expect(first).toMatchObject({ url: '/docs/eks/identity-access/', heading: null, pageTitle: 'EKS identity and access' });
  });

  it('matches a heading whether the reader types singular or plural', async () => {
    expect(await firstUrl('daemon task')).toBe('/docs/compute-options/#daemon-tasks');
  });

  it('understands acronyms both ways', async () => {
    expect(await firstUrl('IRSA')).toBe('/docs/eks/identity-access/#irsa');
    expect(await firstUrl('ENI')).toBe('/docs/ecs/task-networking/#awsvpc-mode');
  });

  it('forgives small typos, correcting to the index’s own words', async () => {
    expect(await firstUrl('fargat')).toMatch(/^\/docs\/compute-options\//);
    expect(await firstUrl('dameon')).toBe('/docs/compute-options/#daemon-tasks');
    expect(await firstUrl('brigde')).toBe('/docs/ecs/task-networking/#bridge-mode');
  });

  it('finds words that appear only in body text, and reports no results for unknown words', async () => {
    expect(await firstUrl('OIDC provider')).toBe('/docs/eks/identity-access/#irsa');
    expect(await search('zzqxv')).toEqual([]);
  });

  it('leaves out sections that hold less than half of the query', async () => {
    // Only the awsvpc heading section holds all three words; the others hold one of them.
    const urls = (await search('awsvpc elastic interface')).map((result) => result.url);
    expect(urls[0]).toBe('/docs/ecs/task-networking/#awsvpc-mode');
    expect(urls).not.toContain('/docs/compute-options/#daemon-tasks');
  });

  it('highlights what was typed and the longer words of expansions', async () => {
    const [first] = await search('IRSA');
    expect(first.terms).toEqual(expect.arrayContaining(['irsa', 'roles', 'service', 'accounts']));
    expect(first.terms).not.toContain('for');
  });

  it.each([
    ['regex characters', '(.*)+[a-z]{2,}\\'],
    ['a 10,000-character string', 'fargate '.repeat(1250)],
    ['emoji', '🚀🐳 fargate 🐳'],
    ['right-to-left text', 'مرحبا بالعالم fargate'],
    ['only spaces', '          '],
    ['only stop words', 'the and of'],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['prototype names', '__proto__ constructor hasOwnProperty'],
  ])('never throws on %s', async (_name, input) => {
    await expect(search(input)).resolves.toBeInstanceOf(Array);
  });
});

describe('loading by need', () => {
  it('fetches the root first, then only the shards of the query’s terms and the sections of the results shown', async () => {
    // One term per shard, so every shard fetched is one the query needed.
    const { engine: sharded, fetched, files } = await openPagesEngine({ shardTargetCharacters: 1 });
    expect(fetched).toEqual([ROOT_PATH]);
    const hits = await sharded.search('awsvpc');
    const shards = fetched.filter((path) => /\/t\d+\.json$/.test(path));
    const allShards = [...files.keys()].filter((path) => /\/t\d+\.json$/.test(path));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(allShards.length / 4);
    expect(fetched.filter((path) => /\/s\d+\.json$/.test(path))).toEqual([]);
    await sharded.result(hits[0]);
    expect(fetched.filter((path) => /\/s\d+\.json$/.test(path))).toHaveLength(1);
    // The same query again is answered from what is loaded.
    const before = fetched.length;
    await sharded.search('awsvpc');
    expect(fetched.length).toBe(before);
  });

  it(`fetches at most ${MAX_SHARDS_PER_QUERY} new shards for one query, however long`, async () => {
    const { engine: sharded, fetched } = await openPagesEngine({ shardTargetCharacters: 1 });
    await sharded.search('awsvpc bridge daemon fargate identity oidc kubernetes docker host port security pods');
    expect(fetched.filter((path) => /\/t\d+\.json$/.test(path))).toHaveLength(MAX_SHARDS_PER_QUERY);
  });

  it('fails clearly when a file cannot be fetched, and fetches it again next time', async () => {
    let failing = true;
    const { engine: flaky } = await openEngine(PAGES, {}, (path, file) => {
      if (path !== ROOT_PATH && failing) throw new Error('offline');
      return file;
    });
    await expect(flaky.search('awsvpc')).rejects.toThrow('offline');
    failing = false;
    expect((await flaky.search('awsvpc')).length).toBeGreaterThan(0);
  });
});

describe('highlighting', () => {
  it('marks matching word starts without building a regex from input', () => {
    expect(highlightParts('Fargate tasks on fargate', ['fargat'])).toEqual([
      { text: 'Fargat', match: true },
      { text: 'e tasks on ', match: false },
      { text: 'fargat', match: true },
      { text: 'e', match: false },
    ]);
    expect(highlightParts('a.*b', ['.*'])).toEqual([{ text: 'a.*b', match: false }]);
  });
});
