import { describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { asMarkdown } from 'fumadocs-core/server';

// A small guide instead of the compiled content: a meta.json with separators, a folder with its own meta.json, a long
// title with a short sidebar label, and a page meta.json forgets. The page model is built from it by fumadocs' loader.
const guide = vi.hoisted(() => ({ withOrphan: true }));

vi.mock('collections/server', async () => {
  const { asMarkdown } = await import('fumadocs-core/server');
  // A compiled page's Markdown form opts in to Markdown rendering, as the MDX compiler's does.
  const markdownBody = (title: string) => () => (asMarkdown() ? `Body of ${title}.` : null);
  const page = (path: string, title: string, extra: Record<string, unknown> = {}) => ({
    type: 'page',
    path,
    data: {
      title,
      description: `${title}, in one sentence for the index.`,
      lastReviewed: '2026-11-01',
      sources: [{ id: 'guide', title: 'A guide', url: 'https://docs.aws.amazon.com/', checked: '2026-11-01' }],
      toc: [],
      body: () => null,
      _exports: { _markdown: markdownBody(title), sourceOrder: [] },
      ...extra,
    },
  });
  const files = [
    {
      type: 'meta',
      path: 'meta.json',
      data: { title: 'Guide', pages: ['index', 'basics', '---Amazon ECS---', 'ecs/tasks', 'ecs/long', '---Practice---', 'drill'] },
    },
    { type: 'meta', path: 'drill/meta.json', data: { title: 'Drills', pages: ['index', 'one'] } },
    page('index.mdx', 'Welcome'),
    page('basics.mdx', 'Basics'),
    page('ecs/tasks.mdx', 'Tasks'),
    page('ecs/long.mdx', 'A title far too long for the sidebar', { navTitle: 'Short label' }),
    page('drill/index.mdx', 'Drill overview'),
    page('drill/one.mdx', 'Drill one'),
    page('orphan.mdx', 'Forgotten page'),
  ];
  return { docs: { toFumadocsSource: () => ({ files: guide.withOrphan ? files : files.filter((file) => file.path !== 'orphan.mdx') }) } };
});

const { guidePages, navSections, pageByMarkdownPath, pageContext, pageUrl, source } = await import('@/lib/source');
const { llmsIndex, llmsFull, pageMarkdown } = await import('@/lib/llms');

const byTitle = (title: string) => {
  const found = source.getPages().find((page) => page.data.title === title);
  if (!found) throw new Error(`no page ${title}`);
  return found;
};

describe('the page model', () => {
  it('groups the sidebar by meta.json separators and folders, labelled with the short navTitle where a page has one', () => {
    expect(navSections().map((section) => [section.title, section.links.map((link) => `${link.label} ${link.url}`)])).toEqual([
      [null, ['Welcome /docs/', 'Basics /docs/basics/']],
      ['Amazon ECS', ['Tasks /docs/ecs/tasks/', 'Short label /docs/ecs/long/']],
      ['Drills', ['Drill overview /docs/drill/', 'Drill one /docs/drill/one/']],
    ]);
  });

  it('keeps every page in reading order, a page missing from meta.json last rather than lost', () => {
    expect(guidePages().map((page) => page.data.title)).toEqual([
      'Welcome',
      'Basics',
      'Tasks',
      'A title far too long for the sidebar',
      'Drill overview',
      'Drill one',
      'Forgotten page',
    ]);
  });

  it('gives page URLs the trailing slash the export serves', () => {
    expect(pageUrl(byTitle('Tasks'))).toBe('/docs/ecs/tasks/');
    expect(pageUrl(byTitle('Welcome'))).toBe('/docs/');
  });

  it('places a page in its section between its neighbours in reading order', () => {
    const context = pageContext(byTitle('A title far too long for the sidebar'));
    expect(context.section).toBe('Amazon ECS');
    expect(context.previous?.label).toBe('Tasks');
    expect(context.next?.url).toBe('/docs/drill/');
    const first = pageContext(byTitle('Welcome'));
    expect(first.previous).toBeNull();
    expect(first.section).toBeNull();
    expect(first.next?.label).toBe('Basics');
  });

  it('finds a page by its Markdown path, and nothing for an unknown one', () => {
    expect(pageByMarkdownPath('/md/ecs/tasks.md')?.data.title).toBe('Tasks');
    expect(pageByMarkdownPath('/md/index.md')?.data.title).toBe('Welcome');
    expect(pageByMarkdownPath('/md/ecs/missing.md')).toBeUndefined();
  });
});

describe('llms.txt and llms-full.txt', () => {
  it('lists every page under its sidebar section with its Markdown URL and description, and unlisted pages at the end', () => {
    const index = llmsIndex();
    expect(index.startsWith('# ECS/EKS Field Guide\n\n> ')).toBe(true);
    // Each section: its heading, then one "- [label](Markdown URL): description" line per page.
    const sections = index
      .split(/^## /m)
      .slice(1)
      .map((block) => {
        const [heading, ...lines] = block.trim().split('\n').filter(Boolean);
        return [
          heading,
          lines.map((line) => /^- \[([^\]]+)\]\(http:\/\/localhost:3000\/md\/[a-z/-]+\.md\): .+ \(web page: .+\)$/.exec(line)?.[1]),
        ];
      });
    expect(sections).toEqual([
      ['Overview', ['Welcome', 'Basics']],
      ['Amazon ECS', ['Tasks', 'Short label']],
      ['Drills', ['Drill overview', 'Drill one']],
      ['Other pages', ['Forgotten page']],
    ]);
    // The opening says what each Markdown version holds and where the whole guide and the change feed are.
    const opening = index.slice(0, index.indexOf('\n## '));
    expect(opening).toMatch(/links to its Markdown version: .*practice questions and the page's sources/);
    expect(opening).toContain('http://localhost:3000/llms-full.txt');
    expect(opening).toContain('http://localhost:3000/feed.xml');
    expect(index).toContain(
      '- [Short label](http://localhost:3000/md/ecs/long.md): A title far too long for the sidebar, in one sentence for the index. (web page: http://localhost:3000/docs/ecs/long/)',
    );
    expect(index.slice(index.indexOf('## Other pages'))).toContain('[Forgotten page](http://localhost:3000/md/orphan.md)');
    expect(index.endsWith('\n')).toBe(true);
  });

  it('has no "Other pages" section when meta.json lists every page', async () => {
    guide.withOrphan = false;
    vi.resetModules();
    try {
      const { llmsIndex: indexOfCompleteGuide } = await import('@/lib/llms');
      const index = indexOfCompleteGuide();
      expect(index).not.toContain('## Other pages');
      expect(index.endsWith('(web page: http://localhost:3000/docs/drill/one/)\n')).toBe(true);
    } finally {
      guide.withOrphan = true;
      vi.resetModules();
    }
  });

  it('joins every page as Markdown in reading order, after an opening that links the site and the index', async () => {
    const full = await llmsFull();
    const opening = full.slice(0, full.indexOf('\n---\n'));
    expect(opening.startsWith('# ECS/EKS Field Guide: the full guide\n')).toBe(true);
    expect(opening).toContain('Every page of http://localhost:3000/ as Markdown');
    expect(opening).toContain('Index: http://localhost:3000/llms.txt.');
    const order = guidePages().map((page) => full.indexOf(`Body of ${page.data.title}.`));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(full.split('\n---\n\n')).toHaveLength(guidePages().length + 1);
  });

  it('refuses a page whose Markdown still shows a component as JSX', async () => {
    const page = byTitle('Basics');
    // A component with no Markdown form of its own: the renderer writes it out as JSX.
    const Note = () => null;
    Note.displayName = 'Note';
    const leftAsJsx = () => (asMarkdown() ? createElement(Note) : null);
    const broken = { ...page, data: { ...page.data, _exports: { ...page.data._exports, _markdown: leftAsJsx } } };
    await expect(pageMarkdown(broken)).rejects.toThrow(/<Note> has no Markdown form/);
    await expect(pageMarkdown(page)).resolves.toContain('Body of Basics.');
  });
});
