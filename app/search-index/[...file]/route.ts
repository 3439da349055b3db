import { notFound } from 'next/navigation';
import { siteSearchIndex } from '@/lib/search/site-index';
import { FILES_FOLDER } from '@/lib/search/index-format';

// Static export: the search index's postings shards and section files, one file each, written at build time.
export const revalidate = false;
export const dynamicParams = false;

export async function GET(_request: Request, { params }: RouteContext<'/search-index/[...file]'>) {
  const { file } = await params;
  const found = siteSearchIndex().files.get(`${FILES_FOLDER}/${file.join('/')}`);
  if (!found) notFound();
  return Response.json(found);
}

export function generateStaticParams() {
  return [...siteSearchIndex().files.keys()].map((path) => ({ file: path.slice(FILES_FOLDER.length + 1).split('/') }));
}
