import { describe, expect, it } from 'vitest';
import type { Definition, Link, Nodes, Root, Text } from 'mdast';
import { createStringifier } from 'fumadocs-core/mdx-plugins/stringifier';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { dataAttribute, isComment, markdownCitation, markdownLink } from '@/lib/mdx/markdown-form';
import { parseMdx } from '../support/mdx-tree';

type Expression = Parameters<Parameters<typeof createStringifier>[2] & object>[0];

/** The page's Markdown where the output can evaluate expressions: each one is captured and shown as `{#n}`. */
function markdownWithExpressions(tree: Root, file: VFile) {
  const expressions: Expression[] = [];
  const text = createStringifier(file, undefined, (expression) => `{#${expressions.push(expression) - 1}}`)
    .stringify(tree)
    .trimEnd();
  return { text, expressions };
}

/** The page's Markdown where expressions cannot be evaluated (the search index): their fallbacks stand in. */
function markdownWithFallbacks(tree: Root, file: VFile) {
  return createStringifier(file).stringify(tree).trimEnd();
}

function resolveHrefCall(url: string) {
  return {
    type: 'CallExpression',
    callee: {
      type: 'MemberExpression',
      object: { type: 'Identifier', name: 'props' },
      property: { type: 'Identifier', name: 'resolveHref' },
      computed: false,
      optional: false,
    },
    arguments: [{ type: 'Literal', value: url }],
    optional: false,
  };
}

function linksOf(tree: Root): (Link | Definition)[] {
  const links: (Link | Definition)[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push(node);
  });
  return links;
}

describe('MDX comments', () => {
  it('are expressions, flow or inline, holding one block comment, spaces around it allowed', () => {
    const { tree } = parseMdx('{/* a note */}\n\nText { /* inline */ } here.\n');
    const expressions: Nodes[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') expressions.push(node);
    });
    expect(expressions.map((node) => node.type)).toEqual(['mdxFlowExpression', 'mdxTextExpression']);
    expect(expressions.map(isComment)).toEqual([true, true]);
  });

  it('are not code that merely starts or ends with a comment, nor text that looks like one', () => {
    const { tree } = parseMdx('{/* a */ 1 + 1}\n\n{total /* b */}\n');
    const [starts, ends] = tree.children;
    expect(isComment(starts)).toBe(false);
    expect(isComment(ends)).toBe(false);
    const text: Text = { type: 'text', value: '/* not a comment */' };
    expect(isComment(text)).toBe(false);
    expect(isComment({ type: 'paragraph', children: [text] })).toBe(false);
  });
});

describe('site links in the Markdown form', () => {
  it('become a call of props.resolveHref with the link as authored, in links and in definitions', () => {
    const { tree, file } = parseMdx(
      'See [GPU options](/docs/compute-options/#gpu?a=b:c) and [below](#storage).\n\n[Ref Docs]: /docs/ref/\n',
    );
    for (const link of linksOf(tree)) markdownLink(file, link);
    const { text, expressions } = markdownWithExpressions(tree, file);
    expect(text).toBe('See [GPU options]({#0}) and [below]({#1}).\n\n[Ref Docs]: {#2}');
    expect(expressions).toEqual([
      resolveHrefCall('/docs/compute-options/#gpu?a=b:c'),
      resolveHrefCall('#storage'),
      resolveHrefCall('/docs/ref/'),
    ]);
    // Where nothing is evaluated, the link stays as authored.
    expect(markdownWithFallbacks(tree, file)).toBe(String(file.value).trimEnd());
  });

  it('leave a link with a scheme as authored', () => {
    const source = 'Read [the docs](https://docs.aws.amazon.com/) or [mail](mailto:a@example.com) or [x](x-custom+1.0:thing).\n';
    const { tree, file } = parseMdx(source);
    for (const link of linksOf(tree)) markdownLink(file, link);
    const { text, expressions } = markdownWithExpressions(tree, file);
    expect(expressions).toEqual([]);
    expect(text).toBe(source.trimEnd());
  });

  it('names a definition by its identifier when it has no label as written', () => {
    const { tree, file } = parseMdx('[Ref]: /docs/ref/\n');
    const [definition] = linksOf(tree) as Definition[];
    delete definition.label;
    markdownLink(file, definition);
    expect(markdownWithExpressions(tree, file).text).toBe('[ref]: {#0}');
  });
});

describe('citations in the Markdown form', () => {
  const CITED = [
    { source: 'a', number: '1', title: 'First' },
    { source: 'b', number: '2', title: 'Second' },
    { source: 'c', number: '3', title: 'Third' },
  ];

  function citeElement(cited: (typeof CITED)[number]) {
    const identifier = (name: string) => ({ type: 'JSXIdentifier', name });
    return {
      type: 'JSXElement',
      openingElement: {
        type: 'JSXOpeningElement',
        name: {
          type: 'JSXMemberExpression',
          object: { type: 'JSXMemberExpression', object: identifier('props'), property: identifier('components') },
          property: identifier('Cite'),
        },
        attributes: Object.entries(cited).map(([name, value]) => ({
          type: 'JSXAttribute',
          name: identifier(name),
          value: { type: 'Literal', value },
        })),
        selfClosing: true,
      },
      closingElement: null,
      children: [],
    };
  }

  it('replace the marker with one <props.components.Cite /> element per source, attributes in order', () => {
    const source = 'Ten containers [@a; @b; @c]. More.\n';
    const { tree, file } = parseMdx(source);
    const start = source.indexOf(' [@');
    const end = source.indexOf('.');
    markdownCitation(file, start, end, CITED);
    const { text, expressions } = markdownWithExpressions(tree, file);
    expect(text).toBe('Ten containers{#0}{#1}{#2}. More.');
    expect(expressions).toEqual(CITED.map(citeElement));
  });

  it('keep the marker as authored, once, where nothing is evaluated', () => {
    const source = 'Ten containers [@a; @b; @c]. More.\n';
    const { tree, file } = parseMdx(source);
    markdownCitation(file, source.indexOf(' [@'), source.indexOf('.'), CITED);
    expect(markdownWithFallbacks(tree, file)).toBe('Ten containers [@a; @b; @c]. More.');
  });
});

describe('data attributes', () => {
  it('carry the value as JSON for readers of the source and as an estree expression for the compiler', () => {
    const value = [{ source: 'a', number: '1' }];
    const attribute = dataAttribute('sources', value);
    expect(attribute).toMatchObject({
      type: 'mdxJsxAttribute',
      name: 'sources',
      value: {
        type: 'mdxJsxAttributeValueExpression',
        value: '[{"source":"a","number":"1"}]',
        data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement' }] } },
      },
    });
    const value0 = attribute.value;
    const statement = typeof value0 === 'object' && value0?.data?.estree?.body[0];
    expect(statement && statement.type === 'ExpressionStatement' && statement.expression).toMatchObject({
      type: 'ArrayExpression',
      elements: [
        {
          type: 'ObjectExpression',
          properties: [
            { key: { value: 'source' }, value: { value: 'a' } },
            { key: { value: 'number' }, value: { value: '1' } },
          ],
        },
      ],
    });
  });
});
