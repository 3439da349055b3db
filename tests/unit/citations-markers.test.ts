import { describe, expect, it } from 'vitest';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import {
  citationSpans,
  citationsIn,
  hasCitation,
  numberSources,
  replaceCitations,
  splitCitations,
  tableCitation,
  titleSentence,
  type PageSource,
} from '@/lib/citations/citations';
import { parseMdx } from '../support/mdx-tree';

const source = (id: string): PageSource => ({ id, title: id.toUpperCase(), url: `https://example.com/${id}`, checked: '2026-11-29' });

/** Renders each marker as `[ids]` text, so a test reads the paragraph back as one string. */
function renderAsText(tree: Root): string[] {
  replaceCitations(tree, (ids): PhrasingContent[] => [{ type: 'inlineCode', value: ids.join(',') }]);
  return tree.children.map((block) =>
    (block as Paragraph).children
      .map((child) => (child.type === 'inlineCode' ? `[${child.value}]` : 'value' in child ? child.value : `<${child.type}>`))
      .join('|'),
  );
}

describe('citation markers in text', () => {
  it('split into runs and markers without empty runs between adjacent markers or at the ends', () => {
    expect(splitCitations('[@a][@b]')).toEqual([
      { kind: 'citation', ids: ['a'] },
      { kind: 'citation', ids: ['b'] },
    ]);
    expect(splitCitations('[@a] then')).toEqual([
      { kind: 'citation', ids: ['a'] },
      { kind: 'text', value: ' then' },
    ]);
    expect(splitCitations('plain')).toEqual([{ kind: 'text', value: 'plain' }]);
    expect(splitCitations('')).toEqual([]);
    expect(hasCitation('See [@a;@b-c]')).toBe(true);
    expect(hasCitation('See [a] and [@]')).toBe(false);
  });

  it('are found with the spaces before them, so the marker can hug the words it supports', () => {
    const text = 'Ten  [@a]. More\t[@b; @c]';
    expect(citationSpans(text)).toEqual([
      { start: 3, end: 9, ids: ['a'] },
      { start: 15, end: 24, ids: ['b', 'c'] },
    ]);
    expect(citationSpans('[@a] start')).toEqual([{ start: 0, end: 4, ids: ['a'] }]);
  });
});

describe('the sources of a comparison table', () => {
  function table(attributes: MdxJsxFlowElement['attributes']): MdxJsxFlowElement {
    return { type: 'mdxJsxFlowElement', name: 'ComparisonTable', attributes, children: [] };
  }

  it('come from its cite attribute, split on any run of spaces', () => {
    expect(
      tableCitation(
        table([
          { type: 'mdxJsxExpressionAttribute', value: '...rest' },
          { type: 'mdxJsxAttribute', name: 'id', value: 'costs' },
          { type: 'mdxJsxAttribute', name: 'cite', value: ' a  b\tc ' },
        ]),
      ),
    ).toEqual(['a', 'b', 'c']);
  });

  it('are none without a cite attribute or with an expression as its value', () => {
    expect(tableCitation(table([{ type: 'mdxJsxAttribute', name: 'id', value: 'costs' }]))).toEqual([]);
    expect(
      tableCitation(table([{ type: 'mdxJsxAttribute', name: 'cite', value: { type: 'mdxJsxAttributeValueExpression', value: '"a"' } }])),
    ).toEqual([]);
  });
});

describe('the citations of a page', () => {
  it('are its markers and its block comparison tables’ cite attributes, in reading order', () => {
    const { tree } = parseMdx(
      [
        'First [@a].',
        '',
        '<ComparisonTable id="t" caption="T" cite="b c">',
        '',
        '| A |',
        '| - |',
        '| x [@d] |',
        '',
        '</ComparisonTable>',
        '',
        '<Note cite="e">',
        'Noted.',
        '</Note>',
        '',
        'Inline <ComparisonTable cite="f" /> and `[@g]`.',
        '',
        '```',
        '[@h]',
        '```',
        '',
      ].join('\n'),
    );
    expect(citationsIn(tree).map((use) => [use.id, use.position?.start.line])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 3],
      ['d', 7],
    ]);
  });
});

describe('the numbering of sources', () => {
  it('puts cited sources first in citation order, then the uncited ones in listed order', () => {
    const sources = ['a', 'b', 'c', 'd'].map(source);
    const uses = ['c', 'a', 'c'].map((id) => ({ id, position: undefined }));
    expect(numberSources(sources, uses).map((numbered) => `${numbered.number}:${numbered.id}`)).toEqual(['1:c', '2:a', '3:b', '4:d']);
    expect(numberSources(sources, []).map((numbered) => numbered.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(numberSources(sources, [{ id: 'b', position: undefined }]).map((numbered) => numbered.id)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('replacing markers in a tree', () => {
  it('renders each marker where it stood, the marker hugging the words before it', () => {
    const { tree } = parseMdx('Ten containers  [@a]. Then [@b; @c] [@d] end.\n\n[@e] starts.\n\nNo marker.\n');
    expect(renderAsText(tree)).toEqual(['Ten containers|[a]|. Then|[b,c]|[d]| end.', '[e]| starts.', 'No marker.']);
  });

  it('keeps the space before a following element, and reaches markers after one', () => {
    const { tree } = parseMdx('One [@a] and *more* then [@b] and **bold** [@c].\n');
    expect(renderAsText(tree)).toEqual(['One|[a]| and |<emphasis>| then|[b]| and |<strong>|[c]|.']);
  });
});

describe('replacing markers with rendered nodes', () => {
  it('leaves what render returns as it is, even text that looks like a marker', () => {
    const { tree } = parseMdx('Ten [@a] and [@b].\n');
    replaceCitations(tree, (ids) => [{ type: 'text', value: `[@${ids.join('')}-seen]` }]);
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.map((child) => ('value' in child ? child.value : ''))).toEqual([
      'Ten',
      '[@a-seen]',
      ' and',
      '[@b-seen]',
      '.',
    ]);
  });
});

describe('a source title as a sentence', () => {
  it('ends with a full stop unless it ends with its own mark', () => {
    expect(titleSentence('What is Amazon ECS?')).toBe('What is Amazon ECS?');
    expect(titleSentence('Go!')).toBe('Go!');
    expect(titleSentence('Amazon ECS pricing.')).toBe('Amazon ECS pricing.');
    expect(titleSentence('Amazon ECS? A guide')).toBe('Amazon ECS? A guide.');
  });
});
