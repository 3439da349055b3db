import { basePath } from '@/lib/site';
import { SearchEngine } from './engine';

export type { SearchHit, SearchResult } from './engine';
export type { SearchEngine };

async function fetchIndexFile(path: string): Promise<unknown> {
  const response = await fetch(`${basePath}${path}`);
  if (!response.ok) throw new Error(`search index ${path}: HTTP ${response.status}`);
  return response.json();
}

let pending: Promise<SearchEngine> | null = null;

/** Opens the engine once per page session: fetches the index root; shards and sections follow per query. */
export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= SearchEngine.open(fetchIndexFile).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
