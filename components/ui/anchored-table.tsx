import type { ReactNode } from 'react';
import { asMarkdown } from 'fumadocs-core/server';
import { blocks, markdownTable } from '@/lib/markdown';
import { slugify } from '@/lib/slug';
import { AnchorLink } from './anchor-link';
import { TableScroll } from './table-scroll';

export interface AnchoredRow {
  /** Stable key of the row's data; the row's anchor is the table id and this key. */
  key: string;
  /** What the row is about, for its copy-link control. */
  label: string;
  /** The cells on the web page; the first is the row's header. */
  cells: ReactNode[];
  /** The same cells as inline Markdown. */
  markdown: string[];
  /** Hooks for the row's tests and scripts. */
  hooks?: Record<string, string | number>;
}

interface AnchoredTableProps {
  id: string;
  caption: ReactNode;
  /** The caption as plain text, for the copy-link label and the Markdown. */
  captionText: string;
  columns: readonly string[];
  rows: readonly AnchoredRow[];
  className?: string;
  hooks?: Record<string, string | number>;
}

/** The anchor of a generated table's row. */
export function rowAnchor(tableId: string, key: string): string {
  return `${tableId}-${slugify(key)}`;
}

/**
 * A table generated from data, anchored like a ComparisonTable: the table and every row have an id and a
 * copy-link control, the first column holds row headers. In Markdown: the caption in bold, then the table.
 * A render function, not a component: the component that owns the data returns it, so that component's own
 * render is its Markdown form.
 */
export function anchoredTable({ id, caption, captionText, columns, rows, className, hooks }: AnchoredTableProps) {
  if (asMarkdown())
    return blocks(
      `**${captionText}**`,
      markdownTable(
        columns,
        rows.map((row) => row.markdown),
      ),
    );
  const captionId = `${id}-caption`;
  return (
    <figure id={id} className={className ? `comparison ${className}` : 'comparison'} data-slot="anchored-table" {...hooks}>
      <figcaption id={captionId} className="comparison-caption">
        {caption}
        <AnchorLink anchor={id} label={`Copy link to table: ${captionText}`} />
      </figcaption>
      <TableScroll aria-labelledby={captionId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [header, ...cells] = row.cells;
            const anchor = rowAnchor(id, row.key);
            return (
              <tr key={row.key} id={anchor} {...row.hooks}>
                <th scope="row">
                  {header}
                  <AnchorLink anchor={anchor} label={`Copy link to row: ${row.label}`} />
                </th>
                {cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </TableScroll>
    </figure>
  );
}
