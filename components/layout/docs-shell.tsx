import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DocsPage } from '@/lib/source';
import { basePath, canonicalPath, markdownPath } from '@/lib/site';
import { pageContext } from '@/lib/page-tree';
import { guideSections } from '@/lib/guide-nav';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { SidebarNav } from './sidebar-nav';
import { Toc } from './toc';
import { PageSources } from '@/components/page-sources';
import { ReviewedDate } from '@/components/reviewed-date';
import { CopyMarkdownButton } from '@/components/ui/copy-markdown-button';
import { CheckYourself } from '@/components/quiz/check-yourself';
import { questionsForPage } from '@/lib/data/questions';
import { sourceOrderOf } from '@/lib/page-records';

interface DocsShellProps {
  page: DocsPage;
  children: ReactNode;
}

/** The docs page frame, all server-rendered: header, sidebar, breadcrumbs, body, sources, prev/next, TOC. */
export function DocsShell({ page, children }: DocsShellProps) {
  const sections = guideSections();
  const url = canonicalPath(page.url);
  const context = pageContext(sections, url);
  const questions = questionsForPage(url);
  const toc = questions.length > 0 ? [...page.data.toc, { title: 'Check yourself', url: '#check-yourself', depth: 2 }] : page.data.toc;
  return (
    <>
      <SiteHeader currentUrl={url} />
      <div className="docs-grid">
        <div className="sidebar">
          <SidebarNav sections={sections} currentUrl={url} label="Guide pages" />
        </div>
        <main id="main-content" className="docs-main" tabIndex={-1}>
          <nav aria-label="Breadcrumb" className="breadcrumbs">
            <ol>
              <li>
                <Link href="/docs/" prefetch={false}>Guide</Link>
              </li>
              {context.section ? <li>{context.section}</li> : null}
              <li aria-current="page">{page.data.title}</li>
            </ol>
          </nav>
          <article className="prose docs-article">
            <h1>{page.data.title}</h1>
            <p className="page-description">{page.data.description}</p>
            <div className="page-meta">
              <ReviewedDate date={page.data.lastReviewed} />
              <CopyMarkdownButton href={`${basePath}${markdownPath(page.slugs)}`} />
            </div>
            {children}
            <CheckYourself questions={questions} />
            <PageSources sources={page.data.sources} order={sourceOrderOf(page.data)} />
          </article>
          <nav aria-label="Previous and next page" className="page-neighbours">
            {context.previous ? (
              <Link href={context.previous.url} prefetch={false} className="neighbour previous">
                <span className="neighbour-label">Previous</span>
                <span>{context.previous.title}</span>
              </Link>
            ) : (
              <span />
            )}
            {context.next ? (
              <Link href={context.next.url} prefetch={false} className="neighbour next">
                <span className="neighbour-label">Next</span>
                <span>{context.next.title}</span>
              </Link>
            ) : null}
          </nav>
        </main>
        <div className="toc-column">
          <Toc items={toc} />
        </div>
      </div>
      <SiteFooter />
    </>
  );
}
