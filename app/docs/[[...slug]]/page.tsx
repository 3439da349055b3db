import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocsBody, DocsDescription, DocsPage, DocsTitle } from 'fumadocs-ui/layouts/docs/page';
import { createRelativeLink } from 'fumadocs-ui/mdx';
import type { ComponentProps } from 'react';
import { source } from '@/lib/source';
import { getMDXComponents } from '@/components/mdx-components';
import { ExternalLink, isExternalHref } from '@/components/mdx/link';
import { PageSources } from '@/components/page-sources';
import { ReviewedDate } from '@/components/reviewed-date';

interface PageParams {
  params: Promise<{ slug?: string[] }>;
}

export default async function Page({ params }: PageParams) {
  const { slug } = await params;
  const page = source.getPage(slug);
  if (!page) notFound();

  const MDX = page.data.body;
  const RelativeLink = createRelativeLink(source, page);

  return (
    <DocsPage toc={page.data.toc} full={page.data.full} tableOfContent={{ style: 'clerk' }}>
      <DocsTitle>{page.data.title}</DocsTitle>
      <DocsDescription className="mb-2">{page.data.description}</DocsDescription>
      <ReviewedDate date={page.data.lastReviewed} />
      <DocsBody id="main-content">
        <MDX
          components={getMDXComponents({
            a: (props: ComponentProps<'a'>) =>
              isExternalHref(props.href) ? <ExternalLink {...props} /> : <RelativeLink {...props} />,
          })}
        />
        <PageSources sources={page.data.sources} />
      </DocsBody>
    </DocsPage>
  );
}

export function generateStaticParams() {
  return source.generateParams();
}

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const { slug } = await params;
  const page = source.getPage(slug);
  if (!page) notFound();
  return {
    title: page.data.title,
    description: page.data.description,
    alternates: { canonical: page.url },
  };
}
