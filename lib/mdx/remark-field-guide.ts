import type { Root, RootContent, Table, TableCell, PhrasingContent, Heading, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '../slug';
import type { ExamCalloutRecord, AnchorRecord } from './records';
import {
  citationProblems,
  citationSpans,
  citationsIn,
  numberSources,
  replaceCitations,
  tableCitation,
  type PageSource,
} from '../citations/citations';
import { dataAttribute, isComment, markdownCitation, markdownLink, type CitedSource } from './markdown-form';

const CALLOUT_KINDS = { ExamTip: 'tip', ExamTrap: 'trap' } as const;
/** Components the plugin checks and records: each is a block of its own. */
const BLOCK_COMPONENTS = new Set(['ComparisonTable', 'ExamTip', 'ExamTrap', 'Diagram']);
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

declare module 'vfile' {
  interface DataMap {
    examCallouts: ExamCalloutRecord[];
    anchors: AnchorRecord[];
    /** Source ids in citation order: the page's Sources list is numbered this way. */
    sourceOrder: string[];
  }
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function fail(file: VFile, node: { position?: RootContent['position'] }, message: string): never {
  const line = node.position?.start.line;
  throw new Error(`[field-guide] ${file.path}${line ? `:${line}` : ''}: ${message}`);
}

function requireId(file: VFile, node: MdxJsxFlowElement, seen: Set<string>): string {
  const id = attribute(node, 'id');
  if (!id) fail(file, node, `<${node.name}> needs an "id" attribute (a stable public anchor).`);
  if (!ID_PATTERN.test(id)) fail(file, node, `<${node.name} id="${id}"> must be lowercase kebab-case.`);
  if (seen.has(id)) fail(file, node, `duplicate anchor id "${id}".`);
  seen.add(id);
  return id;
}

function textElement(name: string, attributes: Record<string, string>): PhrasingContent {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: [],
  };
}

/** Gives table rows stable ids and header semantics, so every row is a linkable anchor. */
function enhanceTable(file: VFile, wrapper: MdxJsxFlowElement, tableId: string, seen: Set<string>, anchors: AnchorRecord[]) {
  const caption = attribute(wrapper, 'caption');
  if (!caption) fail(file, wrapper, `<ComparisonTable id="${tableId}"> needs a "caption" attribute.`);
  const table = wrapper.children.find((child): child is Table => child.type === 'table');
  if (!table) fail(file, wrapper, `<ComparisonTable id="${tableId}"> must contain a Markdown table (blank lines around it).`);

  table.data = { ...table.data, hProperties: { 'aria-labelledby': `${tableId}-caption` } };
  const [head, ...rows] = table.children;
  for (const cell of head?.children ?? []) {
    cell.data = { ...cell.data, hProperties: { scope: 'col' } };
  }
  for (const row of rows) {
    const first: TableCell | undefined = row.children[0];
    if (!first) continue;
    const label = toString(first).trim();
    if (!label) fail(file, row, `a row of table "${tableId}" has an empty first cell: the first cell names the row and its anchor.`);
    const rowId = `${tableId}-${slugify(label)}`;
    if (seen.has(rowId)) fail(file, row, `two rows of table "${tableId}" produce the same anchor "${rowId}".`);
    seen.add(rowId);
    row.data = { ...row.data, hProperties: { id: rowId } };
    first.data = { ...first.data, hName: 'th', hProperties: { scope: 'row' } };
    first.children.push(textElement('AnchorLink', { anchor: rowId, label: `Copy link to row: ${label}` }));
    anchors.push({ id: rowId, kind: 'row', label: `${caption}: ${label}` });
  }
  anchors.push({ id: tableId, kind: 'table', label: caption });
}

function pageSourcesOf(file: VFile): PageSource[] {
  const frontmatter: unknown = file.data.frontmatter;
  if (typeof frontmatter !== 'object' || frontmatter === null || !('sources' in frontmatter)) return [];
  return Array.isArray(frontmatter.sources) ? (frontmatter.sources as PageSource[]) : [];
}

/**
 * Checks the page's citations against its frontmatter sources and turns every `[@id]` into a numbered <Cite>,
 * on the web page and in the Markdown; a comparison table's `cite` attribute becomes its `sources`.
 */
function resolveCitations(tree: Root, file: VFile): string[] {
  const sources = pageSourcesOf(file);
  const uses = citationsIn(tree);
  const problems = citationProblems(sources, uses);
  const listed = sources.map((source) => source.id).join(', ') || 'none';
  for (const use of problems.unknown) {
    fail(file, { position: use.position }, `cites unknown source "${use.id}" (this page's sources: ${listed}).`);
  }
  if (problems.duplicates.length > 0) fail(file, tree, `sources list the id "${problems.duplicates[0]}" twice.`);
  if (problems.uncited.length > 0) {
    fail(
      file,
      tree,
      `source "${problems.uncited[0].id}" (${problems.uncited[0].url}) is listed but nothing on the page cites it: cite it with [@${problems.uncited[0].id}] beside the claim it supports, or remove it.`,
    );
  }
  const numbered = numberSources(sources, uses);
  const cited = new Map<string, CitedSource>(
    numbered.map((source) => [source.id, { source: source.id, number: String(source.number), title: source.title }]),
  );
  // Stryker disable next-line ArrayDeclaration: every cited id was checked against the sources above, so the lookup never misses
  const citedAs = (ids: readonly string[]) => ids.flatMap((id) => cited.get(id) ?? []);

  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (const span of citationSpans(String(file.value).slice(start, end))) {
      markdownCitation(file, start + span.start, start + span.end, citedAs(span.ids));
    }
  });
  replaceCitations(tree, (ids) => citedAs(ids).map(({ source, number, title }) => textElement('Cite', { source, number, title })));
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'ComparisonTable') return;
    const ids = tableCitation(node);
    if (ids.length > 0) node.attributes.push(dataAttribute('sources', citedAs(ids)));
  });
  return numbered.map((source) => source.id);
}

/**
 * The site's remark plugin. Runs after Fumadocs assigns heading ids and before it builds the search index and the
 * page's Markdown form, so row ids, callout records and citations are known to both.
 * - <ComparisonTable>: row anchors, `scope` on header cells, first column as row headers.
 * - <ExamTip>/<ExamTrap>: required ids, collected into `examCallouts` for the review page.
 * - `[@id]` citations: checked against the frontmatter sources, numbered, rendered as <Cite>.
 * - Site links: made absolute in the Markdown form. A JavaScript expression, which has no Markdown form, fails.
 */
export function remarkFieldGuide() {
  return (tree: Root, file: VFile) => {
    // First, so row anchors and callout texts are made from the words, not the citation markers.
    file.data.sourceOrder = resolveCitations(tree, file);
    const seen = new Set<string>();
    const anchors: AnchorRecord[] = [];
    const callouts: ExamCalloutRecord[] = [];
    let section: { id: string; title: string } | undefined;

    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        markdownLink(file, node);
        return;
      }
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node)) {
        fail(file, node, `the expression {${node.value}} has no Markdown form: write the text itself, or use a component.`);
      }
      if (node.type === 'heading') {
        const heading = node as Heading;
        const id = heading.data?.hProperties?.id;
        if (typeof id === 'string') {
          seen.add(id);
          section = {
            id,
            title: toString(heading)
              .replace(/\s*\[#[^\]]+]\s*$/, '')
              .trim(),
          };
        }
        return;
      }
      // Written inside a line of text, these would go unchecked and unrecorded, and render inside a paragraph.
      if (node.type === 'mdxJsxTextElement' && node.name && BLOCK_COMPONENTS.has(node.name)) {
        fail(file, node, `<${node.name}> must stand on its own lines, with blank lines around it, not inside a paragraph.`);
      }
      if (node.type !== 'mdxJsxFlowElement') return;
      const element = node as MdxJsxFlowElement;
      if (element.name === 'ComparisonTable') {
        enhanceTable(file, element, requireId(file, element, seen), seen, anchors);
      } else if (element.name === 'ExamTip' || element.name === 'ExamTrap') {
        const id = requireId(file, element, seen);
        const exam = attribute(element, 'exam');
        callouts.push({
          id,
          kind: CALLOUT_KINDS[element.name],
          exam: exam ? exam.split(/\s+/).filter(Boolean) : [],
          text: toString(element).replace(/\s+/g, ' ').trim(),
          section: section ?? null,
        });
        anchors.push({ id, kind: 'callout', label: element.name === 'ExamTip' ? 'Exam tip' : 'Exam trap' });
      } else if (element.name === 'Diagram') {
        const id = requireId(file, element, seen);
        anchors.push({ id, kind: 'diagram', label: attribute(element, 'title') ?? id });
      }
    });

    file.data.examCallouts = callouts;
    file.data.anchors = anchors;
  };
}
