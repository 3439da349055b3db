import { describe, expect, it } from 'vitest';
import type { MatchKind } from '@/lib/search/correct';
import type { Posting } from '@/lib/search/index-format';
import { inverseFrequency, RANKING, rankSections, termWeight, type MatchedTerm, type SectionStats, type Variant } from '@/lib/search/rank';

const posting = (section: number, textCount: number, inHeading = false): Posting => ({ section, textCount, inHeading });
const term = (postings: Posting[], kind: MatchKind = 'exact'): MatchedTerm => ({ kind, postings });
const stats = (): SectionStats => ({ sections: 100, openings: new Set([90]) });
const typed = (words: string[], matches: MatchedTerm[][]): Variant => ({ words, typed: true, matches });

describe('how rare a term is', () => {
  it('weighs a term in half the sections log 2, and a term in every section still above zero', () => {
    expect(inverseFrequency(50, 100)).toBeCloseTo(Math.log(2), 10);
    expect(inverseFrequency(100, 100)).toBeGreaterThan(0);
    expect(inverseFrequency(1, 100)).toBeGreaterThan(inverseFrequency(2, 100));
  });
});

describe('how much one mention weighs', () => {
  it('counts one body mention as the unit, repeats less and less, a heading and a page title more', () => {
    expect(termWeight(posting(1, 1), stats())).toBeCloseTo(RANKING.field.text, 10);
    expect(termWeight(posting(1, 0), stats())).toBe(0);
    expect(termWeight(posting(1, 7), stats())).toBeLessThan(RANKING.textRepeats.k1 + 1);
    expect(termWeight(posting(1, 7), stats())).toBeGreaterThan(termWeight(posting(1, 2), stats()));
    expect(termWeight(posting(1, 0, true), stats())).toBe(RANKING.field.heading);
    expect(termWeight(posting(90, 0, true), stats())).toBe(RANKING.field.title);
  });
});

describe('one word, several forms in one section', () => {
  it('counts the best of the forms, whichever comes first', () => {
    // Section 1 says the word three times and a longer word once; section 2 says the word twice.
    const strongFirst = rankSections([typed(['mode'], [[term([posting(1, 3), posting(2, 2)]), term([posting(1, 1)], 'prefix')]])], stats());
    const strongLast = rankSections([typed(['mode'], [[term([posting(1, 1)], 'prefix'), term([posting(1, 3), posting(2, 2)])]])], stats());
    expect(strongFirst.map((hit) => hit.section)).toEqual([1, 2]);
    expect(strongLast.map((hit) => hit.section)).toEqual([1, 2]);
    expect(strongLast[0].score).toBeCloseTo(strongFirst[0].score, 10);
  });

  it('counts the word as in the heading when any of its forms is', () => {
    // Section 1: the word in its text, its plural in the heading. Section 2: the word in the heading only.
    const hits = rankSections(
      [typed(['mode'], [[term([posting(1, 2), posting(2, 0, true)]), term([posting(1, 0, true)], 'plural')]])],
      stats(),
    );
    expect(hits.map((hit) => hit.section)).toEqual([1, 2]);
    expect(hits[0].score).toBeCloseTo(hits[1].score, 10);
  });
});

describe('order and snippet words', () => {
  it('orders equal scores by their place in the guide', () => {
    expect(
      rankSections([typed(['word'], [[term([posting(5, 1), posting(3, 1), posting(4, 1)])]])], stats()).map((hit) => hit.section),
    ).toEqual([3, 4, 5]);
  });

  it('chooses the snippet by the variant that covers the section best, the typed one on a tie', () => {
    const expansion: Variant = {
      words: ['other', 'words'],
      typed: false,
      matches: [[term([posting(1, 1), posting(2, 1)])], [term([posting(1, 1), posting(2, 1)])]],
    };
    // Section 1 holds all the typed words and all the expansion's; section 2 only the expansion's.
    const hits = rankSections([typed(['typed'], [[term([posting(1, 1)])]]), expansion], stats());
    expect(hits.find((hit) => hit.section === 1)?.words).toEqual(['typed']);
    expect(hits.find((hit) => hit.section === 2)?.words).toEqual(['other', 'words']);
  });
});
