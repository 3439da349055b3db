import { describe, expect, it } from 'vitest';
import { RANKING, rankSections, type MatchedTerm, type SectionStats, type Variant } from '@/lib/search/rank';
import type { MatchKind } from '@/lib/search/correct';
import type { Posting } from '@/lib/search/index-format';

// Ranking over hand-made postings: 100 sections, none of them a page opening unless said.
const stats: SectionStats = { sections: 100, openings: new Set([90]) };

const posting = (section: number, textCount: number, inHeading = false): Posting => ({ section, textCount, inHeading });
const term = (postings: Posting[], kind: MatchKind = 'exact'): MatchedTerm => ({ kind, postings });
/** Sections 50… holding a word once in their text: padding that makes a word common. */
const common = (count: number) => Array.from({ length: count }, (_, i) => posting(50 + i, 1));

function rank(words: string[], matches: MatchedTerm[][], extra: Variant[] = []) {
  return rankSections([{ words, typed: true, matches }, ...extra], stats).map((hit) => hit.section);
}

describe('ranking', () => {
  it('puts a section holding every word above one repeating a single rare word (coverage counts twice)', () => {
    const order = rank(['rare', 'common'], [[term([posting(1, 7), posting(2, 1)])], [term([posting(2, 1), ...common(40)])]]);
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(1));
  });

  it('puts a section whose heading holds every word above one that says them more often', () => {
    const order = rank(
      ['alpha', 'beta'],
      [[term([posting(1, 0, true), posting(2, 7, true)])], [term([posting(1, 0, true), posting(2, 7)])]],
    );
    expect(order[0]).toBe(1);
  });

  it('weighs a heading above body text, and a page title for the page’s opening', () => {
    expect(rank(['word'], [[term([posting(1, 1), posting(2, 0, true)])]])[0]).toBe(2);
    expect(rank(['word'], [[term([posting(1, 3), posting(90, 0, true)])]])[0]).toBe(90);
  });

  it('lets a rare word decide more than a common one', () => {
    const order = rank(['rare', 'common'], [[term([posting(2, 1)])], [term([posting(1, 1), ...common(40)])]]);
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(1));
  });

  it('counts a repeated word more, with diminishing returns', () => {
    expect(rank(['word'], [[term([posting(1, 1), posting(2, 3)])]])[0]).toBe(2);
    expect(RANKING.textRepeats.k1).toBeGreaterThan(0);
  });

  it('counts an exact word above a longer word it only starts, and above a near miss', () => {
    expect(rank(['far'], [[term([posting(1, 1)], 'prefix'), term([posting(2, 1)], 'exact')]])[0]).toBe(2);
    expect(rank(['fargate'], [[term([posting(1, 1)], 'typo'), term([posting(2, 1)], 'exact')]])[0]).toBe(2);
  });

  it('counts a word once per section, whatever forms of it the section holds', () => {
    // Section 1 says "mode" and "modes" once each; section 2 says "mode" twice.
    const order = rank(['mode'], [[term([posting(1, 1), posting(2, 2)], 'exact'), term([posting(1, 1)], 'plural')]]);
    expect(order[0]).toBe(2);
  });

  it('lets the words as typed win a tie with a vocabulary expansion', () => {
    const expansion: Variant = { words: ['other'], typed: false, matches: [[term([posting(1, 1)])]] };
    expect(rank(['typed'], [[term([posting(2, 1)])]], [expansion])[0]).toBe(2);
  });

  it('leaves out sections holding less than half of the words, and lists at most the maximum', () => {
    const words = ['a', 'b', 'c'];
    expect(rank(words, [[term([posting(1, 1), posting(2, 1)])], [term([posting(2, 1)])], [term([])]])).toEqual([2]);
    const many = Array.from({ length: 40 }, (_, i) => posting(i, 1));
    expect(rank(['word'], [[term(many)]])).toHaveLength(RANKING.maxResults);
  });
});
