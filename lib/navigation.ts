import { flattenTree } from 'fumadocs-core/page-tree';
import type { source as siteSource } from './source';

type Source = typeof siteSource;
type Page = ReturnType<Source['getPages']>[number];

/** Pages in sidebar order (meta.json), the order readers meet them. */
export function pagesInNavigationOrder(source: Source): Page[] {
  const byUrl = new Map(source.getPages().map((page) => [page.url, page]));
  const ordered: Page[] = [];
  for (const item of flattenTree(source.getPageTree().children)) {
    const page = byUrl.get(item.url);
    if (page) {
      ordered.push(page);
      byUrl.delete(item.url);
    }
  }
  return [...ordered, ...byUrl.values()];
}
