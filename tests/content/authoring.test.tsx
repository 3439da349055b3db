import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { describe, expect, it } from 'vitest';
import { renderToMarkdown } from 'fumadocs-core/server';
import { unwrittenComponent } from '@/lib/markdown';
import type { MarkdownFormProps } from '@/lib/mdx/markdown-form';
import { docsComponents } from '@/components/layout/docs-page';
import { parseHtml } from '../support/mdx-pipeline';

const README = readFileSync('README.md', 'utf8');
const FIXTURE = 'tests/fixtures/authoring/every-component.mdx';
const PAGE_URL = 'https://guide.example/docs/authoring/';

/** The component names in the README's authoring table ("Components (no import needed)"). */
function documentedComponents(): string[] {
  const start = README.indexOf('### Components');
  const table = README.slice(start, README.indexOf('\n\n', README.indexOf('| --- |', start)));
  return [...new Set([...table.matchAll(/`<([A-Z][A-Za-z]+)/g)].map((match) => match[1]))];
}

/** How each documented component shows on the web page, and in the Markdown. */
const FORMS: Record<string, { html: string; markdown: RegExp }> = {
  ComparisonTable: { html: 'figure[data-slot="comparison-table"] tr#launch-types-servers-to-manage', markdown: /\*\*Fargate vs EC2 launch type\*\*\n\n\| Aspect \| Fargate \| EC2 launch type \|/ },
  Changed: { html: '[data-slot="changed"]', markdown: /_Changed January 2024:_ EBS volumes/ },
  Unconfirmed: { html: '[data-slot="unconfirmed"]', markdown: /5,000 \(unconfirmed\)/ },
  ExamTip: { html: 'aside#tip-fixture-serverless[aria-label="Exam tip"]', markdown: /^> \*\*Exam tip \(SAA\):\*\* "Serverless containers"/m },
  ExamTrap: { html: 'aside#trap-fixture-efs[aria-label="Exam trap"]', markdown: /^> \*\*Exam trap \(SAA, SAP\):\*\* Fargate tasks can attach EBS volumes too\[\^2]\./m },
  Diagram: { html: 'figure#fixture-hierarchy ul ul li', markdown: /\*\*Diagram: How the pieces nest\*\*\n\n- Cluster\n  - Service/ },
  Note: { html: '[data-slot="note"][aria-label="Before you migrate"]', markdown: /^> \*\*Note:\*\* Background[\s\S]*^> \*\*Before you migrate:\*\* A caution/m },
  TriggerPhrases: { html: 'figure#phrases tbody tr[id^="phrases-"] th[scope="row"]', markdown: /\*\*Phrases in a question and the answer they point to\*\*\n\n\| When the question says/ },
  DecisionGuide: { html: '[data-decision-guide] figure#decision-rules tr[data-rule]', markdown: /\*\*The decision table: every rule the guide applies\*\*\n\n\| If \|/ },
  CostCalculator: { html: '[data-cost-calculator] figure#sourced-prices tr#sourced-prices-ecs-control-plane', markdown: /\*\*Prices as of [^*]+\*\*\n\n\| Figure \|[\s\S]*\*\*What the calculator assumes\*\*/ },
  ExamReview: { html: '[data-slot="exam-review"] h3[id^="review-"]', markdown: /tips and traps from \d+ pages[\s\S]*^- \*\*(Tip|Trap)/m },
  PracticeQuestions: { html: '[data-quiz] [data-quiz-question]', markdown: /^## \[[^\]]+\]\(http[^)]+\)\n\n### Question 1 \([^)]+\)/m },
  PracticeAreas: { html: '[data-quiz] [data-area-progress][data-question-ids^="q-"]', markdown: /^- \[[^\]]+\]\(http[^)]+\/docs\/practice\/overview\/\) \(\d+ questions\): /m },
  MockExam: { html: '[data-mock-exam] [data-mock-exam-noscript] a[href^="/docs/practice/ecs-core"]', markdown: /The mock exam runs in the browser[\s\S]*^- \[[^\]]+\]\(http[^)]+\/docs\/practice\/ecs-core\/\)/m },
};

async function compiledFixture() {
  const compiled = (await import('../fixtures/authoring/every-component.mdx?collection=docs')) as Record<string, unknown>;
  const Body = compiled.default as ComponentType<{ components: MDXComponents }>;
  const Markdown = compiled._markdown as ComponentType<{ components: MDXComponents } & MarkdownFormProps>;
  const resolveHref = (href: string) => new URL(href, PAGE_URL).href;
  return {
    html: renderToStaticMarkup(<Body components={docsComponents()} />),
    markdown: await renderToMarkdown(<Markdown components={docsComponents()} resolveHref={resolveHref} />),
  };
}

describe('the authoring contract in the README', () => {
  const documented = documentedComponents();

  it('documents the components of the MDX map, and the fixture page uses each one', () => {
    expect(documented.length).toBeGreaterThanOrEqual(10);
    const map = docsComponents();
    const source = readFileSync(FIXTURE, 'utf8');
    for (const name of documented) {
      expect(name in map, `<${name}> is in the component map`).toBe(true);
      expect(source, `the fixture uses <${name}>`).toMatch(new RegExp(`<${name}[\\s/>]`));
      expect(FORMS[name], `the test knows how <${name}> looks`).toBeDefined();
    }
  });

  it('builds the fixture page, and every documented component renders its web form', async () => {
    const doc = parseHtml((await compiledFixture()).html);
    for (const name of documented) expect(doc.querySelector(FORMS[name].html), `<${name}> on the page`).not.toBeNull();
    expect(doc.querySelector('figure[data-slot="code-block"] figcaption')?.textContent).toBe('task.json');
    expect(doc.querySelector('sup.cite a[href="#source-ecs-welcome"]')?.textContent).toBe('[1]');
  });

  it('writes every documented component in its Markdown form, none left as JSX', async () => {
    const { markdown } = await compiledFixture();
    expect(unwrittenComponent(markdown, Object.keys(docsComponents()))).toBeUndefined();
    for (const name of documented) expect(markdown, `<${name}> in the Markdown`).toMatch(FORMS[name].markdown);
    expect(markdown).toContain('```json title="task.json"\n{ "family": "web" }\n```');
    expect(markdown).toContain('Amazon ECS has no control-plane charge[^1].');
    expect(markdown).toContain('Source: [^1]');
  });
});
