/**
 * Ranking: every number that decides the order of results, named, and the scoring that uses them.
 * The index stores only facts (where a term stands, how often); all weighing happens here, in the
 * reader's browser, over the postings of the query's terms.
 */
import type { MatchKind } from './correct';
import type { Posting } from './index-format';

export const RANKING = {
  /**
   * How much a term counts by where it stands in a section. Body text is the unit. A heading names
   * what its section is about: 3 is above the most any amount of body text can give one word
   * (k1 + 1 = 2.2 below), so a heading match always beats mentions. A page title names a whole page:
   * 2.5 ranks the page's opening high, yet below a section whose own heading has the words.
   */
  field: { title: 2.5, heading: 3, text: 1 },
  /**
   * BM25's saturation of repeats in body text, with its usual k1: the second mention adds less than
   * the first, the seventh next to nothing (the index counts up to seven). There is no length
   * discount: a section that discusses a term at length is a good answer to it (measured: BM25's
   * usual length discount, b = 0.75, put short passing mentions first for "App Mesh" and "awsvpc").
   */
  textRepeats: { k1: 1.2 },
  /**
   * How much an indexed term counts by how it matched the typed word. The word itself or its plural
   * is the same word (1). A shorter indexed word the typed one extends ("tasks'" → "task") nearly
   * always is too (0.8). A longer word the typed one starts is what the reader may be typing, or
   * not ("far" → "fargate", "farther") (0.7). A near miss is a guess: half, so a real word wins.
   */
  match: { exact: 1, plural: 1, stem: 0.8, prefix: 0.7, typo: 0.5 } satisfies Record<MatchKind, number>,
  /**
   * The query as typed counts fully. Its vocabulary expansions and its typo correction count a
   * little less, so the typed words win a tie, but close to fully, so "IRSA" still finds the section
   * that only spells out "IAM roles for service accounts".
   */
  variant: { typed: 1, other: 0.85 },
  /**
   * Coverage: the share of the query's words a section holds (0–1), plus a bonus when its heading
   * (for a page's opening, the page title) holds them: 1.5 when it holds all of them, else 0.5 times
   * the share it holds. The score is multiplied by coverage squared: a section with every word
   * beats one repeating a single word, and a heading with every word (2.5² = 6.25 times) beats
   * sections that only say them.
   */
  headingBonus: { all: 1.5, perShare: 0.5 },
  /** Sections holding less than half of the query's words (without heading help) are noise, not answers. */
  minimumCoverage: 0.5,
  /** Results listed for one query: more than a reader scans (the dialog loads them six at a time). */
  maxResults: 20,
} as const;

/** Inverse document frequency (BM25's, never negative): rare terms tell sections apart. */
export function inverseFrequency(sectionsWithTerm: number, sections: number): number {
  return Math.log(1 + (sections - sectionsWithTerm + 0.5) / (sectionsWithTerm + 0.5));
}

/** One matched term of one query word, with its postings. */
export interface MatchedTerm {
  kind: MatchKind;
  postings: readonly Posting[];
}

/** What ranking knows of the sections as a whole. */
export interface SectionStats {
  sections: number;
  /** Sections that are a page's opening: their "heading" is the page title. */
  openings: ReadonlySet<number>;
}

/** How much one term counts in one section: by field (title or heading, and body text with BM25). */
export function termWeight(posting: Posting, stats: SectionStats): number {
  const { k1 } = RANKING.textRepeats;
  const text = posting.textCount === 0 ? 0 : (posting.textCount * (k1 + 1)) / (posting.textCount + k1);
  const heading = !posting.inHeading ? 0 : stats.openings.has(posting.section) ? RANKING.field.title : RANKING.field.heading;
  return heading + RANKING.field.text * text;
}

export interface Variant {
  /** The variant's words, without stop words. */
  words: readonly string[];
  typed: boolean;
  /** For each word, the indexed terms it matched. */
  matches: readonly (readonly MatchedTerm[])[];
}

export interface RankedSection {
  section: number;
  score: number;
  /** Words of the variant this section answers best: the snippet is chosen by them. */
  words: readonly string[];
}

/** Orders sections for a query from the postings of its variants' terms. */
export function rankSections(variants: readonly Variant[], stats: SectionStats): RankedSection[] {
  const sectionCount = stats.sections;
  const raw = new Map<number, number>();
  const coverage = variants.map(() => new Map<number, { words: number; inHeading: number }>());
  variants.forEach((variant, v) => {
    const variantWeight = variant.typed ? RANKING.variant.typed : RANKING.variant.other;
    variant.matches.forEach((terms) => {
      // A word counts once per section, by the best of the terms it matched there, and is as rare as
      // all those terms together: "modes" is no rarer than "mode" just because fewer pages say it.
      const held = new Map<number, { score: number; inHeading: boolean }>();
      for (const term of terms) {
        const factor = variantWeight * RANKING.match[term.kind];
        for (const posting of term.postings) {
          const score = factor * termWeight(posting, stats);
          const found = held.get(posting.section);
          if (!found) held.set(posting.section, { score, inHeading: posting.inHeading });
          else {
            found.score = Math.max(found.score, score);
            found.inHeading ||= posting.inHeading;
          }
        }
      }
      const idf = inverseFrequency(held.size, sectionCount);
      for (const [section, { score, inHeading }] of held) {
        raw.set(section, (raw.get(section) ?? 0) + score * idf);
        const counts = coverage[v].get(section) ?? { words: 0, inHeading: 0 };
        counts.words++;
        if (inHeading) counts.inHeading++;
        coverage[v].set(section, counts);
      }
    });
  });

  const ranked: RankedSection[] = [];
  for (const [section, score] of raw) {
    let best = 0;
    let bestWords = variants[0].words;
    variants.forEach((variant, v) => {
      const counts = coverage[v].get(section);
      if (!counts || variant.words.length === 0) return;
      const covered = counts.words / variant.words.length;
      const headingShare = counts.inHeading / variant.words.length;
      const value = covered + (headingShare === 1 ? RANKING.headingBonus.all : headingShare * RANKING.headingBonus.perShare);
      if (value > best) {
        best = value;
        bestWords = variant.words;
      }
    });
    if (best < RANKING.minimumCoverage) continue;
    ranked.push({ section, score: score * best * best, words: bestWords });
  }
  ranked.sort((a, b) => b.score - a.score || a.section - b.section);
  return ranked.slice(0, RANKING.maxResults);
}
