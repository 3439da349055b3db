// Lists, per page, the blocks that state a checkable claim (a number, date, price, quota, default or
// absolute) without a citation, and checks each page's citations against its sources.
// Usage: npm run citations [-- content/docs/ecs/quotas.mdx …] [--all] (--all also prints cited blocks' counts only).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { frontmatter } from 'fumadocs-core/content/md/frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root, Node, Parent, TableRow, ListItem, Paragraph } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { citationProblems, citationsIn, hasCitation, splitCitations, tableCitation, type PageSource } from '../lib/citations/citations';
import { docsPageSchema } from '../lib/frontmatter';

/** Words that make a sentence an absolute or a default, the claims that age fastest. */
const ABSOLUTE =
  /\b(only|never|always|no longer|not supported|unsupported|not available|unavailable|can't|cannot|can not|doesn't|does not|don't|isn't|aren't|won't|default|defaults|up to|at least|at most|maximum|minimum|free|no charge|no extra charge|required|requires|must|every|all)\b/i;
/** A figure: a digit that is not part of a name such as EC2, S3 or IPv6. */
const FIGURE = /(?<![A-Za-z0-9_.-])\d|\$/;

export interface ClaimBlock {
  kind: 'paragraph' | 'list item' | 'table row';
  line: number;
  text: string;
  cited: boolean;
}

export function isClaim(text: string): boolean {
  // Typographic apostrophes ("doesn’t") must count like straight ones.
  const plainText = text.replace(/[\u2018\u2019]/g, "'");
  return FIGURE.test(plainText) || ABSOLUTE.test(plainText);
}

function plain(node: Node): string {
  return splitCitations(toString(node))
    .map((piece) => (piece.kind === 'text' ? piece.value : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text a list item states itself, without its nested lists (those are blocks of their own). */
function ownText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map(plain)
    .join(' ');
}

function ownCitation(item: ListItem): boolean {
  return item.children.filter((child) => child.type !== 'list').some((child) => hasCitation(toString(child)));
}

/** Every block of a page that states a claim, in reading order, with whether it carries a citation. */
export function claimBlocks(tree: Root): ClaimBlock[] {
  const blocks: ClaimBlock[] = [];
  const add = (kind: ClaimBlock['kind'], node: Node, text: string, cited: boolean) => {
    if (isClaim(text)) blocks.push({ kind, line: node.position?.start.line ?? 0, text, cited });
  };
  const walk = (node: Node, tableCited: boolean) => {
    if (node.type === 'code' || node.type === 'heading') return;
    if (node.type === 'mdxJsxFlowElement') {
      const element = node as MdxJsxFlowElement;
      // A diagram is structure, not claims; a table may cite for all its rows.
      if (element.name === 'Diagram') return;
      const cited = element.name === 'ComparisonTable' && tableCitation(element).length > 0;
      for (const child of element.children) walk(child, cited);
      return;
    }
    if (node.type === 'tableRow') {
      const row = node as TableRow;
      add('table row', row, row.children.map(plain).join(' | '), tableCited || hasCitation(toString(row)));
      return;
    }
    if (node.type === 'table') {
      // The header row names columns; it states nothing.
      for (const row of (node as Parent).children.slice(1)) walk(row, tableCited);
      return;
    }
    if (node.type === 'listItem') {
      const item = node as ListItem;
      add('list item', item, ownText(item), ownCitation(item));
      for (const child of item.children) if (child.type === 'list') walk(child, tableCited);
      return;
    }
    if (node.type === 'paragraph') {
      const paragraph = node as Paragraph;
      add('paragraph', paragraph, plain(paragraph), hasCitation(toString(paragraph)));
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child, tableCited);
  };
  walk(tree, false);
  return blocks;
}

const parser = remark().use(remarkMdx).use(remarkGfm);

export interface PageReport {
  file: string;
  blocks: ClaimBlock[];
  problems: string[];
}

/** One page: its frontmatter checked by the site's schema, its citations against its sources, its claims. */
export function reportPage(file: string): PageReport {
  const source = readFileSync(file, 'utf8');
  const matter = frontmatter(source);
  const problems: string[] = [];
  const parsed = docsPageSchema.safeParse(matter.data);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`frontmatter ${issue.path.join('.')}: ${issue.message}`);
  // Keep line numbers: the body starts after the frontmatter lines.
  const offset = source.slice(0, source.length - matter.content.length).split('\n').length - 1;
  const tree = parser.parse('\n'.repeat(offset) + matter.content);
  const sources: PageSource[] = parsed.success ? parsed.data.sources : [];
  const citations = citationProblems(sources, citationsIn(tree));
  for (const use of citations.unknown) problems.push(`line ${use.position?.start.line ?? '?'}: cites unknown source "${use.id}"`);
  for (const unused of citations.uncited) problems.push(`source "${unused.id}" is listed but nothing cites it`);
  for (const id of citations.duplicates) problems.push(`source id "${id}" is listed twice`);
  return { file, blocks: claimBlocks(tree), problems };
}

export function mdxFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return mdxFiles(full);
      return full.endsWith('.mdx') ? [full] : [];
    })
    .sort();
}

export function coverage(blocks: readonly ClaimBlock[]): number {
  return blocks.length === 0 ? 1 : blocks.filter((block) => block.cited).length / blocks.length;
}

function main(args: string[]) {
  const files = args.filter((arg) => !arg.startsWith('--'));
  const reports = (files.length > 0 ? files : mdxFiles('content/docs')).map(reportPage);
  let failed = false;
  for (const report of reports) {
    const uncited = report.blocks.filter((block) => !block.cited);
    const percent = (coverage(report.blocks) * 100).toFixed(0);
    console.log(`\n${report.file}: ${report.blocks.length - uncited.length}/${report.blocks.length} claim blocks cited (${percent}%)`);
    for (const problem of report.problems) console.log(`  ERROR ${problem}`);
    for (const block of uncited)
      console.log(`  line ${block.line} (${block.kind}): ${block.text.slice(0, 110)}${block.text.length > 110 ? '…' : ''}`);
    if (report.problems.length > 0) failed = true;
  }
  const all = reports.flatMap((report) => report.blocks);
  console.log(
    `\nAll pages: ${all.filter((block) => block.cited).length}/${all.length} claim blocks cited (${(coverage(all) * 100).toFixed(1)}%)`,
  );
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
