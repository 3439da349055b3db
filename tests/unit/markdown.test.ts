import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPageMarkdown, stripFrontmatter } from '@/lib/markdown/page-markdown';
import { checkYourselfMarkdown, triggerPhrasesMarkdown } from '@/lib/markdown/data-sections';
import { paragraph, text } from '@/lib/markdown/build';
import type { Question } from '@/lib/data/questions/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/markdown/${name}`, import.meta.url), 'utf8');

const PAGE = {
  title: 'Fixture page',
  description: 'A page that uses every component the Markdown transform knows about.',
  lastReviewed: '2026-11-26',
  url: 'https://guide.example/docs/fixture/',
  sources: [
    { id: 'ecs-welcome', title: 'What is Amazon ECS?', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html', checked: '2026-11-26' },
    { id: 'fargate-storage', title: 'Fargate task storage', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html', checked: '2026-11-29' },
  ],
};

function render(mdx: string, extra: Partial<Parameters<typeof renderPageMarkdown>[0]> = {}) {
  return renderPageMarkdown({ ...PAGE, mdx, ...extra });
}

describe('page Markdown (remark transform of the MDX)', () => {
  it('matches the reviewed fixture output', () => {
    expect(render(fixture('page.mdx'))).toBe(fixture('page.md'));
  });

  it('starts with the title, description and review date, and ends with the sources', () => {
    const markdown = render(fixture('page.mdx'));
    expect(markdown.startsWith('# Fixture page\n\n> A page that uses every component')).toBe(true);
    expect(markdown).toContain('Last reviewed: 26 November 2026.');
    expect(markdown.trimEnd()).toMatch(/## Sources\n\n\[\^1]: What is Amazon ECS\? <https:[^>]+Welcome\.html>\. Checked 26 November 2026\.\n\n\[\^2]: Fargate task storage\. <https:[^>]+fargate-task-storage\.html>\. Checked 29 November 2026\.$/);
  });

  it('writes citations as footnotes numbered by first citation, the same numbers as the web page', () => {
    const markdown = render(fixture('page.mdx'));
    // The table cites ecs-welcome first, so it is [^1]; the later paragraph cites both.
    expect(markdown).toContain('Source: [^1]');
    expect(markdown).toContain('it can attach EBS[^2][^1].');
    expect(markdown).not.toContain('[@');
  });

  it('writes a ComparisonTable as its bold caption and a Markdown table, with "changed" markers as text', () => {
    const markdown = render(fixture('page.mdx'));
    expect(markdown).toContain('**Fargate vs EC2 launch type**\n\n| Aspect');
    expect(markdown).toMatch(/\| Persistent storage \| EFS, or _Changed January 2024:_ EBS volumes \|/);
    expect(markdown).toContain('| Tasks per service | 5,000 (unconfirmed) | Same |');
  });

  it('writes exam callouts as labelled blockquotes', () => {
    const markdown = render(fixture('page.mdx'));
    expect(markdown).toContain('> **Exam tip (SAA):** "Serverless containers" points to **Fargate**.');
    expect(markdown).toContain('> **Exam trap (SAA, SAP):** Fargate is not limited to EFS.\n>\n> Since January 2024');
    expect(markdown).toContain('> **Exam trap:** No exam label here.');
  });

  it('writes a diagram as its title and the nested list', () => {
    expect(render(fixture('page.mdx'))).toContain('**Diagram: How the pieces nest**\n\n- **Cluster**\n  - Service\n    - Tasks');
  });

  it('drops heading ids and MDX comments, and makes site links absolute', () => {
    const markdown = render(fixture('page.mdx'));
    expect(markdown).toContain('## Storage\n');
    expect(markdown).not.toContain('[#');
    expect(markdown).not.toContain("author's note");
    expect(markdown).toContain('(https://guide.example/docs/compute-options/#gpu)');
    expect(markdown).toContain('(https://guide.example/docs/fixture/#storage)');
    expect(markdown).not.toMatch(/<\/?[A-Z]/);
  });

  it('refuses a component it has no Markdown for, instead of dropping its content', () => {
    expect(() => render('<Mystery>text</Mystery>')).toThrow(/No Markdown mapping for <Mystery>/);
    expect(() => render('Total: {1 + 1}')).toThrow(/JavaScript expression/);
  });

  it('replaces data components through the components option, links resolved', () => {
    const markdown = render('<TriggerPhrases />', {
      components: { TriggerPhrases: () => triggerPhrasesMarkdown([{ phrase: 'Serverless containers', answer: 'Fargate', link: '/docs/compute-options/#fargate' }]) },
    });
    expect(markdown).toContain('| Serverless containers | Fargate | [Explanation](https://guide.example/docs/compute-options/#fargate) |');
  });

  it('adds layout sections (Check yourself) before the sources', () => {
    const question: Question = {
      id: 'q-test',
      page: '/docs/fixture/',
      service: 'ECS',
      exam: 'SAA',
      scenario: 'Which launch type runs `awsvpc` tasks without servers?',
      choose: 1,
      options: [
        { text: 'Fargate', correct: true, explanation: 'No servers to manage.' },
        { text: 'EC2', correct: false, explanation: 'You manage instances.' },
        { text: 'External', correct: false, explanation: 'Your own servers.' },
        { text: 'Lambda', correct: false, explanation: 'Not a launch type.' },
      ],
      learnMore: '/docs/compute-options/#fargate',
      source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    };
    const markdown = render('Body.', { extra: checkYourselfMarkdown([question]) });
    expect(markdown).toContain('## Check yourself');
    expect(markdown).toContain('### Question 1 (ECS)\n\nWhich launch type runs `awsvpc` tasks without servers?');
    expect(markdown).toContain('- **A.** Fargate');
    expect(markdown).toContain('**Answer:** A');
    expect(markdown).toContain('- **B: Wrong.** You manage instances.');
    expect(markdown).toContain('Learn it: <https://guide.example/docs/compute-options/#fargate>');
    expect(markdown.indexOf('## Check yourself')).toBeLessThan(markdown.indexOf('## Sources'));
    expect(render('Body.', { extra: [paragraph(text('x'))] })).toContain('x\n\n## Sources');
  });

  it('strips only the leading frontmatter', () => {
    expect(stripFrontmatter('---\ntitle: a\n---\n\nBody --- here\n')).toBe('\nBody --- here\n');
  });
});
