import { describe, expect, it, vi } from 'vitest';
import { sectionPath, type SectionFile } from '@/lib/search/index-format';

// The real loader needs the MDX pipeline; the unit suite gives the index two pages shaped like the loader's.
const getPages = vi.hoisted(() =>
  vi.fn(() => [
    {
      url: '/docs/ecs/storage',
      data: {
        title: 'ECS storage',
        description: 'Volumes for ECS tasks.',
        structuredData: { headings: [{ id: 'ebs', content: 'EBS' }], contents: [{ heading: 'ebs', content: 'EBS on Fargate.' }] },
      },
    },
    { url: '/docs/', data: { title: 'Guide', description: undefined, structuredData: { headings: [], contents: [] } } },
  ]),
);
vi.mock('@/lib/source', () => ({ source: { getPages } }));

describe('the guide’s search index', () => {
  it('is built once from the loader’s pages, under their canonical URLs', async () => {
    const { siteSearchIndex } = await import('@/lib/search/site-index');
    const built = siteSearchIndex();
    expect(siteSearchIndex()).toBe(built);
    expect(getPages).toHaveBeenCalledTimes(1);
    const section = (id: number) => built.files.get(sectionPath(built.root.version, id)) as SectionFile;
    expect(built.root.pageStarts).toEqual([0, 2]);
    expect(section(0)).toMatchObject({ url: '/docs/ecs/storage/', pageTitle: 'ECS storage', texts: ['Volumes for ECS tasks.'] });
    expect(section(1)).toMatchObject({ url: '/docs/ecs/storage/#ebs', heading: 'EBS', texts: ['EBS on Fargate.'] });
    expect(section(2)).toMatchObject({ url: '/docs/', pageTitle: 'Guide', heading: null });
  });
});
