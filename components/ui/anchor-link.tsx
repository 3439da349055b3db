import { asMarkdown } from 'fumadocs-core/server';
import { COPY_LINK } from './clipboard-hooks';

interface AnchorLinkProps {
  /** The id of the element this link points to. */
  anchor: string;
  /** Accessible name, e.g. "Copy link to section: Task role". */
  label: string;
}

/**
 * A plain `#anchor` link, so it works without JavaScript; the page's clipboard listener upgrades a click to
 * "copy the full URL". A control, so the Markdown form of a page has nothing for it.
 */
export function AnchorLink({ anchor, label }: AnchorLinkProps) {
  if (asMarkdown()) return null;
  return (
    <a href={`#${anchor}`} className="anchor-link" {...{ [COPY_LINK]: '' }} aria-label={label} title={label}>
      <span aria-hidden="true">#</span>
    </a>
  );
}
