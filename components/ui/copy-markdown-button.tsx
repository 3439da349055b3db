import { COPY_MARKDOWN } from './clipboard-hooks';

interface CopyMarkdownButtonProps {
  /** URL of the page's Markdown, base path included. */
  href: string;
}

/**
 * "Copy as Markdown" for the page, wired by the page's clipboard listener, so it ships no JavaScript of its own.
 * Without scripting the button is hidden by CSS and the plain link to the same Markdown still works.
 */
export function CopyMarkdownButton({ href }: CopyMarkdownButtonProps) {
  return (
    <span className="markdown-actions" data-slot="markdown-actions">
      <button type="button" className="page-action copy-markdown" {...{ [COPY_MARKDOWN]: href }}>
        Copy as Markdown
      </button>
      <a className="page-action" href={href} type="text/markdown">
        View as Markdown
      </a>
    </span>
  );
}
