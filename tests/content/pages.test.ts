import { describe, expect, it } from 'vitest';
import { pageUrl, source } from '@/lib/source';

const pages = source.getPages();

// The fourteen topics of the original notes, each its own page (issue: content).
const TOPIC_PAGES = [
  '/docs/', // overview: ECS vs EKS at a glance
  '/docs/core-concepts/',
  '/docs/compute-options/',
  '/docs/ecs/how-ecs-works/',
  '/docs/ecs/task-networking/',
  '/docs/eks/how-eks-works/',
  '/docs/eks/compute/',
  '/docs/choosing/',
  '/docs/integrations/',
  '/docs/use-cases/',
  '/docs/exam-tips/',
  '/docs/cross-cloud/',
  '/docs/pricing/',
  '/docs/what-changed/',
];

describe('the guide', () => {
  it('has a page for each of the fourteen seed topics', () => {
    const urls = new Set(pages.map(pageUrl));
    expect(TOPIC_PAGES.filter((url) => !urls.has(url))).toEqual([]);
  });
});

describe('every docs page', () => {
  it('exists in the loader', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.url, page] as const))('%s has a description, review date and sources', (_url, page) => {
    expect(page.data.description.length).toBeGreaterThanOrEqual(20);
    expect(page.data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.data.sources.length).toBeGreaterThan(0);
    for (const source of page.data.sources) expect(source.url).toMatch(/^https:\/\//);
  });
});
