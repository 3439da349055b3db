import { asMarkdown } from 'fumadocs-core/server';
import { formatLongDate } from '@/lib/dates';
import { blocks } from '@/lib/markdown';
import { absoluteUrl, basePath, markdownPath } from '@/lib/site';
import { pageUrl, type DocsPage } from '@/lib/source';
import { CopyMarkdownButton } from '@/components/ui/copy-markdown-button';

/** The page's title, one-line description and review date; on the web page also its Markdown actions. */
export function PageHeader({ page }: { page: DocsPage }) {
  const { title, description, lastReviewed } = page.data;
  if (asMarkdown()) {
    return blocks(
      `# ${title}`,
      `> ${description}`,
      `Last reviewed: ${formatLongDate(lastReviewed)}. Web page: <${absoluteUrl(pageUrl(page))}>`,
    );
  }
  return (
    <>
      <h1>{title}</h1>
      <p className="page-description">{description}</p>
      <div className="page-meta">
        <p className="reviewed-date" data-slot="reviewed-date">
          Last reviewed <time dateTime={lastReviewed}>{formatLongDate(lastReviewed)}</time>
        </p>
        <CopyMarkdownButton href={`${basePath}${markdownPath(page.slugs)}`} />
      </div>
    </>
  );
}
