import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { source, pageUrl } from '@/lib/source';
import { DocsPageView } from '@/components/layout/docs-page';
import { RedirectPage } from '@/components/layout/redirect-page';
import { canonicalPath, markdownPath, ogImagePath } from '@/lib/site';
import { socialMetadata } from '@/lib/social-metadata';
import { PAGE_REDIRECTS } from '@/lib/data/redirects';

interface PageParams {
  params: Promise<{ slug?: string[] }>;
}

function redirectFor(slug: string[] = []) {
  const url = canonicalPath(`/docs/${slug.join('/')}`);
  return PAGE_REDIRECTS.find((redirect) => redirect.from === url);
}

export default async function Page({ params }: PageParams) {
  const { slug } = await params;
  const redirect = redirectFor(slug);
  if (redirect) return <RedirectPage to={redirect.to} />;
  const page = source.getPage(slug);
  if (!page) notFound();
  return <DocsPageView page={page} />;
}

export function generateStaticParams() {
  const moved = PAGE_REDIRECTS.map((redirect) => ({ slug: redirect.from.split('/').filter(Boolean).slice(1) }));
  return [...source.generateParams(), ...moved];
}

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const { slug } = await params;
  const redirect = redirectFor(slug);
  if (redirect) return { title: 'Page moved', robots: { index: false }, alternates: { canonical: redirect.to } };
  const page = source.getPage(slug);
  if (!page) notFound();
  return {
    title: page.data.title,
    description: page.data.description,
    ...socialMetadata({
      title: page.data.title,
      description: page.data.description,
      path: pageUrl(page),
      image: ogImagePath(page.slugs),
      markdown: markdownPath(page.slugs),
      modified: page.data.lastReviewed,
    }),
  };
}
