import { describe, expect, it } from 'vitest';
import type { Root, Table, TableRow, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { createStringifier } from 'fumadocs-core/mdx-plugins/stringifier';
import { remarkFieldGuide } from '@/lib/mdx/remark-field-guide';
import type { PageSource } from '@/lib/citations/citations';
import { parseMdx, setHeadingIds } from '../support/mdx-tree';

const SOURCES: PageSource[] = [
  { id: 'ecs-quotas', title: 'Amazon ECS service quotas', url: 'https://docs.aws.amazon.com/quotas.html', checked: '2026-11-28' },
  { id: 'fargate-pricing', title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-29' },
];

/** Runs the site's remark plugin over an MDX page, as the content collection does after heading ids are set. */
function transform(source: string, options: { frontmatter?: unknown; headingIds?: string[]; path?: string } = {}) {
  const { tree, file } = parseMdx(source, options);
  setHeadingIds(tree, options.headingIds ?? []);
  remarkFieldGuide()(tree, file);
  return { tree, data: file.data };
}

function failure(source: string, options: { frontmatter?: unknown; headingIds?: string[] } = {}): string {
  try {
    transform(source, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the page was accepted');
}

function tableIn(tree: Root): Table {
  let found: Table | undefined;
  visit(tree, 'table', (table: Table) => {
    found = table;
  });
  if (!found) throw new Error('no table');
  return found;
}

const TABLE = `<ComparisonTable id="launch" caption="Launch types">

| Aspect | Fargate |
| --- | --- |
| Servers | None |
| Storage&#32; | EFS |

</ComparisonTable>
`;

describe('the field guide plugin on comparison tables', () => {
  it('gives every body row an anchor made of the table id and its first cell, and the first cell row-header semantics', () => {
    const { tree, data } = transform(TABLE);
    const table = tableIn(tree);
    const [head, servers, storage] = table.children;
    expect(table.data?.hProperties).toEqual({ 'aria-labelledby': 'launch-caption' });
    expect(head.children.map((cell) => cell.data?.hProperties)).toEqual([{ scope: 'col' }, { scope: 'col' }]);
    expect(servers.data?.hProperties).toEqual({ id: 'launch-servers' });
    expect(servers.children[0].data).toEqual({ hName: 'th', hProperties: { scope: 'row' } });
    expect(servers.children[1].data).toBeUndefined();
    // The row's copy-link button is named by the words of the first cell, without their trailing space.
    expect(storage.children[0].children.at(-1)).toMatchObject({
      type: 'mdxJsxTextElement',
      name: 'AnchorLink',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'anchor', value: 'launch-storage' },
        { type: 'mdxJsxAttribute', name: 'label', value: 'Copy link to row: Storage' },
      ],
    });
    expect(data.anchors).toEqual([
      { id: 'launch-servers', kind: 'row', label: 'Launch types: Servers' },
      { id: 'launch-storage', kind: 'row', label: 'Launch types: Storage' },
      { id: 'launch', kind: 'table', label: 'Launch types' },
    ]);
  });

  it('finds the Markdown table after an introduction inside the component', () => {
    const { data } = transform(
      '<ComparisonTable id="t" caption="C">\n\nIntro *text*.\n\n| A |\n| - |\n| Row one |\n\n</ComparisonTable>\n',
    );
    expect(data.anchors?.map((anchor) => anchor.id)).toEqual(['t-row-one', 't']);
  });

  it('skips a row without cells and a table without rows instead of failing', () => {
    const { tree, file } = parseMdx(TABLE);
    const table = tableIn(tree);
    const empty: TableRow = { type: 'tableRow', children: [] };
    table.children.push(empty);
    remarkFieldGuide()(tree, file);
    expect(empty.data).toBeUndefined();
    expect(file.data.anchors?.map((anchor) => anchor.id)).toEqual(['launch-servers', 'launch-storage', 'launch']);

    const bare = parseMdx(TABLE);
    tableIn(bare.tree).children = [];
    remarkFieldGuide()(bare.tree, bare.file);
    expect(bare.file.data.anchors).toEqual([{ id: 'launch', kind: 'table', label: 'Launch types' }]);
  });

  it('fails naming the file and line when a table has no caption, no Markdown table, or two rows with one anchor', () => {
    expect(failure('Intro.\n\n<ComparisonTable id="t">\n\n| A |\n| - |\n| x |\n\n</ComparisonTable>\n')).toBe(
      '[field-guide] page.mdx:3: <ComparisonTable id="t"> needs a "caption" attribute.',
    );
    expect(failure('<ComparisonTable id="t" caption="C">\nNo table here.\n</ComparisonTable>\n')).toBe(
      '[field-guide] page.mdx:1: <ComparisonTable id="t"> must contain a Markdown table (blank lines around it).',
    );
    expect(
      failure('<ComparisonTable id="t" caption="C">\n\n| A |\n| - |\n| Fargate Spot |\n| fargate-spot |\n\n</ComparisonTable>\n'),
    ).toBe('[field-guide] page.mdx:6: two rows of table "t" produce the same anchor "t-fargate-spot".');
    expect(failure('<ComparisonTable id="t" caption="C">\n\n| A | B |\n| - | - |\n|  | 1 |\n\n</ComparisonTable>\n')).toBe(
      '[field-guide] page.mdx:5: a row of table "t" has an empty first cell: the first cell names the row and its anchor.',
    );
  });

  it('fails on a checked component written inside a line of text, where it would go unchecked', () => {
    expect(failure('Remember: <ExamTip id="short">Fargate Spot saves up to 70%.</ExamTip>\n')).toBe(
      '[field-guide] page.mdx:1: <ExamTip> must stand on its own lines, with blank lines around it, not inside a paragraph.',
    );
    expect(failure('See <Diagram id="d">x</Diagram> here.\n')).toMatch(/<Diagram> must stand on its own lines/);
    expect(() => transform('Press <Kbd>K</Kbd> to search.\n')).not.toThrow();
  });

  it('takes the caption from a plain attribute only, not from an expression', () => {
    expect(failure('<ComparisonTable id="t" caption={"C"}>\n\n| A |\n| - |\n| x |\n\n</ComparisonTable>\n')).toContain(
      'needs a "caption" attribute',
    );
    expect(failure('<ComparisonTable {...{ id: "t" }} caption="C">\n\n| A |\n| - |\n| x |\n\n</ComparisonTable>\n')).toContain(
      'needs an "id" attribute',
    );
  });
});

describe('the field guide plugin on anchors of components', () => {
  it('requires a lowercase kebab-case id, unique on the page, headings included', () => {
    expect(failure('Intro.\n\n<ExamTip>\nText\n</ExamTip>\n')).toBe(
      '[field-guide] page.mdx:3: <ExamTip> needs an "id" attribute (a stable public anchor).',
    );
    expect(failure('<ExamTrap id="Bad_Id">\nText\n</ExamTrap>\n')).toBe(
      '[field-guide] page.mdx:1: <ExamTrap id="Bad_Id"> must be lowercase kebab-case.',
    );
    expect(failure('<Diagram id="nest-">\nx\n</Diagram>\n')).toContain('<Diagram id="nest-"> must be lowercase kebab-case.');
    expect(failure('<ExamTip id="same">\nA\n</ExamTip>\n\n<ExamTrap id="same">\nB\n</ExamTrap>\n')).toBe(
      '[field-guide] page.mdx:5: duplicate anchor id "same".',
    );
    expect(failure('## Storage\n\n<ExamTip id="storage">\nA\n</ExamTip>\n', { headingIds: ['storage'] })).toBe(
      '[field-guide] page.mdx:3: duplicate anchor id "storage".',
    );
  });

  it('names the file without a line when the failing node has no position', () => {
    const { tree, file } = parseMdx('<ExamTip>\nText\n</ExamTip>\n');
    delete tree.children[0].position;
    expect(() => remarkFieldGuide()(tree, file)).toThrow(/^\[field-guide\] page\.mdx: <ExamTip> needs an "id"/);
  });

  it('records exam tips and traps with their exams, flattened text and the section they sit under', () => {
    const source = [
      '<ExamTip id="first">\nBefore any heading.\n</ExamTip>',
      '',
      '## Storage',
      '',
      '<ExamTip id="ebs" exam=" SAA  SAP ">',
      '  Fargate  attaches',
      '  EBS&#32;',
      '</ExamTip>',
      '',
      '<ExamTrap id="efs">\nNot only EFS.\n</ExamTrap>',
      '',
    ].join('\n');
    const { data } = transform(source, { headingIds: ['storage'] });
    expect(data.examCallouts).toEqual([
      { id: 'first', kind: 'tip', exam: [], text: 'Before any heading.', section: null },
      { id: 'ebs', kind: 'tip', exam: ['SAA', 'SAP'], text: 'Fargate attaches EBS', section: { id: 'storage', title: 'Storage' } },
      { id: 'efs', kind: 'trap', exam: [], text: 'Not only EFS.', section: { id: 'storage', title: 'Storage' } },
    ]);
    expect(data.anchors).toEqual([
      { id: 'first', kind: 'callout', label: 'Exam tip' },
      { id: 'ebs', kind: 'callout', label: 'Exam tip' },
      { id: 'efs', kind: 'callout', label: 'Exam trap' },
    ]);
  });

  it('titles a section by its heading words, without a custom id marker left at its end', () => {
    const headings = [
      ['Storage [#storage]', 'Storage'],
      ['Networking[#net]  ', 'Networking'],
      ['Index [#i] syntax [#syntax]', 'Index [#i] syntax'],
      ['Arrays [#i]th', 'Arrays [#i]th'],
      ['Plain', 'Plain'],
    ];
    const source = headings.map(([title], at) => `## ${title}\n\n<ExamTip id="tip-${at}">\nx\n</ExamTip>\n`).join('\n');
    const { tree, file } = parseMdx(source);
    setHeadingIds(tree, ['a', 'b', 'c', 'd', 'e']);
    // The marker sits in the heading text as written: a heading plugin that strips it leaves nothing to remove.
    visit(tree, 'text', (text: Text) => {
      text.value = text.value.replace(/\\/g, '');
    });
    remarkFieldGuide()(tree, file);
    expect(file.data.examCallouts?.map((callout) => callout.section?.title)).toEqual(headings.map(([, title]) => title));
  });

  it('leaves a heading without an id out of the sections: a callout under it belongs to the section before', () => {
    const { tree, file } = parseMdx('## Kept\n\n## Untitled\n\n<ExamTip id="tip">\nx\n</ExamTip>\n');
    setHeadingIds(tree, ['kept']);
    remarkFieldGuide()(tree, file);
    expect(file.data.examCallouts?.[0].section).toEqual({ id: 'kept', title: 'Kept' });

    const { tree: bare, file: bareFile } = parseMdx('## Untitled\n\n<ExamTip id="tip">\nx\n</ExamTip>\n');
    const heading = bare.children[0];
    heading.data = {};
    remarkFieldGuide()(bare, bareFile);
    expect(bareFile.data.examCallouts?.[0].section).toBeNull();
  });

  it('records a diagram under its title, or its id when untitled, and ignores other components', () => {
    const { data } = transform(
      '<Diagram id="nest" title="How the pieces nest">\nx\n</Diagram>\n\n<Diagram id="flow">\ny\n</Diagram>\n\n<Note id="Not_Checked">\nz\n</Note>\n',
    );
    expect(data.anchors).toEqual([
      { id: 'nest', kind: 'diagram', label: 'How the pieces nest' },
      { id: 'flow', kind: 'diagram', label: 'flow' },
    ]);
    expect(data.examCallouts).toEqual([]);
  });

  it('refuses a JavaScript expression but keeps MDX comments', () => {
    expect(failure('Intro.\n\n{1 + 1}\n')).toBe(
      '[field-guide] page.mdx:3: the expression {1 + 1} has no Markdown form: write the text itself, or use a component.',
    );
    expect(failure('Total: {total}.\n')).toContain('the expression {total} has no Markdown form');
    expect(() => transform('Intro.\n\n{/* a note to authors */}\n\nText {/* inline */} here.\n')).not.toThrow();
  });
});

describe('the field guide plugin on citations', () => {
  it('fails on an unknown source, listing the sources the page has, or "none"', () => {
    expect(failure('Intro.\n\nTen containers [@nope].\n', { frontmatter: { sources: SOURCES } })).toBe(
      '[field-guide] page.mdx:3: cites unknown source "nope" (this page\'s sources: ecs-quotas, fargate-pricing).',
    );
    expect(failure('Ten containers [@nope].\n', { frontmatter: { sources: [] } })).toContain(
      'cites unknown source "nope" (this page\'s sources: none).',
    );
  });

  it('reads sources only from a frontmatter object holding a list', () => {
    for (const frontmatter of [undefined, null, 'sources', { title: 'No sources' }, { sources: 'ecs-quotas' }]) {
      expect(failure('Ten containers [@ecs-quotas].\n', { frontmatter }), JSON.stringify(frontmatter)).toContain(
        "(this page's sources: none)",
      );
    }
  });

  it('fails on a source listed twice, naming it', () => {
    expect(failure('Ten [@ecs-quotas] and [@fargate-pricing].\n', { frontmatter: { sources: [...SOURCES, SOURCES[0]] } })).toBe(
      '[field-guide] page.mdx:1: sources list the id "ecs-quotas" twice.',
    );
  });

  it('fails on a listed source nothing cites, naming its id and URL', () => {
    expect(failure('Ten containers [@ecs-quotas].\n', { frontmatter: { sources: SOURCES } })).toBe(
      '[field-guide] page.mdx:1: source "fargate-pricing" (https://aws.amazon.com/fargate/pricing/) is listed but nothing on the page cites it: cite it with [@fargate-pricing] beside the claim it supports, or remove it.',
    );
  });

  it('numbers the sources by first citation and gives a citing comparison table its sources as data', () => {
    const source = `Billing [@fargate-pricing].

<ComparisonTable id="costs" caption="Costs" cite="ecs-quotas fargate-pricing">

| Item | Price |
| --- | --- |
| Spot | Less |

</ComparisonTable>

<ComparisonTable id="plain" caption="Plain">

| Item | Price |
| --- | --- |
| Spot | Less |

</ComparisonTable>

<Note cite="ecs-quotas">\nNot a table.\n</Note>
`;
    const { tree, data } = transform(source, { frontmatter: { sources: SOURCES } });
    expect(data.sourceOrder).toEqual(['fargate-pricing', 'ecs-quotas']);
    const elements: MdxJsxFlowElement[] = [];
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      elements.push(node);
    });
    const attributeNames = (name: string) =>
      elements.find((node) => node.name === name)?.attributes.map((attr) => 'name' in attr && attr.name);
    const costs = elements.find((node) => node.attributes.some((attr) => 'value' in attr && attr.value === 'costs'))!;
    const sources = costs.attributes.find((attr) => 'name' in attr && attr.name === 'sources');
    expect(sources?.value).toMatchObject({
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify([
        { source: 'ecs-quotas', number: '2', title: 'Amazon ECS service quotas' },
        { source: 'fargate-pricing', number: '1', title: 'AWS Fargate pricing' },
      ]),
    });
    const plain = elements.find((node) => node.attributes.some((attr) => 'value' in attr && attr.value === 'plain'))!;
    expect(plain.attributes.map((attr) => 'name' in attr && attr.name)).toEqual(['id', 'caption']);
    expect(attributeNames('Note')).toEqual(['cite']);
  });

  it('renders a citation in text without a source position, as a plugin-made text node has none', () => {
    const { tree, file } = parseMdx('Ten containers [@ecs-quotas].\n', { frontmatter: { sources: [SOURCES[0]] } });
    visit(tree, 'text', (text: Text) => {
      delete text.position;
    });
    remarkFieldGuide()(tree, file);
    const paragraph = tree.children[0];
    expect(paragraph.type === 'paragraph' && paragraph.children.map((child) => child.type)).toEqual(['text', 'mdxJsxTextElement', 'text']);
  });

  it('writes each marker in the Markdown form as its numbered sources, and site links as resolved', () => {
    const { tree, file } = parseMdx(
      'Ten containers [@ecs-quotas], billed per second [@fargate-pricing; @ecs-quotas]. See [costs](/docs/costs/); cite with `[@id]`.\n',
      {
        frontmatter: { sources: SOURCES },
      },
    );
    remarkFieldGuide()(tree, file);
    const shown: string[] = [];
    const markdown = createStringifier(file, undefined, (expression) => {
      shown.push(JSON.stringify(expression));
      return `{${shown.length - 1}}`;
    }).stringify(tree);
    // A marker in code is an example of the syntax, not a citation: it stays as written.
    expect(markdown.trimEnd()).toBe('Ten containers{0}, billed per second{1}{2}. See [costs]({3}); cite with `[@id]`.');
    expect(shown.map((expression) => [...expression.matchAll(/"value":"([^"]+)"/g)].map((match) => match[1]).join(' '))).toEqual([
      'ecs-quotas 1 Amazon ECS service quotas',
      'fargate-pricing 2 AWS Fargate pricing',
      'ecs-quotas 1 Amazon ECS service quotas',
      '/docs/costs/',
    ]);
  });
});
