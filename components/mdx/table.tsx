import type { ComponentProps } from 'react';

/**
 * Every Markdown table scrolls inside its own focusable container, so a wide table never
 * makes the page scroll sideways on a phone.
 */
export function Table(props: ComponentProps<'table'>) {
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
