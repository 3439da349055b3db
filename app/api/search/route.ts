import { siteSearchIndex } from '@/lib/search/site-index';

// Static export: the root of the search index, written once at build time to out/api/search.
export const revalidate = false;

export function GET() {
  return Response.json(siteSearchIndex().root);
}
