import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { source } from '@/lib/source';
import { getMDXComponents } from '@/components/mdx-components';
import { DocsShell } from '@/components/layout/docs-shell';
import { RedirectPage } from '@/components/layout/redirect-page';
import { ExamReview } from '@/components/mdx/exam-review';
import { PracticeQuestions } from '@/components/quiz/practice-questions';
import { TriggerPhrases } from '@/components/mdx/trigger-phrases';
import { DecisionGuide } from '@/components/decision/decision-guide';
import { CostCalculator } from '@/components/cost/cost-calculator';
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
  const MDX = page.data.body;

  return (
    <DocsShell page={page}>
      {/* Page tools render only where a page's MDX uses them; their interactive code is imported lazily, so only those pages download it. */}
      <MDX components={getMDXComponents({ ExamReview, PracticeQuestions, TriggerPhrases, DecisionGuide, CostCalculator })} />
    </DocsShell>
  );
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
      path: canonicalPath(page.url),
      image: ogImagePath(page.slugs),
      markdown: markdownPath(page.slugs),
      modified: page.data.lastReviewed,
    }),
  };
}
