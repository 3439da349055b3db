import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { formatLongDate } from '../dates';
import { blockquoteOf, heading, link, paragraph, text } from './build';
import { citationsIn, numberSources, replaceCitations, tableCitation, titleSentence, type NumberedSource, type PageSource } from '../citations/citations';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { remarkPlainMarkdown, type ComponentToMarkdown } from './remark-plain-markdown';

export interface PageMarkdownInput {
  title: string;
  description: string;
  /** ISO date (YYYY-MM-DD). */
  lastReviewed: string;
  /** Absolute URL of the web page; links in the body are resolved against it. */
  url: string;
  sources: readonly PageSource[];
  /** The page's MDX source, frontmatter included (it is read from the loader's data, not from here). */
  mdx: string;
  /** Sections the layout adds after the body, before the sources (the "Check yourself" questions). */
  extra?: RootContent[];
  /** Markdown for components whose content is data, not MDX. */
  components?: Record<string, ComponentToMarkdown>;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The MDX body without its YAML frontmatter (title, description, date and sources come from the loader). */
export function stripFrontmatter(source: string): string {
  return source.replace(FRONTMATTER, '');
}

// Parsing needs MDX syntax; writing must not use it, or "<" and "{" in text would be escaped for MDX.
const parser = remark().use(remarkMdx).use(remarkGfm);
// Unpadded tables: padding every cell to the widest one bloats long tables for no reader's benefit.
const writer = remark()
  .use(remarkGfm, { tablePipeAlign: false })
  .data('settings', { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' });

function footnote(source: NumberedSource): FootnoteReference {
  return { type: 'footnoteReference', identifier: String(source.number), label: String(source.number) };
}

/** Citations become numbered footnotes, numbered as on the web page; the sources are their definitions. */
function citationsToFootnotes(tree: Root, sources: readonly PageSource[]): FootnoteDefinition[] {
  const numbered = numberSources(sources, citationsIn(tree));
  const byId = new Map(numbered.map((source) => [source.id, source]));
  replaceCitations(tree, (ids) => ids.flatMap((id) => (byId.has(id) ? [footnote(byId.get(id)!)] : [])));
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'ComparisonTable') return;
    const cited = tableCitation(node).flatMap((id) => byId.get(id) ?? []);
    if (cited.length > 0) node.children.push(paragraph(text(cited.length === 1 ? 'Source: ' : 'Sources: '), ...cited.map(footnote)));
  });
  return numbered.map((source) => ({
    type: 'footnoteDefinition',
    identifier: String(source.number),
    label: String(source.number),
    children: [paragraph(text(`${titleSentence(source.title)} `), link(source.url), text(`. Checked ${formatLongDate(source.checked)}.`))],
  }));
}

export function stringifyMarkdown(tree: Root): string {
  return writer.stringify(tree);
}

/**
 * One docs page as Markdown: title, description and review date at the top, the body (tables,
 * callouts, diagrams as Markdown), any layout sections, then the page's sources.
 */
export function renderPageMarkdown(input: PageMarkdownInput): string {
  const parsed = parser.parse(stripFrontmatter(input.mdx));
  const sources = citationsToFootnotes(parsed, input.sources);
  parsed.children.push(...(input.extra ?? []));
  const body = remark().use(remarkPlainMarkdown, { pageUrl: input.url, components: input.components }).runSync(parsed) as Root;
  const tree: Root = {
    type: 'root',
    children: [
      heading(1, text(input.title)),
      blockquoteOf(paragraph(text(input.description))),
      paragraph(text(`Last reviewed: ${formatLongDate(input.lastReviewed)}. Web page: `), link(input.url)),
      ...body.children,
      heading(2, text('Sources')),
      ...sources,
    ],
  };
  return stringifyMarkdown(tree);
}
