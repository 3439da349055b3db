import type { ReactNode } from 'react';
import { AnchorLink } from '@/components/ui/anchor-link';

interface ComparisonTableProps {
  /** Stable table id; row anchors are derived from it at build time (lib/mdx/remark-field-guide.ts). */
  id: string;
  caption: string;
  children: ReactNode;
}

/** A captioned comparison. The Markdown table inside gets row ids and header scopes at build time. */
export function ComparisonTable({ id, caption, children }: ComparisonTableProps) {
  return (
    <figure id={id} className="comparison" data-slot="comparison-table">
      <figcaption id={`${id}-caption`} className="comparison-caption">
        {caption}
        <AnchorLink anchor={id} label={`Copy link to table: ${caption}`} />
      </figcaption>
      {children}
    </figure>
  );
}
