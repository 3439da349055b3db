import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMdx, parseHtml } from '../support/mdx-pipeline';
import { citationProblems, numberSources, splitCitations, type PageSource } from '@/lib/citations/citations';
import { PageSources } from '@/components/layout/page-sources';
import { isClaim } from '@/scripts/uncited-claims';

const SOURCES: PageSource[] = [
  { id: 'fargate-pricing', title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/', checked: '2026-11-29' },
  {
    id: 'ecs-quotas',
    title: 'Amazon ECS service quotas',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
    checked: '2026-11-28',
  },
];

const PAGE = `
A task definition holds up to 10 containers [@ecs-quotas].

<ComparisonTable id="costs" caption="What you pay for" cite="fargate-pricing ecs-quotas">

| Item | Price |
| --- | --- |
| Fargate Spot | Up to 70% off |

</ComparisonTable>

Billing is per second, rounded up [@fargate-pricing; @ecs-quotas].
`;

describe('citations in MDX', () => {
  it('splits text into runs and citation markers, one or several ids', () => {
    expect(splitCitations('Ten containers [@ecs-quotas]. Spot [@a; @b-c]')).toEqual([
      { kind: 'text', value: 'Ten containers ' },
      { kind: 'citation', ids: ['ecs-quotas'] },
      { kind: 'text', value: '. Spot ' },
      { kind: 'citation', ids: ['a', 'b-c'] },
    ]);
    // Not citations: a Markdown link text, an e-mail-like word, an uppercase id.
    expect(splitCitations('[docs](x) me@example.com [@Not-Valid]').every((piece) => piece.kind === 'text')).toBe(true);
  });

  it('numbers sources in the order the page first cites them', () => {
    const order = numberSources(SOURCES, [
      { id: 'ecs-quotas', position: undefined },
      { id: 'fargate-pricing', position: undefined },
    ]);
    expect(order.map((source) => [source.number, source.id])).toEqual([
      [1, 'ecs-quotas'],
      [2, 'fargate-pricing'],
    ]);
  });

  it('finds citations of unknown sources, sources nothing cites, and ids listed twice', () => {
    const problems = citationProblems(
      [...SOURCES, SOURCES[0]],
      [
        { id: 'nowhere', position: undefined },
        { id: 'ecs-quotas', position: undefined },
      ],
    );
    expect(problems.unknown.map((use) => use.id)).toEqual(['nowhere']);
    expect(problems.uncited.map((source) => source.id)).toEqual(['fargate-pricing', 'fargate-pricing']);
    expect(problems.duplicates).toEqual(['fargate-pricing']);
  });

  it('renders a numbered, named link to the Sources list beside the claim, hugging the words', async () => {
    const { html, data } = await renderMdx(PAGE, 'fixture.mdx', { sources: SOURCES });
    const doc = parseHtml(html);
    const first = doc.querySelector('p sup.cite a')!;
    expect(first.getAttribute('href')).toBe('#source-ecs-quotas');
    expect(first.getAttribute('aria-label')).toBe('Source 1: Amazon ECS service quotas');
    expect(first.textContent).toBe('[1]');
    expect(doc.querySelector('p')!.textContent).toBe('A task definition holds up to 10 containers[1].');
    expect(data.sourceOrder).toEqual(['ecs-quotas', 'fargate-pricing']);
    expect(html).not.toContain('[@');
  });

  it('cites a whole comparison table on a line under it, without touching row anchors', async () => {
    const doc = parseHtml((await renderMdx(PAGE, 'fixture.mdx', { sources: SOURCES })).html);
    const line = doc.querySelector('#costs .comparison-sources')!;
    expect(line.textContent).toBe('Sources: [2][1]');
    expect(doc.querySelector('tbody tr')!.id).toBe('costs-fargate-spot');
  });

  it('fails the build on a citation of an unknown source, naming the file, line and id', async () => {
    await expect(renderMdx('Intro.\n\nTen containers [@nope].', 'page.mdx', { sources: SOURCES })).rejects.toThrow(
      /page\.mdx:3: cites unknown source "nope"/,
    );
  });

  it('fails the build on a listed source that nothing cites', async () => {
    await expect(renderMdx('Ten containers [@ecs-quotas].', 'page.mdx', { sources: SOURCES })).rejects.toThrow(
      /page\.mdx.*source "fargate-pricing".*nothing on the page cites it/,
    );
    // A page that cites nothing at all is held to the same rule.
    await expect(renderMdx('Ten containers.', 'page.mdx', { sources: SOURCES })).rejects.toThrow(/nothing on the page cites it/);
  });
});

describe('the claim finder behind npm run citations', () => {
  it('treats figures, prices, dates and absolutes as checkable claims', () => {
    for (const text of [
      'A task definition holds up to ten containers.',
      'Fargate rounds usage up to the next second, in 1-second steps.',
      'The rate is $0.10 per cluster-hour.',
      'Since July 2025 ECS runs blue/green itself.',
      'EKS doesn’t support Fargate Spot.',
      'Fargate Spot is available only on Amazon ECS.',
      'Extended support is the default for API-created clusters.',
    ]) {
      expect(isClaim(text), text).toBe(true);
    }
  });

  it('ignores names that merely contain digits, and plain explanations', () => {
    for (const text of [
      'Store images in Amazon S3 and run them on EC2.',
      'Pods get IPv6 addresses from the VPC CNI.',
      'A service keeps its tasks running.',
    ]) {
      expect(isClaim(text), text).toBe(false);
    }
  });

  it('counts a block as cited only when its own text carries a citation', async () => {
    const { claimBlocks } = await import('@/scripts/uncited-claims');
    const { remark } = await import('remark');
    const remarkGfm = (await import('remark-gfm')).default;
    const tree = remark()
      .use(remarkGfm)
      .parse(
        'Ten containers at most [@q].\n\n- Up to 200 GiB of storage\n- Runs on EC2\n\n| Item | Limit |\n| --- | --- |\n| Tasks | 5,000 |\n',
      );
    expect(claimBlocks(tree).map((block) => [block.kind, block.cited])).toEqual([
      ['paragraph', true],
      ['list item', false],
      ['table row', false],
    ]);
  });
});

describe('the Sources list', () => {
  it('numbers entries as cited, each with its anchor, title, link and check date', () => {
    const doc = parseHtml(renderToStaticMarkup(<PageSources sources={SOURCES} order={['ecs-quotas', 'fargate-pricing']} />));
    const items = [...doc.querySelectorAll('#sources + ol > li')];
    expect(items.map((item) => item.id)).toEqual(['source-ecs-quotas', 'source-fargate-pricing']);
    expect(items[0].textContent).toContain('Amazon ECS service quotas.');
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe(SOURCES[1].url);
    expect(items[0].querySelector('time')!.getAttribute('datetime')).toBe('2026-11-28');
    expect(items[0].textContent).toContain('Checked 28 November 2026.');
  });
});
