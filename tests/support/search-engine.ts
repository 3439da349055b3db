import { buildSearchIndex, type IndexablePage } from '@/lib/search/build-index';
import { SearchEngine } from '@/lib/search/engine';
import { ROOT_PATH } from '@/lib/search/index-format';

/**
 * A search engine over an index of `pages`, fetching its files from memory through JSON (as the browser would parse
 * them) and recording every path it asks for; `alter` may change or refuse a file before it is served.
 */
export async function openEngine(
  pages: IndexablePage[],
  options: Parameters<typeof buildSearchIndex>[1] = {},
  alter: (path: string, file: unknown) => unknown = (_path, file) => file,
) {
  const { root, files } = buildSearchIndex(pages, options);
  const fetched: string[] = [];
  const engine = await SearchEngine.open(async (path) => {
    fetched.push(path);
    const file = path === ROOT_PATH ? root : files.get(path);
    if (!file) throw new Error(`404 ${path}`);
    return alter(path, JSON.parse(JSON.stringify(file)) as unknown);
  });
  return { engine, fetched, root, files };
}
