import { notFound } from 'next/navigation';
import { pageMarkdown, pagesByMarkdownPath } from '@/lib/llms';

// Static export: one file per docs page, out/md/<slug>.md (lib/site.ts markdownPath).
export const revalidate = false;
export const dynamicParams = false;

export async function GET(_request: Request, { params }: RouteContext<'/md/[...slug]'>) {
  const { slug } = await params;
  const page = pagesByMarkdownPath().get(`/md/${slug.join('/')}`);
  if (!page) notFound();
  return new Response(await pageMarkdown(page), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}

export function generateStaticParams() {
  return [...pagesByMarkdownPath().keys()].map((path) => ({ slug: path.split('/').slice(2) }));
}
