import { componentAnchorsOf } from './page-records';
import { canonicalPath } from './site';

interface AnchoredPage {
  url: string;
  data: object & { toc: { url: string }[] };
}

/** Ids that every docs page has from the layout itself. */
export const LAYOUT_ANCHORS = ['main-content', 'sources'] as const;

/** Every public id on a page: headings (from the loader's TOC), table rows, tables, callouts, diagrams. */
export function pageAnchors(page: AnchoredPage, extra: readonly string[] = []): Set<string> {
  const ids = new Set<string>(LAYOUT_ANCHORS);
  for (const item of page.data.toc) ids.add(decodeURIComponent(item.url.replace(/^#/, '')));
  for (const anchor of componentAnchorsOf(page.data)) ids.add(anchor.id);
  for (const id of extra) ids.add(id);
  return ids;
}

/** The site's public anchors as "url#id" strings, sorted: the shape of the committed manifest. */
export function anchorList(pages: readonly AnchoredPage[]): string[] {
  return pages
    .flatMap((page) => [...pageAnchors(page)].filter((id) => !(LAYOUT_ANCHORS as readonly string[]).includes(id)).map((id) => `${canonicalPath(page.url)}#${id}`))
    .sort();
}
