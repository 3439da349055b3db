import { describe, expect, it } from 'vitest';
import { collectExamReview } from '@/lib/exam-review';

function callout(id: string) {
  return { id, kind: 'trap' as const, exam: ['SAA'], text: `About ${id}.`, section: null };
}

function page(url: string, ids: string[]) {
  return { url, data: { title: `Title of ${url}`, examCallouts: ids.map(callout) } };
}

describe('the exam review list', () => {
  const pages = [
    page('/docs/a', ['trap-a']),
    page('/docs/review', ['trap-on-review']),
    page('/docs/none', []),
    page('/docs/b', ['trap-b1', 'trap-b2']),
  ];

  it('leaves out the review page itself, matched by its canonical URL, even when it holds callouts', () => {
    const review = collectExamReview(pages, '/docs/review/');
    expect(review.map((entry) => entry.url)).toEqual(['/docs/a/', '/docs/b/']);
  });

  it('leaves out pages without callouts and keeps the rest in navigation order with their titles', () => {
    const review = collectExamReview(pages);
    expect(review.map((entry) => [entry.title, entry.callouts.map((item) => item.id)])).toEqual([
      ['Title of /docs/a', ['trap-a']],
      ['Title of /docs/review', ['trap-on-review']],
      ['Title of /docs/b', ['trap-b1', 'trap-b2']],
    ]);
  });
});
