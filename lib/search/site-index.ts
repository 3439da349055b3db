import { source } from '@/lib/source';
import { canonicalPath } from '@/lib/site';
import { buildSearchIndex, type BuiltIndex } from './build-index';

let built: BuiltIndex | undefined;

/** The guide's search index, built once per build process from the pages the loader serves. */
export function siteSearchIndex(): BuiltIndex {
  built ??= buildSearchIndex(
    source.getPages().map((page) => ({
      url: canonicalPath(page.url),
      title: page.data.title,
      description: page.data.description,
      structuredData: page.data.structuredData,
    })),
  );
  return built;
}
