import { loader, type InferPageType } from 'fumadocs-core/source';
import { findNeighbour, flattenTree, type Item } from 'fumadocs-core/page-tree';
import { getBreadcrumbItems } from 'fumadocs-core/breadcrumb';
import { docs } from 'collections/server';
import { textOf } from './react-text';
import { canonicalPath, docsRoute, markdownPath } from './site';

/**
 * The page model: every view (pages, sidebar, Markdown, llms.txt, social cards, feed, sitemap) reads pages,
 * URLs and labels from here, so they all agree. Labels in the page tree are the short `navTitle` where a page
 * has one; a page's heading stays its `title`.
 */
export const source = loader({
  baseUrl: docsRoute,
  source: docs.toFumadocsSource(),
  pageTree: {
    transformers: [
      {
        file(node, filePath) {
          const file = filePath ? this.storage.read(filePath) : undefined;
          const navTitle = file?.format === 'page' && 'navTitle' in file.data ? file.data.navTitle : undefined;
          return typeof navTitle === 'string' ? { ...node, name: navTitle } : node;
        },
      },
    ],
  },
});

export type DocsPage = InferPageType<typeof source>;

/** A page's URL in the site's style (trailing slash); the loader's own URLs have none. */
export function pageUrl(page: Pick<DocsPage, 'url'>): string {
  return canonicalPath(page.url);
}

/** A page as navigation shows it: its short label and URL. */
export interface PageLink {
  label: string;
  url: string;
  page: DocsPage;
}

export interface NavSection {
  /** The meta.json separator the pages sit under; null for the pages before the first one. */
  title: string | null;
  links: PageLink[];
}

function linkOf(node: Item): PageLink | null {
  const page = source.getNodePage(node);
  return page ? { label: textOf(node.name), url: pageUrl(page), page } : null;
}

/** The sidebar: meta.json separators (and folders) with their pages, in reading order. */
export function navSections(): NavSection[] {
  const sections: NavSection[] = [{ title: null, links: [] }];
  for (const node of source.getPageTree().children) {
    if (node.type === 'separator') sections.push({ title: textOf(node.name), links: [] });
    else if (node.type === 'folder')
      sections.push({ title: textOf(node.name), links: flattenTree(node.children).flatMap((item) => linkOf(item) ?? []) });
    else {
      const link = linkOf(node);
      if (link) sections.at(-1)?.links.push(link);
    }
  }
  return sections.filter((section) => section.links.length > 0);
}

/** Every page in reading order; a page missing from meta.json comes last rather than not at all. */
export function guidePages(): DocsPage[] {
  const listed = navSections().flatMap((section) => section.links.map((link) => link.page));
  return [...listed, ...source.getPages().filter((page) => !listed.includes(page))];
}

export interface PageContext {
  /** The section the page sits in, for breadcrumbs and social cards. */
  section: string | null;
  previous: PageLink | null;
  next: PageLink | null;
}

/** Where a page sits in the guide: its section and its neighbours in reading order. */
export function pageContext(page: DocsPage): PageContext {
  const tree = source.getPageTree();
  const crumbs = getBreadcrumbItems(page.url, tree, { includeSeparator: true });
  const { previous, next } = findNeighbour(tree, page.url);
  return {
    section: crumbs.length > 0 ? textOf(crumbs[crumbs.length - 1].name) : null,
    previous: previous ? linkOf(previous) : null,
    next: next ? linkOf(next) : null,
  };
}

/** The page whose Markdown lives at a path such as /md/ecs/task-networking.md. */
export function pageByMarkdownPath(path: string): DocsPage | undefined {
  return source.getPages().find((page) => markdownPath(page.slugs) === path);
}
