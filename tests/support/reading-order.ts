import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CONTENT = path.resolve(import.meta.dirname, '../../content/docs');

/** Page paths of a content folder (without `.mdx`), relative to the docs root, index first, then by name. */
function pagesIn(folder: string): string[] {
  const names = readdirSync(path.join(CONTENT, folder)).sort(
    (a, b) => Number(b === 'index.mdx') - Number(a === 'index.mdx') || a.localeCompare(b),
  );
  return names.flatMap((name) => {
    const relative = path.posix.join(folder, name);
    if (statSync(path.join(CONTENT, relative)).isDirectory()) return readingOrderOf(relative);
    return name.endsWith('.mdx') ? [relative.replace(/\.mdx$/, '')] : [];
  });
}

/**
 * The guide's reading order as its authors wrote it: the `pages` of each meta.json, read from disk (separators
 * skipped, folders in their own order, `...` for the rest of a folder). Independent of the content loader, so
 * views built from the loader can be compared with it.
 */
function readingOrderOf(folder: string): string[] {
  const metaFile = path.join(CONTENT, folder, 'meta.json');
  if (!existsSync(metaFile)) return pagesIn(folder);
  const { pages } = JSON.parse(readFileSync(metaFile, 'utf8')) as { pages?: string[] };
  if (!pages) return pagesIn(folder);
  const listed: string[] = [];
  let rest = -1;
  for (const entry of pages) {
    if (/^---.*---$/.test(entry)) continue;
    if (entry === '...') {
      rest = listed.length;
      continue;
    }
    if (/^[!\[]|^\.\.\.|\.\.\.$/.test(entry))
      throw new Error(`${metaFile}: the entry "${entry}" is not understood by the tests' reading order; teach it.`);
    const relative = path.posix.join(folder, entry);
    if (existsSync(path.join(CONTENT, `${relative}.mdx`))) listed.push(relative);
    else if (existsSync(path.join(CONTENT, relative)) && statSync(path.join(CONTENT, relative)).isDirectory())
      listed.push(...readingOrderOf(relative));
    else throw new Error(`${metaFile}: "${entry}" is neither a page nor a folder`);
  }
  if (rest >= 0) {
    const others = pagesIn(folder).filter((page) => !listed.includes(page));
    listed.splice(rest, 0, ...others);
  }
  return listed;
}

/** Every content file's page path (without `.mdx`), in no particular order. */
export function contentPagePaths(): string[] {
  const all = (folder: string): string[] =>
    readdirSync(path.join(CONTENT, folder)).flatMap((name) => {
      const relative = path.posix.join(folder, name);
      if (statSync(path.join(CONTENT, relative)).isDirectory()) return all(relative);
      return name.endsWith('.mdx') ? [relative.replace(/\.mdx$/, '')] : [];
    });
  return all('');
}

/** A page path as the site's URL: "ecs/index" → /docs/ecs/, "index" → /docs/. */
export function docsUrlOf(pagePath: string): string {
  const slugs = pagePath.split('/').filter((part) => part !== 'index');
  return `/docs/${slugs.map((slug) => `${slug}/`).join('')}`;
}

/** The docs pages' URLs in reading order (meta.json), then any page meta.json leaves out, by path. */
export function readingOrderUrls(): string[] {
  const listed = readingOrderOf('');
  const unlisted = contentPagePaths()
    .filter((page) => !listed.includes(page))
    .sort();
  return [...listed, ...unlisted].map(docsUrlOf);
}
