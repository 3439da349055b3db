import type { ComponentProps } from 'react';

/**
 * A table that scrolls inside its own focusable box, so a wide table never makes the page scroll sideways on a
 * phone. Every Markdown table renders through it, and so do the tools' tables.
 */
export function TableScroll(props: ComponentProps<'table'>) {
  const labelledBy = props['aria-labelledby'];
  return (
    <div
      className="table-scroll"
      data-slot="table-scroll"
      role="region"
      tabIndex={0}
      {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': 'Table' })}
    >
      <table {...props} />
    </div>
  );
}
