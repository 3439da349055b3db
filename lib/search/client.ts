import { basePath } from '@/lib/site';
import { engineFromExport } from './load';
import type { SearchEngine } from './engine';

export type { SearchResult } from './engine';

let pending: Promise<SearchEngine> | null = null;

/** Fetches the static index once per page session (on first search) and builds the engine. */
export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= fetch(`${basePath}/api/search`)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    })
    .then(engineFromExport)
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
