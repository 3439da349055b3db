import { create, load, search, type AnyZBSearch } from 'zbsearch';
import { SearchEngine } from './engine';

interface ExportedIndex {
  type: string;
}

/** Builds the engine from the JSON that the build writes to /api/search (Fumadocs' static export). */
export function engineFromExport(data: unknown): SearchEngine {
  if (typeof data !== 'object' || data === null || (data as ExportedIndex).type !== 'advanced') {
    throw new Error('The search index is not a Fumadocs advanced static export.');
  }
  const db: AnyZBSearch = create({ schema: { _: 'string' } });
  load(db, data as Parameters<typeof load>[1]);
  const all = search(db, { term: '', limit: 1_000_000 }) as { hits: { document: unknown }[] };
  const docs = all.hits.map((hit) => hit.document as ConstructorParameters<typeof SearchEngine>[1][number]);
  return new SearchEngine(db, docs);
}
