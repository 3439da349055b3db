import { notFound } from 'next/navigation';
import { pageMarkdown } from '@/lib/llms';
import { markdownPath } from '@/lib/site';
import { pageByMarkdownPath, source } from '@/lib/source';

// Static export: one file per docs page, out/md/<slug>.md.
export const revalidate = false;
export const dynamicParams = false;

export async function GET(_request: Request, { params }: RouteContext<'/md/[...slug]'>) {
  const { slug } = await params;
  const page = pageByMarkdownPath(`/md/${slug.join('/')}`);
  if (!page) notFound();
  return new Response(await pageMarkdown(page), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}

export function generateStaticParams() {
  return source.getPages().map((page) => ({ slug: markdownPath(page.slugs).split('/').slice(2) }));
}
