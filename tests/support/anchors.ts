import { readFileSync } from 'node:fs';
import { componentAnchorsOf } from '@/lib/mdx/records';
import { pageUrl, type DocsPage } from '@/lib/source';
import { questionsForPage } from '@/lib/data/questions';
import { CHECK_YOURSELF_ID } from '@/components/quiz/check-yourself';
import { practiceQuestionAnchors } from '@/components/quiz/practice-questions';
import { triggerPhraseAnchors } from '@/components/mdx/trigger-phrases';
import { examReviewAnchors } from '@/components/mdx/exam-review';
import { decisionTableAnchors } from '@/components/decision/decision-table';
import { sourcedPriceAnchors } from '@/components/cost/sourced-prices';

/** Ids every docs page has from its frame: the skip link's target and the Sources list. */
export const LAYOUT_ANCHORS = ['main-content', 'sources'] as const;

/** Ids the page tools render, by the name authors write in MDX (a tool with props reads them from the page's MDX). */
const TOOL_ANCHORS: Record<string, (mdx: string) => string[]> = {
  TriggerPhrases: triggerPhraseAnchors,
  ExamReview: examReviewAnchors,
  DecisionGuide: decisionTableAnchors,
  CostCalculator: sourcedPriceAnchors,
  PracticeQuestions: (mdx) =>
    [...mdx.matchAll(/<PracticeQuestions\s+area="([^"]*)"/g)].flatMap((match) => practiceQuestionAnchors(match[1])),
};

type AnchoredPage = Pick<DocsPage, 'url' | 'data' | 'absolutePath'>;

/** Every public id on a page: headings, table rows, tables, callouts, diagrams, and what its tools and frame add. */
export function pageAnchors(page: AnchoredPage): Set<string> {
  const ids = new Set<string>(LAYOUT_ANCHORS);
  for (const item of page.data.toc) ids.add(decodeURIComponent(item.url.replace(/^#/, '')));
  for (const anchor of componentAnchorsOf(page.data)) ids.add(anchor.id);
  const questions = questionsForPage(pageUrl(page));
  if (questions.length > 0) for (const id of [CHECK_YOURSELF_ID, ...questions.map((question) => question.id)]) ids.add(id);
  const mdx = page.absolutePath ? readFileSync(page.absolutePath, 'utf8') : '';
  for (const [tool, anchors] of Object.entries(TOOL_ANCHORS)) {
    if (new RegExp(`<${tool}[\\s/>]`).test(mdx)) for (const id of anchors(mdx)) ids.add(id);
  }
  return ids;
}

/** The site's public anchors as "url#id" strings, sorted: the shape of the committed manifest. */
export function anchorList(pages: readonly AnchoredPage[]): string[] {
  const layout: readonly string[] = LAYOUT_ANCHORS;
  return pages.flatMap((page) => [...pageAnchors(page)].filter((id) => !layout.includes(id)).map((id) => `${pageUrl(page)}#${id}`)).sort();
}
