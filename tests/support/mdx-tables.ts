import type { Root, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'fumadocs-core/content/md/frontmatter';

/** A Markdown table as its author wrote it: the plain text of each body row's first cell (citations left out). */
export interface TableShape {
  rows: string[];
}

const parser = remark().use(remarkMdx).use(remarkGfm);

/** The Markdown tables (plain or inside a component) and the <Diagram>s a page's MDX is written with. */
export function mdxTables(mdx: string): { tables: TableShape[]; diagrams: number } {
  const tree = parser.parse(frontmatter(mdx).content) as Root;
  const tables: TableShape[] = [];
  let diagrams = 0;
  visit(tree, (node) => {
    if (node.type === 'table') {
      const rows = (node as Table).children.slice(1).map((row) =>
        toString(row.children[0])
          .replace(/\s*\[@[^\]]+\]/g, '')
          .trim(),
      );
      tables.push({ rows });
    }
    if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Diagram') diagrams++;
  });
  return { tables, diagrams };
}
