import type { ReactNode } from 'react';
import { asMarkdown, md } from 'fumadocs-core/server';
import { AnchorLink } from '@/components/ui/anchor-link';

interface DiagramProps {
  id: string;
  title: string;
  /** A nested Markdown list: each level is one level of the hierarchy. */
  children: ReactNode;
}

/** A hierarchy drawn as a tree from nested lists: real text, no client JavaScript. In Markdown, the list itself. */
export function Diagram({ id, title, children }: DiagramProps) {
  if (asMarkdown()) return md`**Diagram: ${title}**\n\n${children}`;
  return (
    <figure id={id} className="diagram" data-slot="diagram" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="diagram-title">
        {title}
        <AnchorLink anchor={id} label={`Copy link to diagram: ${title}`} />
      </figcaption>
      <div className="diagram-tree">{children}</div>
    </figure>
  );
}
