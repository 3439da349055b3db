import { source } from './source';
import { navSections, type NavSection } from './page-tree';
import { canonicalPath } from './site';

/** The sidebar's sections, with each page's short `navTitle` where it has one. */
export function guideSections(): NavSection[] {
  const short = new Map(source.getPages().map((page) => [canonicalPath(page.url), page.data.navTitle]));
  return navSections(source.getPageTree(), (url) => short.get(url));
}
