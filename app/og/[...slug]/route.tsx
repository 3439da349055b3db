import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { SocialCard } from '@/components/og/social-card';
import { source, pageContext, navSections } from '@/lib/source';
import { formatLongDate } from '@/lib/dates';
import { ogImagePath, siteDescription, siteName, siteUrl } from '@/lib/site';

// Static export: every card is a PNG written at build time (out/og/…); nothing runs on a server.
export const revalidate = false;
export const dynamicParams = false;

interface Card {
  title: string;
  description: string;
  eyebrow: string;
  footer: string;
}

/** Image path (e.g. /og/docs/ecs/task-networking.png) → card text, for the home page and every docs page. */
function cards(): Map<string, Card> {
  const labels = new Map(navSections().flatMap((section) => section.links.map((link) => [link.page, link.label])));
  const map = new Map<string, Card>([
    [
      ogImagePath('home'),
      {
        title: siteName,
        description: siteDescription,
        eyebrow: 'Amazon ECS and Amazon EKS',
        footer: 'Cited, dated, current to November 2026',
      },
    ],
  ]);
  for (const page of source.getPages()) {
    const section = pageContext(page).section;
    map.set(ogImagePath(page.slugs), {
      // The card has room for a few words: the page's short label, as the sidebar shows it.
      title: labels.get(page) ?? page.data.title,
      description: page.data.description,
      eyebrow: section ? `${siteName} · ${section}` : siteName,
      footer: `Last reviewed ${formatLongDate(page.data.lastReviewed)}`,
    });
  }
  return map;
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[...slug]'>) {
  const { slug } = await params;
  const card = cards().get(`/og/${slug.join('/')}`);
  if (!card) notFound();
  return new ImageResponse(<SocialCard {...card} host={new URL(siteUrl).host} />, { width: 1200, height: 630 });
}

export function generateStaticParams() {
  return [...cards().keys()].map((path) => ({ slug: path.split('/').slice(2) }));
}
