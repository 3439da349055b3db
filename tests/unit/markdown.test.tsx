import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderToMarkdown } from 'fumadocs-core/server';
import { frontmatter } from 'fumadocs-core/content/md/frontmatter';
import type { PageSource } from '@/lib/citations/citations';
import type { Question } from '@/lib/data/questions/types';
import { unwrittenComponent } from '@/lib/markdown';
import { PageSources } from '@/components/layout/page-sources';
import { CheckYourself } from '@/components/quiz/check-yourself';
import { renderMdx } from '../support/mdx-pipeline';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/markdown/${name}`, import.meta.url), 'utf8');

/** The fixture page's body and sources as Markdown, the way the page's Markdown file ends. */
async function fixtureMarkdown() {
  const page = frontmatter(fixture('page.mdx'));
  const meta = page.data as { sources: PageSource[] };
  const { markdown, data } = await renderMdx(page.content, 'page.mdx', meta);
  const sources = await renderToMarkdown(<PageSources sources={meta.sources} order={data.sourceOrder ?? []} />);
  return `${markdown}\n\n${sources}\n`;
}

describe('the Markdown form of a page', () => {
  it('matches the reviewed fixture output', async () => {
    expect(await fixtureMarkdown()).toBe(fixture('page.md'));
  });

  it('writes citations as footnotes numbered by first citation, the same numbers as the web page, and the sources as their definitions', async () => {
    const markdown = await fixtureMarkdown();
    // The table cites ecs-welcome first, so it is [^1]; the later paragraph cites both.
    expect(markdown).toContain('Source: [^1]');
    expect(markdown).toContain('it can attach EBS[^2][^1].');
    expect(markdown).not.toContain('[@');
    expect(markdown.trimEnd()).toMatch(
      /## Sources\n\n\[\^1]: What is Amazon ECS\? <https:[^>]+Welcome\.html>\. Checked 26 November 2026\.\n\n\[\^2]: Fargate task storage\. <https:[^>]+fargate-task-storage\.html>\. Checked 29 November 2026\.$/,
    );
  });

  it('writes a ComparisonTable as its bold caption and a Markdown table, with "changed" and "unconfirmed" markers as text', async () => {
    const markdown = await fixtureMarkdown();
    expect(markdown).toContain('**Fargate vs EC2 launch type**\n\n| Aspect');
    expect(markdown).toMatch(/\| Persistent storage \| EFS, or _Changed January 2024:_ EBS volumes \|/);
    expect(markdown).toContain('| Tasks per service | 5,000 (unconfirmed) | Same |');
  });

  it('keeps the words of a "changed" marker that cites its own source', async () => {
    expect(await fixtureMarkdown()).toContain(
      'EBS on Fargate is _Changed January 2024:_ a recent change with its own source[^2], and the words stay.',
    );
  });

  it('writes exam callouts and notes as labelled blockquotes, and a diagram as its title and nested list', async () => {
    const markdown = await fixtureMarkdown();
    expect(markdown).toContain('> **Exam tip (SAA):** "Serverless containers" points to **Fargate**.');
    expect(markdown).toContain('> **Exam trap (SAA, SAP):** Fargate is not limited to EFS.\n>\n> Since January 2024');
    expect(markdown).toContain('> **Exam trap:** No exam label here.');
    expect(markdown).toContain('**Diagram: How the pieces nest**\n\n- **Cluster**\n  - Service\n    - Tasks');
  });

  it('drops heading ids and MDX comments, and makes site links absolute', async () => {
    const markdown = await fixtureMarkdown();
    expect(markdown).toContain('## Storage\n');
    expect(markdown).not.toContain('[#');
    expect(markdown).not.toContain("author's note");
    expect(markdown).toContain('(https://guide.example/docs/compute-options/#gpu)');
    expect(markdown).toContain('(https://guide.example/docs/fixture/#storage)');
    expect(markdown).not.toMatch(/<\/?[A-Z]/);
  });

  it('shows a component without a Markdown form as its JSX, which the page check refuses', async () => {
    function Mystery({ children }: { children: ReactNode }) {
      return <span>{children}</span>;
    }
    const { markdown } = await renderMdx('Intro.\n\n<Mystery>text</Mystery>\n', 'mystery.mdx', {}, { Mystery });
    expect(unwrittenComponent(markdown, ['Note', 'Mystery'])).toBe('Mystery');
    expect(
      unwrittenComponent(await fixtureMarkdown(), ['Note', 'ExamTip', 'ComparisonTable', 'Diagram', 'Changed', 'Unconfirmed', 'Cite']),
    ).toBeUndefined();
  });

  it('fails the build on a JavaScript expression, which has no Markdown form, naming the file and line', async () => {
    await expect(renderMdx('Intro.\n\nTotal: {1 + 1}\n', 'sum.mdx')).rejects.toThrow(
      /sum\.mdx:3: the expression \{1 \+ 1\} has no Markdown form/,
    );
  });
});

describe('the Markdown form of "Check yourself"', () => {
  it('holds every question as the page shows it without JavaScript: scenario, options, answer and why', async () => {
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
    const markdown = await renderToMarkdown(<CheckYourself questions={[question]} />);
    expect(markdown).toMatch(/^## Check yourself\n\n1 exam-style question on this page/);
    expect(markdown).toContain('### Question 1 (ECS)\n\nWhich launch type runs `awsvpc` tasks without servers?\n\nChoose one answer.');
    expect(markdown).toContain('- **A.** Fargate\n- **B.** EC2');
    expect(markdown).toContain('**Answer:** A');
    expect(markdown).toContain('- **B: Wrong.** You manage instances.');
    expect(markdown).toMatch(/Learn it: <http[^>]+\/docs\/compute-options\/#fargate> · Source: <https:\/\/docs\.aws\.amazon\.com\/[^>]+>/);
    expect(await renderToMarkdown(<CheckYourself questions={[]} />)).toBe('');
  });
});
