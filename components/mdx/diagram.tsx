import type { ReactNode } from 'react';
import { AnchorLink } from '@/components/ui/anchor-link';

interface DiagramProps {
  id: string;
  title: string;
  /** A nested Markdown list: each level is one level of the hierarchy. */
  children: ReactNode;
}

/** A hierarchy drawn as a tree from nested lists: real text, no client JavaScript. */
export function Diagram({ id, title, children }: DiagramProps) {
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
