import { describe, expect, it } from 'vitest';
import { guidePages, pageUrl, source } from '@/lib/source';
import sitemap from '@/app/sitemap';
import { absoluteUrl } from '@/lib/site';
import { contentPagePaths, docsUrlOf, readingOrderUrls } from '../support/reading-order';

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
  it('is in the content loader: exactly the MDX files under content/docs', () => {
    expect(pages.map(pageUrl).sort()).toEqual(contentPagePaths().map(docsUrlOf).sort());
  });

  it('is in the sitemap, which holds the home page and the loader\'s pages and nothing else', () => {
    expect(sitemap().map((entry) => entry.url).sort()).toEqual([absoluteUrl('/'), ...pages.map((page) => absoluteUrl(pageUrl(page)))].sort());
  });

  it('reads in the order content/docs/meta.json gives (sidebar, neighbours, llms-full.txt)', () => {
    expect(guidePages().map(pageUrl)).toEqual(readingOrderUrls());
  });

  it.each(pages.map((page) => [page.url, page] as const))('%s has a description, review date and sources', (_url, page) => {
    expect(page.data.description.length).toBeGreaterThanOrEqual(20);
    expect(page.data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.data.sources.length).toBeGreaterThan(0);
    for (const source of page.data.sources) expect(source.url).toMatch(/^https:\/\//);
  });
});
