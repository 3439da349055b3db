import Link from 'next/link';
import type { ReactNode } from 'react';
import { asMarkdown } from 'fumadocs-core/server';
import { questionsForPage } from '@/lib/data/questions';
import { sourceOrderOf } from '@/lib/mdx/records';
import { pageContext, pageUrl, type DocsPage } from '@/lib/source';
import { CheckYourself, CHECK_YOURSELF_ID } from '@/components/quiz/check-yourself';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { SiteMenu } from './site-menu';
import { Toc } from './toc';
import { PageHeader } from './page-header';
import { PageSources } from './page-sources';
import { AnchorRedirects } from './anchor-redirects';

interface DocsShellProps {
  page: DocsPage;
  /** The page's body: its MDX, or its Markdown form. */
  children: ReactNode;
}

/**
 * The docs page frame, all server-rendered: header, sidebar, breadcrumbs, body, questions, sources, prev/next, TOC.
 * As Markdown, the same page without the site around it: title, body, questions and sources.
 */
export function DocsShell({ page, children }: DocsShellProps) {
  const url = pageUrl(page);
  const questions = questionsForPage(url);
  const article = (
    <>
      <PageHeader page={page} />
      {children}
      <CheckYourself questions={questions} />
      <PageSources sources={page.data.sources} order={sourceOrderOf(page.data)} />
    </>
  );
  if (asMarkdown()) return article;
  const context = pageContext(page);
  const toc =
    questions.length > 0 ? [...page.data.toc, { title: 'Check yourself', url: `#${CHECK_YOURSELF_ID}`, depth: 2 }] : page.data.toc;
  return (
    <>
      <SiteHeader currentUrl={url} />
      <div className="docs-grid">
        <SiteMenu currentUrl={url} />
        <main id="main-content" className="docs-main" tabIndex={-1}>
          <nav aria-label="Breadcrumb" className="breadcrumbs">
            <ol>
              <li>
                <Link href="/docs/" prefetch={false}>
                  Guide
                </Link>
              </li>
              {context.section ? <li>{context.section}</li> : null}
              <li aria-current="page">{page.data.title}</li>
            </ol>
          </nav>
          <article className="prose docs-article">{article}</article>
          <nav aria-label="Previous and next page" className="page-neighbours">
            {context.previous ? (
              <Link href={context.previous.url} prefetch={false} className="neighbour previous">
                <span className="neighbour-label">Previous</span>
                <span>{context.previous.label}</span>
              </Link>
            ) : (
              <span />
            )}
            {context.next ? (
              <Link href={context.next.url} prefetch={false} className="neighbour next">
                <span className="neighbour-label">Next</span>
                <span>{context.next.label}</span>
              </Link>
            ) : null}
          </nav>
          <AnchorRedirects page={url} />
        </main>
        <div className="toc-column">
          <Toc items={toc} />
        </div>
      </div>
      <SiteFooter />
    </>
  );
}
