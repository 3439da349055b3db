import { beforeAll, describe, expect, it } from 'vitest';
import { initAdvancedSearch } from 'fumadocs-core/search/server';
import { engineFromExport } from '@/lib/search/load';
import { expandQuery, queryWords } from '@/lib/search/query';
import { highlightParts } from '@/lib/search/highlight';
import type { SearchEngine } from '@/lib/search/engine';

// A small guide, indexed by Fumadocs' own static search server exactly as the build does.
const PAGES = [
  {
    id: '/docs/ecs/task-networking',
    url: '/docs/ecs/task-networking',
    title: 'ECS task networking',
    description: 'Network modes for ECS tasks.',
    structuredData: {
      headings: [
        { id: 'awsvpc-mode', content: 'awsvpc mode' },
        { id: 'bridge-mode', content: 'Bridge mode and dynamic port mapping' },
      ],
      contents: [
        { heading: 'awsvpc-mode', content: 'Each task gets its own elastic network interface (ENI) and security groups.' },
        { heading: 'bridge-mode', content: 'Containers share the host through Docker bridge networking; a host port of 0 picks a free port.' },
      ],
    },
  },
  {
    id: '/docs/eks/identity-access',
    url: '/docs/eks/identity-access',
    title: 'EKS identity and access',
    description: 'Who can call the cluster and how pods get AWS permissions.',
    structuredData: {
      headings: [
        { id: 'irsa', content: 'IAM roles for service accounts' },
        { id: 'pod-identity', content: 'EKS Pod Identity' },
      ],
      contents: [
        { heading: 'irsa', content: 'An IAM role is tied to a Kubernetes service account through the cluster OIDC provider.' },
        { heading: 'pod-identity', content: 'Pod Identity does the same job without OIDC; IAM roles for service accounts remain for Fargate.' },
      ],
    },
  },
  {
    id: '/docs/compute-options',
    url: '/docs/compute-options',
    title: 'Fargate vs EC2',
    description: 'Where ECS tasks run.',
    structuredData: {
      headings: [
        { id: 'fargate', content: 'Fargate' },
        { id: 'daemon-tasks', content: 'Daemon tasks' },
      ],
      contents: [
        { heading: 'fargate', content: 'Fargate runs each task in its own isolated environment with no servers to manage.' },
        { heading: 'daemon-tasks', content: 'The daemon strategy is not available on Fargate, unlike awsvpc networking which Fargate always uses.' },
      ],
    },
  },
];

let engine: SearchEngine;

beforeAll(async () => {
  const server = initAdvancedSearch({ indexes: PAGES, language: 'english' });
  engine = engineFromExport(JSON.parse(JSON.stringify(await server.export())));
});

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
});

describe('search engine', () => {
  it('returns sections, not just pages, with page title, heading and an anchored URL', () => {
    const [first] = engine.search('awsvpc');
    expect(first).toMatchObject({ url: '/docs/ecs/task-networking/#awsvpc-mode', pageTitle: 'ECS task networking', heading: 'awsvpc mode' });
    expect(first.snippet).toContain('ENI');
  });

  it('ranks an exact heading match above passing mentions', () => {
    const urls = engine.search('awsvpc').map((result) => result.url);
    expect(urls.indexOf('/docs/ecs/task-networking/#awsvpc-mode')).toBeLessThan(urls.indexOf('/docs/compute-options/#daemon-tasks'));
  });

  it('matches a heading whether the reader types singular or plural', () => {
    expect(engine.search('daemon task')[0].url).toBe('/docs/compute-options/#daemon-tasks');
  });

  it('understands acronyms both ways', () => {
    expect(engine.search('IRSA')[0].url).toBe('/docs/eks/identity-access/#irsa');
    expect(engine.search('ENI')[0].url).toBe('/docs/ecs/task-networking/#awsvpc-mode');
  });

  it('forgives small typos', () => {
    expect(engine.search('fargat')[0].url).toMatch(/\/docs\/compute-options\//);
    expect(engine.search('dameon')[0].url).toBe('/docs/compute-options/#daemon-tasks');
  });

  it('finds words that appear only in body text, and reports no results for unknown words', () => {
    expect(engine.search('OIDC provider')[0].url).toBe('/docs/eks/identity-access/#irsa');
    expect(engine.search('zzqxv')).toEqual([]);
  });

  it.each([
    ['regex characters', '(.*)+[a-z]{2,}\\'],
    ['a 10,000-character string', 'fargate '.repeat(1250)],
    ['emoji', '🚀🐳 fargate 🐳'],
    ['right-to-left text', 'مرحبا بالعالم fargate'],
    ['only spaces', '          '],
    ['control characters', '\u0000\u0007\u001b[31m'],
  ])('never throws on %s', (_name, input) => {
    expect(() => engine.search(input)).not.toThrow();
    expect(Array.isArray(engine.search(input))).toBe(true);
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
