import type { Root, Parent, PhrasingContent, Text, Node } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Citations are data: each page lists its sources once in frontmatter (id, title, URL, the date the
 * claims were checked against it), and the text cites them where a claim stands with `[@id]`
 * (several: `[@a; @b]`, the Pandoc convention, which Markdown leaves as plain text).
 * A comparison table cites for all its rows with `cite="a b"`.
 */
export interface PageSource {
  id: string;
  title: string;
  url: string;
  /** ISO date (YYYY-MM-DD) the page's claims were last checked against this source. */
  checked: string;
}

/** A source as a reader sees it: numbered in the order the page first cites it. */
export interface NumberedSource extends PageSource {
  number: number;
}

const CITATION = /\[@([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*;\s*@[a-z0-9]+(?:-[a-z0-9]+)*)*)\]/g;

export type TextPiece = { kind: 'text'; value: string } | { kind: 'citation'; ids: string[] };

/** Splits text into plain runs and citation markers. */
export function splitCitations(value: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of value.matchAll(CITATION)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ kind: 'text', value: value.slice(last, start) });
    pieces.push({ kind: 'citation', ids: idsOf(match[1]) });
    last = start + match[0].length;
  }
  if (last < value.length) pieces.push({ kind: 'text', value: value.slice(last) });
  return pieces;
}

/** Where each citation marker sits in `text`, with the spaces before it: the marker hugs the words it supports. */
export function citationSpans(text: string): { start: number; end: number; ids: string[] }[] {
  return [...text.matchAll(CITATION)].map((match) => {
    const end = (match.index ?? 0) + match[0].length;
    // Stryker disable next-line OptionalChaining: /\s*$/ matches every string (if only an empty run), so exec never returns null
    const start = (match.index ?? 0) - (/\s*$/.exec(text.slice(0, match.index))?.[0].length ?? 0);
    return { start, end, ids: idsOf(match[1]) };
  });
}

function idsOf(list: string): string[] {
  // Stryker disable next-line Regex: an id the citation pattern matched holds no @ but the one in front
  return list.split(';').map((id) => id.trim().replace(/^@/, ''));
}

export function hasCitation(value: string): boolean {
  return splitCitations(value).some((piece) => piece.kind === 'citation');
}

/** The `cite="a b"` attribute of a comparison table: sources for every row. */
export function tableCitation(node: MdxJsxFlowElement): string[] {
  const found = node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'cite');
  return typeof found?.value === 'string' ? found.value.split(/\s+/).filter(Boolean) : [];
}

export interface CitationUse {
  id: string;
  position: Node['position'];
}

/** Every citation in a page's tree, in reading order (tables' `cite` attributes included). */
export function citationsIn(tree: Root): CitationUse[] {
  const uses: CitationUse[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'ComparisonTable') {
      for (const id of tableCitation(node as MdxJsxFlowElement)) uses.push({ id, position: node.position });
    }
    if (node.type === 'text') {
      for (const piece of splitCitations((node as Text).value)) {
        if (piece.kind === 'citation') for (const id of piece.ids) uses.push({ id, position: node.position });
      }
    }
    return undefined;
  });
  return uses;
}

export interface CitationProblems {
  unknown: CitationUse[];
  uncited: PageSource[];
  duplicates: string[];
}

/** What is wrong between a page's listed sources and its citations; empty lists when all is well. */
export function citationProblems(sources: readonly PageSource[], uses: readonly CitationUse[]): CitationProblems {
  const listed = new Set(sources.map((source) => source.id));
  const cited = new Set(uses.map((use) => use.id));
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const source of sources) {
    if (seen.has(source.id)) duplicates.push(source.id);
    seen.add(source.id);
  }
  return {
    unknown: uses.filter((use) => !listed.has(use.id)),
    uncited: sources.filter((source) => !cited.has(source.id)),
    duplicates,
  };
}

/** The page's sources numbered by first citation; sources nobody cites come last, in listed order. */
export function numberSources(sources: readonly PageSource[], uses: readonly CitationUse[]): NumberedSource[] {
  const order = [...new Set(uses.map((use) => use.id))];
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length + sources.findIndex((source) => source.id === id) : index;
  };
  return [...sources].sort((a, b) => rank(a.id) - rank(b.id)).map((source, index) => ({ ...source, number: index + 1 }));
}

/** The text split at its markers, each marker hugging the words it supports: "14 months [@x]." reads "14 months[1].". */
function hugged(text: string): TextPiece[] {
  const pieces = splitCitations(text);
  return pieces.map((piece, at) =>
    piece.kind === 'text' && pieces[at + 1]?.kind === 'citation' ? { kind: 'text', value: piece.value.replace(/\s+$/, '') } : piece,
  );
}

/**
 * Replaces every `[@…]` marker in the tree's text with the phrasing nodes `render` returns
 * (an MDX element for the web page, a footnote reference for Markdown).
 */
export function replaceCitations(tree: Root, render: (ids: string[]) => PhrasingContent[]) {
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    // Stryker disable next-line LogicalOperator: a text node inside a Root always has a parent and an index
    if (!parent || index === undefined) return undefined;
    const pieces = hugged(node.value);
    if (!pieces.some((piece) => piece.kind === 'citation')) return undefined;
    const replacement = pieces.flatMap((piece): PhrasingContent[] => {
      if (piece.kind === 'citation') return render(piece.ids);
      // Each piece keeps the position of the text it came from: the Markdown form writes an element's children from
      // the source between its first and last positioned child, so pieces without one lose their words there.
      return piece.value === '' ? [] : [{ type: 'text', value: piece.value, position: node.position }];
    });
    parent.children.splice(index, 1, ...(replacement as Parent['children']));
    return [SKIP, index + replacement.length];
  });
}

/** Text without its `[@id]` markers and the space each leaves before the next word or stop: what a reader reads. */
export function withoutCitations(text: string): string {
  return hugged(text)
    .map((piece) => (piece.kind === 'text' ? piece.value : ''))
    .join('');
}

/** A source's title as the start of a sentence: "What is Amazon ECS?" keeps its own mark, others get a full stop. */
export function titleSentence(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}
