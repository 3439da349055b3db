import { notFound } from 'next/navigation';
import { pageUrl, source } from '@/lib/source';
import { parseTimeline, renderRss } from '@/lib/feed';
import { absoluteUrl, feedPath, feedTitle } from '@/lib/site';

// Static export: written once at build time to out/feed.xml, from the "What changed" page's MDX.
export const revalidate = false;

export async function GET() {
  const page = source.getPage(['what-changed']);
  if (!page) notFound();
  const xml = renderRss({
    title: feedTitle,
    description: page.data.description,
    pageUrl: absoluteUrl(pageUrl(page)),
    feedUrl: absoluteUrl(feedPath),
    updated: page.data.lastReviewed,
    entries: parseTimeline(await page.data.getText('raw')),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
