import type { ExamCalloutRecord } from './mdx/records';
import { examCalloutsOf } from './mdx/records';
import { canonicalPath } from './site';

export interface ReviewPage {
  title: string;
  url: string;
  callouts: ExamCalloutRecord[];
}

interface PageLike {
  url: string;
  data: object & { title: string };
}

/** Every exam callout in the guide, grouped by page in navigation order; pages without callouts are left out. */
export function collectExamReview(pages: readonly PageLike[], excludeUrl?: string): ReviewPage[] {
  return pages
    .map((page) => ({ title: page.data.title, url: canonicalPath(page.url), callouts: examCalloutsOf(page.data) }))
    .filter((page) => page.url !== excludeUrl)
    .filter((page) => page.callouts.length > 0);
}
