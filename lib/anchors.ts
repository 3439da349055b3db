import { componentAnchorsOf } from './page-records';
import { canonicalPath } from './site';
import { QUESTIONS, questionsForPage } from './data/questions';
import { slugify } from './slug';

const PRACTICE_URL = '/docs/practice/';

/** Ids the layout adds to a page beyond its MDX: the "Check yourself" section and its questions. */
function generatedAnchors(url: string): string[] {
  if (url === PRACTICE_URL) {
    return [...QUESTIONS.map((question) => question.id), ...new Set(QUESTIONS.map((question) => `topic-${slugify(question.page)}`))];
  }
  const questions = questionsForPage(url);
  return questions.length > 0 ? ['check-yourself', ...questions.map((question) => question.id)] : [];
}

interface AnchoredPage {
  url: string;
  data: object & { toc: { url: string }[] };
}

/** Ids that every docs page has from the layout itself. */
export const LAYOUT_ANCHORS = ['main-content', 'sources'] as const;

/** Every public id on a page: headings (from the loader's TOC), table rows, tables, callouts, diagrams. */
export function pageAnchors(page: AnchoredPage, extra: readonly string[] = []): Set<string> {
  const ids = new Set<string>(LAYOUT_ANCHORS);
  for (const item of page.data.toc) ids.add(decodeURIComponent(item.url.replace(/^#/, '')));
  for (const anchor of componentAnchorsOf(page.data)) ids.add(anchor.id);
  for (const id of [...generatedAnchors(canonicalPath(page.url)), ...extra]) ids.add(id);
  return ids;
}

/** The site's public anchors as "url#id" strings, sorted: the shape of the committed manifest. */
export function anchorList(pages: readonly AnchoredPage[]): string[] {
  return pages
    .flatMap((page) => [...pageAnchors(page)].filter((id) => !(LAYOUT_ANCHORS as readonly string[]).includes(id)).map((id) => `${canonicalPath(page.url)}#${id}`))
    .sort();
}
