import type { Node, Root } from 'fumadocs-core/page-tree';
import { textOf } from './react-text';
import { canonicalPath } from './site';

export interface NavLink {
  title: string;
  url: string;
}

export interface NavSection {
  /** Separator or folder title; null for the pages before the first separator. */
  title: string | null;
  links: NavLink[];
}

/** The sidebar as plain data: sections (from meta.json separators and folders) of page links. */
export function navSections(tree: Root, shortTitle: (url: string) => string | undefined = () => undefined): NavSection[] {
  const sections: NavSection[] = [{ title: null, links: [] }];
  const current = () => sections[sections.length - 1];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 'separator') sections.push({ title: textOf(node.name), links: [] });
      else if (node.type === 'page') {
        const url = canonicalPath(node.url);
        current().links.push({ title: shortTitle(url) ?? textOf(node.name), url });
      }
      else {
        sections.push({ title: textOf(node.name), links: [] });
        if (node.index) {
          const url = canonicalPath(node.index.url);
          current().links.push({ title: shortTitle(url) ?? textOf(node.index.name), url });
        }
        visit(node.children);
      }
    }
  };
  visit(tree.children);
  return sections.filter((section) => section.links.length > 0);
}

export interface PageContext {
  section: string | null;
  previous: NavLink | null;
  next: NavLink | null;
}

/** Where a page sits in the guide: its section (for breadcrumbs) and its neighbours (prev/next). */
export function pageContext(sections: NavSection[], url: string): PageContext {
  const flat = sections.flatMap((section) => section.links.map((link) => ({ link, section: section.title })));
  const index = flat.findIndex((entry) => entry.link.url === canonicalPath(url));
  if (index === -1) return { section: null, previous: null, next: null };
  return {
    section: flat[index].section,
    previous: flat[index - 1]?.link ?? null,
    next: flat[index + 1]?.link ?? null,
  };
}
