/**
 * Search in the reader's browser over the static index: reads the root once, then for each query
 * fetches only the postings shards its terms live in, and for each result shown only its section.
 */
import { Dictionary, type TermMatch } from './correct';
import {
  decodePostings,
  decodeTerms,
  readRoot,
  readSection,
  readShard,
  ROOT_PATH,
  sectionPath,
  shardOf,
  shardPath,
  type Posting,
  type RootFile,
  type SectionFile,
} from './index-format';
import { rankSections, type SectionStats, type Variant } from './rank';
import { snippetFor } from './snippet';
import { STOP_WORDS } from './tokenize';
import { expandQuery } from './vocabulary';

/** Fetches one index file by its path below the site root and returns its parsed JSON. */
export type FetchIndexFile = (path: string) => Promise<unknown>;

/** A ranked section, before its text is loaded. */
export interface SearchHit {
  section: number;
  score: number;
  /** Words the snippet is chosen by. */
  words: readonly string[];
  /** Words to highlight in the snippet. */
  terms: readonly string[];
}

/** One search result: a section of a page (or a page's opening), never just "a page". */
export interface SearchResult {
  url: string;
  pageTitle: string;
  heading: string | null;
  snippet: string;
  terms: readonly string[];
}

/**
 * Most postings shards one query may fetch. It bounds what any query downloads, however many
 * words, expansions and typos it has: a query needing more searches with the terms that matter
 * most (the words as typed, then corrections, then expansions, then near misses). Ordinary queries
 * need one to five.
 */
export const MAX_SHARDS_PER_QUERY = 10;

/** Highlighting skips the short words of expansions ("for", "and" would light up everywhere). */
const MIN_EXPANSION_HIGHLIGHT_LENGTH = 4;

export class SearchEngine {
  private readonly dictionary: Dictionary;
  private readonly stats: SectionStats;
  private readonly shards = new Map<number, Promise<string[]>>();
  private readonly postings = new Map<number, Posting[]>();
  private readonly sections = new Map<number, Promise<SectionFile>>();

  private constructor(
    private readonly root: RootFile,
    private readonly fetchFile: FetchIndexFile,
  ) {
    this.dictionary = new Dictionary(decodeTerms(root.terms));
    this.stats = { sections: root.sections, openings: new Set(root.pageStarts) };
  }

  /** Loads the root file (a few kilobytes) and returns an engine ready to search. */
  static async open(fetchFile: FetchIndexFile): Promise<SearchEngine> {
    return new SearchEngine(readRoot(await fetchFile(ROOT_PATH)), fetchFile);
  }

  /** Every term of the index, sorted (for tests and tools that check the vocabulary against it). */
  get terms(): readonly string[] {
    return this.dictionary.terms;
  }

  private loadShard(shard: number): Promise<string[]> {
    let pending = this.shards.get(shard);
    if (!pending) {
      pending = this.fetchFile(shardPath(this.root.version, shard)).then((data) => readShard(data).postings);
      pending.catch(() => this.shards.delete(shard));
      this.shards.set(shard, pending);
    }
    return pending;
  }

  /**
   * Makes the postings of these terms available, fetching at most MAX_SHARDS_PER_QUERY shards not
   * loaded yet; terms come most important first, and those left over simply count as absent.
   */
  private async loadTerms(terms: Iterable<number>): Promise<void> {
    const byShard = new Map<number, number[]>();
    let newShards = 0;
    for (const term of new Set(terms)) {
      if (this.postings.has(term)) continue;
      const shard = shardOf(this.root.shards, term);
      const wanted = byShard.get(shard);
      if (wanted) wanted.push(term);
      else if (this.shards.has(shard) || newShards++ < MAX_SHARDS_PER_QUERY) byShard.set(shard, [term]);
    }
    await Promise.all(
      [...byShard].map(async ([shard, wanted]) => {
        const packed = await this.loadShard(shard);
        for (const term of wanted) this.postings.set(term, decodePostings(packed[term - this.root.shards[shard]] ?? ''));
      }),
    );
  }

  private postingsOf(term: number): Posting[] {
    return this.postings.get(term) ?? [];
  }

  /** Ranked sections for a reader's query; never throws on any input (only when the index cannot be fetched). */
  async search(input: string): Promise<SearchHit[]> {
    const expanded = expandQuery(input).map((words) => words.filter((word) => !STOP_WORDS.has(word)));
    const typed = expanded[0];
    if (!typed || typed.length === 0) return [];
    const variants = expanded.filter((words) => words.length > 0);

    const corrections = typed.map((word) => this.dictionary.corrections(word));
    const matchesOf = (words: readonly string[], typos: boolean) => words.map((word) => this.dictionary.matches(word, { typos }));
    const variantMatches = variants.map((words, index) => matchesOf(words, index === 0));
    const correctionMatches = corrections.map((candidates) =>
      candidates.map((term) => this.dictionary.matches(this.dictionary.terms[term], { typos: false })),
    );
    const termsOf = (matches: readonly (readonly TermMatch[])[]) => matches.flat().map((match) => match.term);
    await this.loadTerms([
      ...variantMatches[0]
        .flat()
        .filter((match) => match.kind !== 'typo')
        .map((match) => match.term),
      ...corrections.flat(),
      ...correctionMatches.flatMap(termsOf),
      ...variantMatches.slice(1).flatMap(termsOf),
      ...termsOf(variantMatches[0]),
    ]);

    // Among equally close corrections, the word the guide uses most is the likeliest meant.
    let corrected = false;
    const correctedWords: string[] = [];
    const correctedMatches: TermMatch[][] = [];
    typed.forEach((word, i) => {
      const candidates = corrections[i];
      if (candidates.length === 0) {
        correctedWords.push(word);
        correctedMatches.push(variantMatches[0][i]);
        return;
      }
      let best = 0;
      candidates.forEach((term, c) => {
        if (this.postingsOf(term).length > this.postingsOf(candidates[best]).length) best = c;
      });
      corrected = true;
      correctedWords.push(this.dictionary.terms[candidates[best]]);
      correctedMatches.push(correctionMatches[i][best]);
    });
    if (corrected) {
      variants.push(correctedWords);
      variantMatches.push(correctedMatches);
    }

    const ranked = rankSections(
      variants.map<Variant>((words, index) => ({
        words,
        typed: index === 0,
        matches: variantMatches[index].map((matches) => matches.map(({ term, kind }) => ({ kind, postings: this.postingsOf(term) }))),
      })),
      this.stats,
    );
    const terms = [
      ...new Set([
        ...typed,
        ...variants
          .slice(1)
          .flat()
          .filter((word) => word.length >= MIN_EXPANSION_HIGHLIGHT_LENGTH),
      ]),
    ];
    return ranked.map((hit) => ({ ...hit, terms }));
  }

  private loadSection(section: number): Promise<SectionFile> {
    let pending = this.sections.get(section);
    if (!pending) {
      pending = this.fetchFile(sectionPath(this.root.version, section)).then(readSection);
      pending.catch(() => this.sections.delete(section));
      this.sections.set(section, pending);
    }
    return pending;
  }

  /** What a hit shows: page title, heading, anchored URL and a snippet (fetches the section once). */
  async result(hit: SearchHit): Promise<SearchResult> {
    const section = await this.loadSection(hit.section);
    return {
      url: section.url,
      pageTitle: section.pageTitle,
      heading: section.heading,
      snippet: snippetFor(section.texts, hit.words),
      terms: hit.terms,
    };
  }
}
