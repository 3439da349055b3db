import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openSiteSearch } from '../search/site-index';
import { VOCABULARY } from '@/lib/search/vocabulary';
import { indexTerms } from '@/lib/search/tokenize';

interface PublicQuery {
  q: string;
  expect: string[];
}
const { queries, targets } = JSON.parse(readFileSync('tests/search/search-queries.json', 'utf8')) as {
  queries: PublicQuery[];
  targets: { top1: number; top3: number };
};

let site: Awaited<ReturnType<typeof openSiteSearch>>;
const scored = new Map<string, { top1: boolean; top3: boolean; urls: string[] }>();

beforeAll(async () => {
  site = await openSiteSearch();
  for (const { q, expect: words } of queries) {
    const hits = (await site.engine.search(q)).slice(0, 3);
    const holds = hits.map((hit) => {
      const text = site.sectionText(hit.section).toLowerCase();
      return words.every((word) => text.includes(word.toLowerCase()));
    });
    scored.set(q, { top1: holds[0] === true, top3: holds.includes(true), urls: hits.map((hit) => site.sections[hit.section].url) });
  }
});

const share = (key: 'top1' | 'top3') => [...scored.values()].filter((score) => score[key]).length / queries.length;
const misses = (key: 'top1' | 'top3') => [...scored].filter(([, score]) => !score[key]).map(([q, score]) => `${q} → ${score.urls.join(', ') || '(no results)'}`);

describe('the public search queries, over the index the build writes', () => {
  it.each(queries)('$q: a section holding $expect is among the first three results', ({ q }) => {
    expect(scored.get(q)?.top3, `first three results: ${scored.get(q)?.urls.join(', ')}`).toBe(true);
  });

  it(`ranks a right section first for at least ${targets.top1 * 100}% of the queries, and in the top three for ${targets.top3 * 100}%`, () => {
    expect(share('top1'), `wrong first result:\n${misses('top1').join('\n')}`).toBeGreaterThanOrEqual(targets.top1);
    expect(share('top3'), `no right result in the top three:\n${misses('top3').join('\n')}`).toBeGreaterThanOrEqual(targets.top3);
  });
});

describe('the search vocabulary', () => {
  it('holds only entries the guide uses, in the acronym or in one of its expansions', () => {
    const terms = new Set(site.engine.terms);
    const inGuide = (phrase: string) => indexTerms(phrase).every((term) => terms.has(term));
    const unused = VOCABULARY.filter((entry) => !inGuide(entry.short) && !entry.long.some(inGuide)).map((entry) => entry.short);
    expect(unused).toEqual([]);
  });
});
