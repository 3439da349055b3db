import type { ComponentProps } from 'react';
import { CODE_BLOCK_SLOT, COPY_CODE } from '@/components/ui/clipboard-hooks';

/**
 * A Shiki-highlighted code block with its title and a copy button. The page's clipboard listener wires the
 * button, so no per-block JavaScript ships.
 */
export function CodeBlock({ title, children, icon: _icon, ...props }: ComponentProps<'pre'> & { title?: string; icon?: unknown }) {
  // `icon` is an SVG string Fumadocs' code plugin attaches for its own UI; it is not an HTML attribute.
  return (
    <figure className="code-block" data-slot={CODE_BLOCK_SLOT}>
      {title ? <figcaption className="code-block-title">{title}</figcaption> : null}
      <button type="button" className="code-copy" {...{ [COPY_CODE]: '' }} aria-label={title ? `Copy code: ${title}` : 'Copy code'}>
        Copy
      </button>
      <pre {...props} tabIndex={0}>
        {children}
      </pre>
    </figure>
  );
}
