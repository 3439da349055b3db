import type { Definition, Link, Nodes } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type { LLMsOptions } from 'fumadocs-core/mdx-plugins/remark-llms';
import { replaceSource, type Stringifier } from 'fumadocs-core/mdx-plugins/stringifier';
import { valueToEstree } from 'estree-util-value-to-estree';

/**
 * Every page is compiled twice over: its React body and, through Fumadocs' remarkLLMs, a `_markdown` component
 * whose text is the authored Markdown and whose MDX elements are the same components, each of which renders its
 * own Markdown form. The site's remark plugin adds what the authored text cannot say by itself: absolute links
 * and numbered citations.
 */
export const MARKDOWN_FORM: LLMsOptions = {
  output: 'function',
  // Heading ids are for the web page; readers of the Markdown don't need them.
  headingIds: false,
  // MDX comments are notes to authors. (Any other expression fails the build in the remark plugin.)
  filterElement: (node) => !isComment(node),
};

type Expression = Parameters<Stringifier['expression']>[0];

/** Props the `_markdown` component reads besides `components`. */
export interface MarkdownFormProps {
  /** Turns a link as authored (`/docs/x/#y`, `#y`) into the URL a reader of the Markdown can open. */
  resolveHref: (href: string) => string;
}

export function isComment(node: Nodes): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const value = node.value.trim();
  return value.startsWith('/*') && value.endsWith('*/');
}

function propsMember(...path: string[]): Expression {
  return path.reduce<Expression>(
    (object, name) => ({ type: 'MemberExpression', object, property: { type: 'Identifier', name }, computed: false, optional: false }),
    { type: 'Identifier', name: 'props' },
  );
}

/** A link to the site stays as authored on the web page and becomes absolute in the Markdown. */
export function markdownLink(file: VFile, node: Link | Definition) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(node.url)) return;
  const url: Expression = {
    type: 'CallExpression',
    callee: propsMember('resolveHref'),
    arguments: [{ type: 'Literal', value: node.url }],
    optional: false,
  };
  replaceSource(file, node, (s) => {
    const href = s.expression(url, node.url);
    return node.type === 'definition' ? `[${node.label ?? node.identifier}]: ${href}` : `[${s.inner(node)}](${href})`;
  });
}

/** What a citation needs to render itself: the source, its number on the page and its title. */
export interface CitedSource {
  source: string;
  number: string;
  title: string;
}

/**
 * The `[@a; @b]` marker between `start` and `end` in the page source becomes <Cite> elements in the Markdown, so
 * the Cite component writes its own Markdown form. Other outputs (the search index) keep the marker as authored.
 */
export function markdownCitation(file: VFile, start: number, end: number, sources: readonly CitedSource[]) {
  const range = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
  const original = String(file.value).slice(start, end);
  const cites: Expression[] = sources.map((cited) => ({
    type: 'JSXElement',
    openingElement: {
      type: 'JSXOpeningElement',
      name: {
        type: 'JSXMemberExpression',
        object: {
          type: 'JSXMemberExpression',
          object: { type: 'JSXIdentifier', name: 'props' },
          property: { type: 'JSXIdentifier', name: 'components' },
        },
        property: { type: 'JSXIdentifier', name: 'Cite' },
      },
      attributes: Object.entries(cited).map(([name, value]) => ({
        type: 'JSXAttribute',
        name: { type: 'JSXIdentifier', name },
        value: { type: 'Literal', value },
      })),
      selfClosing: true,
    },
    closingElement: null,
    children: [],
  }));
  // Stryker disable next-line StringLiteral: the stringifier reads only the position of the node it replaces, never its type
  replaceSource(file, { type: 'text', value: original, position: range }, (s) =>
    cites.map((cite, index) => s.expression(cite, index === 0 ? original : '')).join(''),
  );
}

/** A JSX attribute whose value is data (an array of objects), readable by the component in both forms. */
export function dataAttribute(name: string, value: readonly object[]): MdxJsxAttribute {
  const expression = valueToEstree(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] } },
    },
  };
}
