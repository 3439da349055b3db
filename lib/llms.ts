import type { ComponentToMarkdown } from './markdown/remark-plain-markdown';
import { renderPageMarkdown } from './markdown/page-markdown';
import { checkYourselfMarkdown, decisionTableMarkdown, examReviewMarkdown, practiceMarkdown, sourcedPricesMarkdown, triggerPhrasesMarkdown } from './markdown/data-sections';
import { decisionTable } from './decision/table';
import { PRICES } from './data/prices';
import { source, type DocsPage } from './source';
import { pagesInNavigationOrder } from './navigation';
import { navSections } from './page-tree';
import { collectExamReview } from './exam-review';
import { questionsForPage } from './data/questions';
import { TRIGGER_PHRASES } from './data/trigger-phrases';
import { absoluteUrl, canonicalPath, feedPath, markdownPath, siteDescription, siteName } from './site';

const EXAM_TIPS_URL = '/docs/exam-tips/';

/** Markdown for the components that render data from lib/data (see app/docs/[[...slug]]/page.tsx). */
function dataComponents(): Record<string, ComponentToMarkdown> {
  return {
    TriggerPhrases: () => triggerPhrasesMarkdown(TRIGGER_PHRASES),
    DecisionGuide: () => decisionTableMarkdown(decisionTable()),
    CostCalculator: () => sourcedPricesMarkdown(Object.values(PRICES)),
    ExamReview: () => examReviewMarkdown(collectExamReview(pagesInNavigationOrder(source), EXAM_TIPS_URL)),
    PracticeQuestions: () =>
      practiceMarkdown(
        pagesInNavigationOrder(source)
          .map((page) => ({ title: page.data.title, url: canonicalPath(page.url) }))
          .map((topic) => ({ ...topic, questions: questionsForPage(topic.url) }))
          .filter((topic) => topic.questions.length > 0),
      ),
  };
}

/** A docs page as Markdown, built from its MDX source with the plain-Markdown remark transform. */
export async function pageMarkdown(page: DocsPage): Promise<string> {
  const url = canonicalPath(page.url);
  return renderPageMarkdown({
    title: page.data.title,
    description: page.data.description,
    lastReviewed: page.data.lastReviewed,
    url: absoluteUrl(url),
    sources: page.data.sources,
    mdx: await page.data.getText('raw'),
    extra: checkYourselfMarkdown(questionsForPage(url)),
    components: dataComponents(),
  });
}

/** Markdown path (e.g. /md/ecs/task-networking.md) → page, for the route handler. */
export function pagesByMarkdownPath(): Map<string, DocsPage> {
  return new Map(source.getPages().map((page) => [markdownPath(page.slugs), page]));
}

function indexLine(page: DocsPage): string {
  const md = absoluteUrl(markdownPath(page.slugs));
  return `- [${page.data.title}](${md}): ${page.data.description} (web page: ${absoluteUrl(canonicalPath(page.url))})`;
}

/** /llms.txt (llmstxt.org): the site in one screen, every page with its description and Markdown URL. */
export function llmsIndex(): string {
  const byUrl = new Map(source.getPages().map((page) => [canonicalPath(page.url), page]));
  const listed = new Set<DocsPage>();
  const sections = navSections(source.getPageTree()).map((section) => {
    const pages = section.links.flatMap((link) => byUrl.get(link.url) ?? []);
    for (const page of pages) listed.add(page);
    return `## ${section.title ?? 'Overview'}\n\n${pages.map(indexLine).join('\n')}`;
  });
  // A page missing from meta.json still belongs in the index.
  const unlisted = source.getPages().filter((page) => !listed.has(page));
  if (unlisted.length > 0) sections.push(`## Other pages\n\n${unlisted.map(indexLine).join('\n')}`);
  return [
    `# ${siteName}`,
    `> ${siteDescription}`,
    [
      `Every page below links to its Markdown version: title, description, review date, the text with its comparison tables,`,
      `exam tips and traps (as labelled blockquotes), diagrams (as nested lists) and the page's sources. All pages in one file:`,
      `${absoluteUrl('/llms-full.txt')}. Dated changes to the facts, as RSS: ${absoluteUrl(feedPath)}.`,
    ].join(' '),
    ...sections,
  ].join('\n\n').concat('\n');
}

/** /llms-full.txt: every page's Markdown, in guide order. */
export async function llmsFull(): Promise<string> {
  const pages = await Promise.all(pagesInNavigationOrder(source).map(pageMarkdown));
  const intro = `# ${siteName}: the full guide\n\n> ${siteDescription}\n\nEvery page of ${absoluteUrl('/')} as Markdown, in reading order. Index: ${absoluteUrl('/llms.txt')}.\n`;
  return [intro, ...pages].join('\n---\n\n');
}
