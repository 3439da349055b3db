import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { formatLongDate } from '../dates';
import { blockquoteOf, heading, link, list, paragraph, text } from './build';
import { remarkPlainMarkdown, type ComponentToMarkdown, type PlainMarkdownOptions } from './remark-plain-markdown';

export interface PageMarkdownInput {
  title: string;
  description: string;
  /** ISO date (YYYY-MM-DD). */
  lastReviewed: string;
  /** Absolute URL of the web page; links in the body are resolved against it. */
  url: string;
  sources: readonly string[];
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

/** Parses MDX and applies the plain-Markdown transform: the page body as an mdast tree. */
export function mdxToPlainTree(mdx: string, options: PlainMarkdownOptions, extra: RootContent[] = []): Root {
  const tree = parser.parse(stripFrontmatter(mdx));
  // Layout sections go through the same transform, so their site links become absolute too.
  tree.children.push(...extra);
  return remark().use(remarkPlainMarkdown, options).runSync(tree) as Root;
}

export function stringifyMarkdown(tree: Root): string {
  return writer.stringify(tree);
}

/**
 * One docs page as Markdown: title, description and review date at the top, the body (tables,
 * callouts, diagrams as Markdown), any layout sections, then the page's sources.
 */
export function renderPageMarkdown(input: PageMarkdownInput): string {
  const body = mdxToPlainTree(input.mdx, { pageUrl: input.url, components: input.components }, input.extra);
  const tree: Root = {
    type: 'root',
    children: [
      heading(1, text(input.title)),
      blockquoteOf(paragraph(text(input.description))),
      paragraph(text(`Last reviewed: ${formatLongDate(input.lastReviewed)}. Web page: `), link(input.url)),
      ...body.children,
      heading(2, text('Sources')),
      list(input.sources.map((url) => paragraph(link(url))), true),
    ],
  };
  return stringifyMarkdown(tree);
}
