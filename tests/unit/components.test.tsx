import { describe, expect, it } from 'vitest';
import { renderMdx, parseHtml } from '../support/mdx-pipeline';
import { renderToStaticMarkup } from 'react-dom/server';
import { collectExamReview } from '@/lib/exam-review';
import { AnchorRedirects } from '@/components/layout/anchor-redirects';

const TABLE = `
<ComparisonTable id="fargate-vs-ec2" caption="Fargate vs EC2 launch type">

| Aspect | Fargate | EC2 launch type |
| --- | --- | --- |
| GPU support | No | **Yes**, on GPU instances |
| Persistent storage | EFS, or <Changed since="January 2024">EBS volumes</Changed> | \`EBS\`, [EFS](https://aws.amazon.com/efs/) |

</ComparisonTable>
`;

describe('ComparisonTable', () => {
  it('renders a captioned table with column and row headers', async () => {
    const doc = parseHtml((await renderMdx(TABLE)).html);
    const table = doc.querySelector('table')!;
    const caption = doc.getElementById(table.getAttribute('aria-labelledby')!);
    expect(caption?.textContent).toContain('Fargate vs EC2 launch type');
    const columnHeaders = [...doc.querySelectorAll('thead th')];
    expect(columnHeaders.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    const rowHeaders = [...doc.querySelectorAll('tbody th')];
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).toEqual(['row', 'row']);
    expect(rowHeaders[0].textContent).toContain('GPU support');
  });

  it('gives every row a stable anchor derived from the table and row, with a copy-link control', async () => {
    const doc = parseHtml((await renderMdx(TABLE)).html);
    const ids = [...doc.querySelectorAll('tbody tr')].map((tr) => tr.id);
    expect(ids).toEqual(['fargate-vs-ec2-gpu-support', 'fargate-vs-ec2-persistent-storage']);
    const link = doc.querySelector('#fargate-vs-ec2-gpu-support a[data-copy-link]');
    expect(link?.getAttribute('href')).toBe('#fargate-vs-ec2-gpu-support');
    expect(link?.getAttribute('aria-label')).toBe('Copy link to row: GPU support');
  });

  it('keeps rich text and the "changed" marker inside cells', async () => {
    const doc = parseHtml((await renderMdx(TABLE)).html);
    const storage = doc.getElementById('fargate-vs-ec2-persistent-storage')!;
    expect(storage.querySelector('.changed-badge')?.textContent).toBe('Changed January 2024:');
    expect(storage.querySelector('code')?.textContent).toBe('EBS');
    const external = storage.querySelector('a[href^="https://"]');
    expect(external?.getAttribute('rel')).toBe('noopener');
    expect(doc.querySelector('#fargate-vs-ec2-gpu-support strong')?.textContent).toBe('Yes');
  });

  it('scrolls inside a focusable, labelled container', async () => {
    const doc = parseHtml((await renderMdx(TABLE)).html);
    const scroller = doc.querySelector('table')!.parentElement!;
    expect(scroller.classList.contains('table-scroll')).toBe(true);
    expect(scroller.getAttribute('tabindex')).toBe('0');
    expect(scroller.getAttribute('aria-labelledby')).toBe('fargate-vs-ec2-caption');
  });

  it('refuses two rows that would share an anchor', async () => {
    const duplicate = TABLE.replace('| Persistent storage |', '| GPU support |');
    await expect(renderMdx(duplicate, 'dup.mdx')).rejects.toThrow(/dup\.mdx:\d+: two rows of table "fargate-vs-ec2"/);
  });
});

describe('exam callouts', () => {
  const CALLOUTS = `
## Fargate storage [#fargate-storage]

<ExamTip id="tip-serverless" exam="SAA">

"Serverless containers" points to **Fargate**.

</ExamTip>

<ExamTrap id="trap-efs-only" exam="SAA SAP">

Fargate is not limited to EFS.

</ExamTrap>
`;

  it('are named notes with their own anchors and exam labels', async () => {
    const doc = parseHtml((await renderMdx(CALLOUTS)).html);
    const tip = doc.getElementById('tip-serverless')!;
    const trap = doc.getElementById('trap-efs-only')!;
    expect(tip.getAttribute('role')).toBe('note');
    expect(tip.getAttribute('aria-label')).toBe('Exam tip');
    expect(trap.getAttribute('aria-label')).toBe('Exam trap');
    expect(tip.className).not.toBe(trap.className);
    expect([...trap.querySelectorAll('.exam-badge')].map((badge) => badge.textContent)).toEqual(['SAA', 'SAP']);
    expect(tip.querySelector('a[data-copy-link]')?.getAttribute('href')).toBe('#tip-serverless');
  });

  it('are collected with the section they sit under', async () => {
    const { data } = await renderMdx(CALLOUTS);
    expect(data.examCallouts).toEqual([
      {
        id: 'tip-serverless',
        kind: 'tip',
        exam: ['SAA'],
        text: '"Serverless containers" points to Fargate.',
        section: { id: 'fargate-storage', title: 'Fargate storage' },
      },
      {
        id: 'trap-efs-only',
        kind: 'trap',
        exam: ['SAA', 'SAP'],
        text: 'Fargate is not limited to EFS.',
        section: { id: 'fargate-storage', title: 'Fargate storage' },
      },
    ]);
  });

  it('feed a review list that holds every callout of every page, grouped by page', async () => {
    const first = await renderMdx(CALLOUTS, 'a.mdx');
    const second = await renderMdx('<ExamTrap id="trap-other">\n\nAnother trap.\n\n</ExamTrap>\n', 'b.mdx');
    const none = await renderMdx('Just text.\n', 'c.mdx');
    const pages = [
      { url: '/docs/a', data: { title: 'Page A', ...first.data } },
      { url: '/docs/b', data: { title: 'Page B', ...second.data } },
      { url: '/docs/c', data: { title: 'Page C', ...none.data } },
    ];
    const review = collectExamReview(pages, '/docs/c/');
    expect(review.map((page) => [page.url, page.callouts.map((callout) => callout.id)])).toEqual([
      ['/docs/a/', ['tip-serverless', 'trap-efs-only']],
      ['/docs/b/', ['trap-other']],
    ]);
  });
});

describe('Diagram', () => {
  it('renders a hierarchy as a captioned figure of nested lists (real text, no script)', async () => {
    const { html } = await renderMdx(`
<Diagram id="ecs-tree" title="How an ECS cluster is organised">

- ECS cluster
  - Service A
    - Task 1

</Diagram>
`);
    const doc = parseHtml(html);
    const figure = doc.getElementById('ecs-tree')!;
    expect(figure.tagName).toBe('FIGURE');
    expect(doc.getElementById(figure.getAttribute('aria-labelledby')!)?.textContent).toContain('How an ECS cluster is organised');
    expect(figure.querySelector('ul ul ul li')?.textContent).toBe('Task 1');
    expect(html).not.toContain('<script');
  });
});

describe('headings', () => {
  it('carry their id and an announced copy-link control', async () => {
    const doc = parseHtml((await renderMdx('## Task role vs execution role [#task-vs-execution]\n')).html);
    const heading = doc.querySelector('h2')!;
    expect(heading.id).toBe('task-vs-execution');
    const link = heading.querySelector('a[data-copy-link]');
    expect(link?.getAttribute('href')).toBe('#task-vs-execution');
    expect(link?.getAttribute('aria-label')).toBe('Copy link to section: Task role vs execution role');
  });
});

describe('anchor redirects', () => {
  const redirects = [
    { page: '/docs/a/', from: 'old-name', to: 'new-name' },
    { page: '/docs/a/', from: 'moved-away', to: '/docs/b/#moved-away' },
    { page: '/docs/b/', from: 'elsewhere', to: 'here' },
  ];

  it('give a page with redirects a script that knows only its own', () => {
    const html = renderToStaticMarkup(<AnchorRedirects page="/docs/a/" redirects={redirects} />);
    expect(html).toMatch(/^<script>/);
    expect(html).toContain('{"old-name":"new-name","moved-away":"/docs/b/#moved-away"}');
    expect(html).not.toContain('elsewhere');
  });

  it('add nothing to a page without redirects', () => {
    expect(renderToStaticMarkup(<AnchorRedirects page="/docs/c/" redirects={redirects} />)).toBe('');
  });
});
