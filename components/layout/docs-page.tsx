import type { ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { asMarkdown } from 'fumadocs-core/server';
import { absoluteUrl } from '@/lib/site';
import { pageUrl, type DocsPage } from '@/lib/source';
import type { MarkdownFormProps } from '@/lib/mdx/markdown-form';
import { getMDXComponents } from '@/components/mdx-components';
import { ExamReview } from '@/components/mdx/exam-review';
import { TriggerPhrases } from '@/components/mdx/trigger-phrases';
import { PracticeQuestions } from '@/components/quiz/practice-questions';
import { PracticeAreas } from '@/components/quiz/practice-areas';
import { MockExam } from '@/components/mock-exam/mock-exam';
import { DecisionGuide } from '@/components/decision/decision-guide';
import { CostCalculator } from '@/components/cost/cost-calculator';
import { DocsShell } from './docs-shell';

/**
 * Page tools: components that render data rather than MDX. They read the whole guide, so the MDX component map
 * leaves them out and only docs pages add them. Each imports its interactive code lazily, so only the pages that
 * use one download it.
 */
const PAGE_TOOLS = {
  ExamReview,
  TriggerPhrases,
  PracticeQuestions,
  PracticeAreas,
  MockExam,
  DecisionGuide,
  CostCalculator,
} satisfies MDXComponents;

/** Every component a docs page's MDX may use. */
export function docsComponents() {
  return getMDXComponents(PAGE_TOOLS);
}

type MarkdownBody = (props: { components: MDXComponents } & MarkdownFormProps) => ReactNode;

/** A docs page: its MDX in the site's frame, or, when rendered as Markdown, its Markdown form. */
export function DocsPageView({ page }: { page: DocsPage }) {
  if (asMarkdown()) {
    const form = page.data._exports._markdown;
    if (typeof form !== 'function') throw new Error(`${page.path} has no Markdown form: the MDX collection must compile one.`);
    const Markdown = form as MarkdownBody;
    // Site paths carry the base path; a bare #fragment stays on this page.
    const resolveHref = (href: string) => (href.startsWith('/') ? absoluteUrl(href) : new URL(href, absoluteUrl(pageUrl(page))).href);
    return (
      <DocsShell page={page}>
        <Markdown components={docsComponents()} resolveHref={resolveHref} />
      </DocsShell>
    );
  }
  const MDX = page.data.body;
  return (
    <DocsShell page={page}>
      <MDX components={docsComponents()} />
    </DocsShell>
  );
}
