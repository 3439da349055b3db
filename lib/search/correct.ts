/**
 * Tolerance: which indexed terms a typed word stands for, and which indexed word a misspelt one
 * most likely meant. Everything is checked against the index's own dictionary, never a word list
 * from elsewhere, so a correction always finds something.
 */
import { singular } from './tokenize';

/** How an indexed term matched a query word; ranking weighs each kind (RANKING.match). */
export type MatchKind = 'exact' | 'plural' | 'prefix' | 'stem' | 'typo';

export interface TermMatch {
  term: number;
  kind: MatchKind;
}

/** Shortest typed word read as the start of longer words ("far" finds "fargate"); shorter ones are too vague. */
export const MIN_PREFIX_LENGTH = 3;
/** Shortest typed word that also matches terms one edit away ("fargte" finds "fargate"). */
export const MIN_TYPO_MATCH_LENGTH = 5;
/** Shortest indexed word a longer typed word may stand for ("tasks'" → "task"), and how many letters it may lack. */
export const MIN_STEM_LENGTH = 4;
export const MAX_STEM_MISSING = 2;
/** Shortest word that is corrected; shorter ones are usually acronyms that are simply not in the guide. */
export const MIN_CORRECTED_LENGTH = 4;
/** Edits allowed when correcting: one for short words, two from this length on. */
export const TWO_EDITS_FROM_LENGTH = 6;

/** The index's words, sorted, with lookups for exact and plural matches. */
export class Dictionary {
  private readonly positions = new Map<string, number>();
  private readonly bySingular = new Map<string, number[]>();

  constructor(readonly terms: readonly string[]) {
    terms.forEach((term, index) => {
      this.positions.set(term, index);
      const key = singular(term);
      const same = this.bySingular.get(key);
      if (same) same.push(index);
      else this.bySingular.set(key, [index]);
    });
  }

  has(word: string): boolean {
    return this.positions.has(word);
  }

  indexOf(word: string): number | undefined {
    return this.positions.get(word);
  }

  /** Index of the first term not sorting before `word`. */
  private lowerBound(word: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      // Stryker disable next-line EqualityOperator: starting past a term equal to the word skips only the word itself, which matches() has already added as exact
      if (this.terms[middle] < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Every term `word` stands for, each once, with the best way it matched. */
  matches(word: string, { typos }: { typos: boolean }): TermMatch[] {
    const found = new Map<number, MatchKind>();
    const add = (term: number | undefined, kind: MatchKind) => {
      if (term !== undefined && !found.has(term)) found.set(term, kind);
    };
    add(this.positions.get(word), 'exact');
    for (const term of this.bySingular.get(singular(word)) ?? []) add(term, 'plural');
    if (word.length >= MIN_PREFIX_LENGTH) {
      for (let index = this.lowerBound(word); index < this.terms.length && this.terms[index].startsWith(word); index++)
        add(index, 'prefix');
    }
    // Stryker disable next-line EqualityOperator: the whole word as its own stem is the exact match, already added first
    for (let length = Math.max(MIN_STEM_LENGTH, word.length - MAX_STEM_MISSING); length < word.length; length++) {
      add(this.positions.get(word.slice(0, length)), 'stem');
    }
    if (typos && word.length >= MIN_TYPO_MATCH_LENGTH) {
      this.terms.forEach((term, index) => {
        if (!found.has(index) && editDistance(word, term, 1) <= 1) found.set(index, 'typo');
      });
    }
    return [...found].map(([term, kind]) => ({ term, kind }));
  }

  /**
   * Indexed words closest to an unknown word ("dameon" → "daemon"), all at the same smallest
   * distance; the caller picks among them by how common they are. Empty when the word is known,
   * short, holds a digit, or nothing is close.
   */
  corrections(word: string): number[] {
    if (word.length < MIN_CORRECTED_LENGTH || this.positions.has(word) || /\d/.test(word)) return [];
    const max = word.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
    let best = max + 1;
    // Stryker disable next-line ArrayDeclaration: closest is returned only after some distance within max replaced it
    let closest: number[] = [];
    this.terms.forEach((term, index) => {
      // A misspelling rarely gets both of the first two letters wrong.
      if (term[0] !== word[0] && term[1] !== word[1]) return;
      // Stryker disable next-line MethodExpression: a larger limit only stops editDistance later; distances above best are ignored either way
      const distance = editDistance(word, term, Math.min(max, best));
      if (distance < best) {
        best = distance;
        closest = [index];
      } else if (distance === best) closest.push(index);
    });
    return best <= max ? closest : [];
  }
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
 * each count one. Stops early and answers `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] > max ? max + 1 : previous[b.length];
}
