import type { ReactNode } from 'react';
import { asMarkdown, md } from 'fumadocs-core/server';
import { AnchorLink } from '@/components/ui/anchor-link';
import { Cite } from './cite';

interface ComparisonTableProps {
  /** Stable table id; the build derives each row's anchor from it and the row's first cell. */
  id: string;
  caption: string;
  /** The sources that back every row, numbered by the build from the authored `cite="id …"`. */
  sources?: readonly { source: string; number: string; title: string }[];
  children: ReactNode;
}

/** A captioned comparison: on the page a table with row anchors, in Markdown the caption in bold and the table. */
export function ComparisonTable({ id, caption, sources = [], children }: ComparisonTableProps) {
  const cited =
    sources.length > 0 ? (
      <p className="comparison-sources">
        {sources.length === 1 ? 'Source: ' : 'Sources: '}
        {sources.map((source) => (
          <Cite key={source.source} {...source} />
        ))}
      </p>
    ) : null;
  if (asMarkdown()) return md`**${caption}**\n\n${children}\n\n${cited}`;
  return (
    <figure id={id} className="comparison" data-slot="comparison-table">
      <figcaption id={`${id}-caption`} className="comparison-caption">
        {caption}
        <AnchorLink anchor={id} label={`Copy link to table: ${caption}`} />
      </figcaption>
      {children}
      {cited}
    </figure>
  );
}
