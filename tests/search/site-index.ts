import { source } from '@/lib/source';
import { siteSearchIndex } from '@/lib/search/site-index';
import { ROOT_PATH, sectionPath, type SectionFile } from '@/lib/search/index-format';
import { SearchEngine } from '@/lib/search/engine';

/**
 * The guide's real index, as the build writes it, searched by the real engine in memory: every
 * file goes through JSON as it would over the network.
 */
export async function openSiteSearch() {
  const { root, files } = siteSearchIndex();
  const requested: string[] = [];
  const engine = await SearchEngine.open(async (path) => {
    requested.push(path);
    const file = path === ROOT_PATH ? root : files.get(path);
    if (!file) throw new Error(`no index file ${path}`);
    return JSON.parse(JSON.stringify(file)) as unknown;
  });
  const sections = Array.from({ length: root.sections }, (_, id) => files.get(sectionPath(root.version, id)) as SectionFile);
  return { engine, root, files, requested, sections, sectionText: sectionTextFrom(root.pageStarts, sections) };
}

/**
 * The text a reader sees in the section a result lands on, by the rule the queries file states: the
 * targeted heading and its text up to the next heading of the same or a higher level; for a page's
 * opening, everything up to the first h2.
 */
function sectionTextFrom(pageStarts: readonly number[], sections: readonly SectionFile[]) {
  const depthOf = new Map<string, number>();
  for (const page of source.getPages()) {
    for (const item of page.data.toc) depthOf.set(`${page.url}/${item.url}`, item.depth);
  }
  const level = (section: SectionFile) => {
    const [path, anchor] = section.url.split('#');
    return anchor === undefined ? 1 : (depthOf.get(`${path.replace(/\/$/, '')}/#${anchor}`) ?? 2);
  };
  return (id: number) => {
    const start = sections[id];
    const pageEnd = pageStarts.find((first) => first > id) ?? sections.length;
    const stopAt = start.heading === null ? 2 : level(start);
    const parts = [start.heading ?? start.pageTitle, ...start.texts];
    for (let next = id + 1; next < pageEnd && level(sections[next]) > stopAt; next++)
      parts.push(sections[next].heading ?? '', ...sections[next].texts);
    return parts.join('\n');
  };
}
