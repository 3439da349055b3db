import type { Heading, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { blockquoteOf, emphasis, paragraph, strong, text } from './build';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Turns a data-driven component (its content lives in lib/data, not in the MDX) into Markdown nodes. */
export type ComponentToMarkdown = (element: JsxElement) => RootContent[];

export interface PlainMarkdownOptions {
  /** Absolute URL of the page: site-relative and #fragment links are made absolute against it. */
  pageUrl: string;
  /** Components whose content is not in the MDX source (ExamReview, TriggerPhrases…). */
  components?: Record<string, ComponentToMarkdown>;
}

const EXAM_LABELS = { ExamTip: 'Exam tip', ExamTrap: 'Exam trap' } as const;
const CALLOUT_LABELS: Record<string, string> = {
  info: 'Note',
  warn: 'Warning',
  warning: 'Warning',
  error: 'Important',
  success: 'Tip',
  idea: 'Tip',
};
/** Fumadocs' custom heading id syntax, `## Title [#id]`: the id is for the web page, not for readers. */
const HEADING_ID = /\s*\[#[^\]]+]\s*$/;

function attribute(element: JsxElement, name: string): string | undefined {
  const found = element.attributes.find(
    (attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

function requireAttribute(element: JsxElement, name: string): string {
  const value = attribute(element, name);
  if (value === undefined) throw new Error(`<${element.name}> needs a "${name}" attribute for its Markdown version.`);
  return value;
}

/**
 * Puts inline nodes at the start of the first paragraph (a block element) or before the inline
 * children (an inline element), so a label reads as part of the sentence it introduces.
 */
function prependInline(element: JsxElement, children: RootContent[], inline: PhrasingContent[]): RootContent[] {
  if (element.type === 'mdxJsxTextElement') return [...inline, ...children];
  const [first, ...rest] = children;
  if (first?.type === 'paragraph') return [{ ...first, children: [...inline, ...first.children] }, ...rest];
  return [paragraph(...inline), ...children];
}

function appendInline(element: JsxElement, children: RootContent[], inline: PhrasingContent[]): RootContent[] {
  if (element.type === 'mdxJsxTextElement') return [...children, ...inline];
  const last = children.at(-1);
  if (last?.type === 'paragraph') return [...children.slice(0, -1), { ...last, children: [...last.children, ...inline] }];
  return [...children, paragraph(...inline)];
}

/** The Markdown for one of the site's MDX components (see components/mdx-components.tsx). */
function componentToMarkdown(element: JsxElement, children: RootContent[]): RootContent[] {
  const name = element.name ?? '';
  switch (name) {
    case 'ComparisonTable':
      return [paragraph(strong(text(requireAttribute(element, 'caption')))), ...children];
    case 'Diagram':
      return [paragraph(strong(text(`Diagram: ${requireAttribute(element, 'title')}`))), ...children];
    case 'ExamTip':
    case 'ExamTrap': {
      const exams = attribute(element, 'exam')?.split(/\s+/).filter(Boolean) ?? [];
      const label = `${EXAM_LABELS[name]}${exams.length > 0 ? ` (${exams.join(', ')})` : ''}:`;
      return [blockquoteOf(...prependInline(element, children, [strong(text(label)), text(' ')]))];
    }
    case 'Callout': {
      const label = attribute(element, 'title') ?? CALLOUT_LABELS[attribute(element, 'type') ?? 'info'] ?? 'Note';
      return [blockquoteOf(...prependInline(element, children, [strong(text(`${label}:`)), text(' ')]))];
    }
    case 'Changed':
      return prependInline(element, children, [emphasis(text(`Changed ${requireAttribute(element, 'since')}:`)), text(' ')]);
    case 'Unconfirmed':
      return appendInline(element, children, [text(' (unconfirmed)')]);
    case 'AnchorLink':
      // A copy-link control: nothing to read.
      return [];
    default:
      // Refuse rather than drop content: a new component needs a Markdown mapping here.
      throw new Error(`No Markdown mapping for <${name}>: add one in lib/markdown/remark-plain-markdown.ts.`);
  }
}

function isComment(expression: string): boolean {
  const trimmed = expression.trim();
  return trimmed.startsWith('/*') && trimmed.endsWith('*/');
}

function resolveUrl(url: string, pageUrl: string): string {
  // External links, mail and absolute URLs stay as they are.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return new URL(url, pageUrl).href;
}

function stripHeadingId(node: Heading): Heading {
  const last = node.children.at(-1);
  if (last?.type !== 'text' || !HEADING_ID.test(last.value)) return node;
  return { ...node, children: [...node.children.slice(0, -1), text(last.value.replace(HEADING_ID, ''))] };
}

function transformChildren(parent: Parent, options: PlainMarkdownOptions): RootContent[] {
  return parent.children.flatMap((child) => transformNode(child, options));
}

function transformNode(node: RootContent, options: PlainMarkdownOptions): RootContent[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(node.value)) return [];
      throw new Error(`A JavaScript expression {${node.value}} has no Markdown version.`);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const custom = options.components?.[node.name ?? ''];
      // Replacements may hold site links of their own, so they go through the transform too.
      if (custom) return custom(node).flatMap((child) => transformNode(child, options));
      return componentToMarkdown(node, transformChildren(node, options));
    }
    case 'heading':
      return [stripHeadingId({ ...node, children: transformChildren(node, options) as Heading['children'] })];
    case 'link': {
      const url = resolveUrl(node.url, options.pageUrl);
      const [only] = node.children;
      // A bare URL shown as its own text shows the resolved URL.
      const children = node.children.length === 1 && only.type === 'text' && only.value === node.url ? [text(url)] : transformChildren(node, options);
      return [{ ...node, url, children: children as PhrasingContent[] }];
    }
    case 'definition':
      return [{ ...node, url: resolveUrl(node.url, options.pageUrl) }];
    default:
      if ('children' in node) return [{ ...node, children: transformChildren(node, options) } as RootContent];
      return [node];
  }
}

/**
 * Remark plugin: rewrites a page's MDX tree (mdast) as plain Markdown that reads well outside the site.
 * - <ComparisonTable>: its caption as a bold line, then the table; <Changed> markers become text.
 * - <ExamTip>/<ExamTrap>/<Callout>: blockquotes that start with a bold label ("Exam tip (SAA):").
 * - <Diagram>: its title as a bold line, then the nested list it is drawn from.
 * - <Unconfirmed>: the text followed by "(unconfirmed)".
 * - Heading ids (`[#id]`) are dropped and site links become absolute URLs.
 * Anything it does not know throws, so no content silently disappears from the Markdown.
 */
export function remarkPlainMarkdown(options: PlainMarkdownOptions) {
  return (tree: Root) => {
    tree.children = transformChildren(tree, options);
  };
}
