import { describe, expect, it } from 'vitest';
import type { Root, Table } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { navSections, pageByMarkdownPath, pageUrl, source } from '@/lib/source';
import { llmsFull, llmsIndex, pageMarkdown } from '@/lib/llms';
import { absoluteUrl, markdownPath, siteName } from '@/lib/site';
import { readingOrderUrls } from '../support/reading-order';
import { formatLongDate } from '@/lib/dates';
import { questionsForPage } from '@/lib/data/questions';

const pages = source.getPages();

interface TableFacts {
  caption: string;
  /** Plain text of each body row's first cell. */
  rows: string[];
}

/** The tables of the page's Markdown, parsed back: each bold caption line and the table after it. */
function markdownTables(markdown: string): TableFacts[] {
  const tree = remark().use(remarkGfm).parse(markdown) as Root;
  return tree.children.flatMap((node, index) => {
    const next = tree.children[index + 1];
    if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0].type !== 'strong' || next?.type !== 'table') return [];
    return [{ caption: toString(node), rows: next.children.slice(1).map((row) => toString(row.children[0]).trim()) }];
  });
}

/** The ComparisonTables of a page's MDX, read independently of the Markdown transform. */
function comparisonTables(mdx: string): TableFacts[] {
  const tree = remark().use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
  const tables: TableFacts[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'ComparisonTable') return;
    const caption = node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'caption');
    const table = node.children.find((child): child is Table => child.type === 'table');
    tables.push({ caption: String(caption?.value), rows: (table?.children.slice(1) ?? []).map((row) => toString(row.children[0]).trim()) });
  });
  return tables;
}

describe('llms.txt', () => {
  const index = llmsIndex();

  const labels = new Map(navSections().flatMap((section) => section.links.map((link) => [link.page, link.label])));

  it.each(pages.map((page) => [pageUrl(page), page] as const))('lists %s with its sidebar label, description and Markdown URL', (_url, page) => {
    expect(index).toContain(`- [${labels.get(page) ?? page.data.title}](${absoluteUrl(markdownPath(page.slugs))}): ${page.data.description}`);
  });

  it('labels a page by its short navTitle, as the sidebar does', () => {
    const ecr = source.getPage(['ecr'])!;
    expect(ecr.data.navTitle).toBe('Amazon ECR');
    expect(index).toContain(`- [Amazon ECR](${absoluteUrl('/md/ecr.md')}): `);
  });

  it('starts with the site name and summary (llmstxt.org) and points to the full text', () => {
    expect(index).toMatch(/^# ECS\/EKS Field Guide\n\n> /);
    expect(index).toContain(absoluteUrl('/llms-full.txt'));
    expect(index.match(/^- \[/gm)).toHaveLength(pages.length);
  });
});

describe('page Markdown', () => {
  it('has one URL per page, and every URL maps back to its page', () => {
    expect(new Set(pages.map((page) => markdownPath(page.slugs))).size).toBe(pages.length);
    for (const page of pages) expect(pageByMarkdownPath(markdownPath(page.slugs))).toBe(page);
    expect(markdownPath([])).toBe('/md/index.md');
    expect(markdownPath(['ecs', 'task-networking'])).toBe('/md/ecs/task-networking.md');
  });

  it.each(pages.map((page) => [pageUrl(page), page] as const))('%s carries its title, date, tables, callouts and sources', async (_url, page) => {
    const markdown = await pageMarkdown(page);
    const mdx = await page.data.getText('raw');
    expect(markdown.startsWith(`# ${page.data.title}\n\n> ${page.data.description}\n`)).toBe(true);
    expect(markdown).toContain(`Last reviewed: ${formatLongDate(page.data.lastReviewed)}.`);
    // Every ComparisonTable comes out as its caption and a table with the same rows.
    const written = markdownTables(markdown);
    for (const table of comparisonTables(mdx)) {
      const match = written.find((candidate) => candidate.caption === table.caption);
      expect(match, table.caption).toBeDefined();
      expect(match?.rows.length).toBe(table.rows.length);
      match?.rows.forEach((row, index) => expect(row).toContain(table.rows[index]));
    }
    expect((markdown.match(/^> \*\*Exam (tip|trap)/gm) ?? []).length).toBe((mdx.match(/<Exam(Tip|Trap)\b/g) ?? []).length);
    expect(markdown).toMatch(/\n## Sources\n\n\[\^1]: /);
    for (const source of page.data.sources) expect(markdown).toContain(`<${source.url}>`);
    if (questionsForPage(pageUrl(page)).length > 0) expect(markdown).toContain('\n\n## Check yourself\n');
    // The frame's sections stand apart from the body, and a "changed" label runs into the sentence it introduces.
    expect(markdown).toContain('\n\n## Sources\n');
    expect(markdown).not.toMatch(/:_ *\n/);
    // No MDX or JSX left for a reader to trip over.
    expect(markdown).not.toMatch(/<(ComparisonTable|ExamTip|ExamTrap|Changed|Unconfirmed|Diagram|AnchorLink)\b/);
    expect(markdown).not.toMatch(/\[#[a-z0-9-]+\]/);
  });

  it('writes a known table row with its "changed" marker, and the Unconfirmed flag', async () => {
    const computeOptions = source.getPage(['compute-options'])!;
    expect(markdownTables(await pageMarkdown(computeOptions)).map((table) => table.caption)).toEqual(
      comparisonTables(await computeOptions.data.getText('raw')).map((table) => table.caption),
    );
    expect(comparisonTables(await computeOptions.data.getText('raw'))).toHaveLength(3);
    expect(await pageMarkdown(computeOptions)).toMatch(/\| Daemon tasks \| .* \| _Changed April 2026:_ Managed Daemons/);
    const scaling = await pageMarkdown(source.getPage(['ecs', 'scaling-capacity'])!);
    expect(scaling).toContain('| ECS Managed Instances | AWS launches, manages and terminates the EC2 instances | _Changed September 2025:_ The third kind;');
  });

  it('writes the data-driven sections: trigger phrases, the exam review and the practice questions', async () => {
    const examTips = await pageMarkdown(source.getPage(['exam-tips'])!);
    expect(examTips).toContain('**Phrases in a question and the answer they point to**');
    expect(examTips).toMatch(/\| Serverless containers; lowest operational overhead for containers \| .* \| \[Explanation\]\(http/);
    expect(examTips).toMatch(/tips and traps from \d+ pages/);
    const practice = await pageMarkdown(source.getPage(['practice', 'ecs-core'])!);
    expect(practice).toContain('**Answer:**');
    const choosing = await pageMarkdown(source.getPage(['choosing'])!);
    expect(markdownTables(choosing).map((table) => table.caption)).toContain('The decision table: every rule the guide applies');
    const pricing = await pageMarkdown(source.getPage(['pricing'])!);
    expect(markdownTables(pricing).find((table) => table.caption.startsWith('Prices as of'))?.rows).toContain('Amazon ECS control plane');
    expect(pricing).toContain('**What the calculator assumes**');
  });
});

describe('llms-full.txt', () => {
  it('holds every page in guide order, as content/docs/meta.json lists them', async () => {
    const full = await llmsFull();
    // Each page's Markdown opens with its title and then its description.
    const titles = [...full.matchAll(/^# (.+)\n\n> /gm)].map((match) => match[1]);
    const titleOf = new Map(pages.map((page) => [pageUrl(page), page.data.title]));
    const order = readingOrderUrls();
    expect(order).toHaveLength(pages.length);
    expect(titles).toEqual([`${siteName}: the full guide`, ...order.map((url) => titleOf.get(url))]);
  });
});
