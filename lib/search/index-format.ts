/**
 * The search index as the build writes it and the browser reads it: one small root file, postings
 * shards loaded by the terms a query touches, and one file per section loaded only for the results
 * shown. Shared by the builder and the engine so both agree on every path and field.
 */

/** Bumped whenever the shape of the files changes, so an old root is never read with new shards. */
export const INDEX_FORMAT = 1;

/** The root: what every search needs first. Served at ROOT_PATH. */
export interface RootFile {
  format: number;
  /** Content hash of the shards and sections: part of their paths, so a root never meets files of another build. */
  version: string;
  /** Number of sections; their ids are 0…sections-1 in reading order. */
  sections: number;
  /** The id of each page's opening (its first section). */
  pageStarts: number[];
  /** Every indexed term, sorted, front-coded (see encodeTerms): typo correction and prefix matching run over it. */
  terms: string;
  /** Index of the first term of each postings shard, ascending, starting at 0. */
  shards: number[];
}

/** A postings shard: for each term of its range, its postings packed into a string (see encodePostings). */
export interface ShardFile {
  format: number;
  postings: string[];
}

/** One term in one section, as far as ranking needs to know. */
export interface Posting {
  section: number;
  /** Occurrences in the body text, up to MAX_TEXT_COUNT (ranking saturates repeats well before). */
  textCount: number;
  /** The term is in the section's heading, or in the page title for a page's opening. */
  inHeading: boolean;
}

export const MAX_TEXT_COUNT = 7;

/** What a result shows: loaded per section, only for results on screen. */
export interface SectionFile {
  format: number;
  /** Canonical URL with the heading's #anchor (none for a page's opening). */
  url: string;
  pageTitle: string;
  heading: string | null;
  /** Plain-text paragraphs, list items and table rows, for the snippet. */
  texts: string[];
}

/** Where the root is served; an extensionless file every host already serves as it is. */
export const ROOT_PATH = '/api/search';
/** Folder of the shards and section files (a route of its own). */
export const FILES_FOLDER = '/search-index';

export const shardPath = (version: string, shard: number) => `${FILES_FOLDER}/${version}/t${shard}.json`;
export const sectionPath = (version: string, section: number) => `${FILES_FOLDER}/${version}/s${section}.json`;

/** The shard holding a term, by binary search over the shards' first terms. */
export function shardOf(shards: readonly number[], term: number): number {
  let low = 0;
  // Stryker disable next-line ArithmeticOperator: probes past the last shard read undefined, which never compares <= term, so the search ends on the same shard
  let high = shards.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (shards[middle] <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Printable ASCII that JSON strings carry unescaped, split in two: a digit from the first half ends
 * a number, a digit from the second half is followed by more (base-46 variable-length numbers).
 */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).filter((c) => c !== '"' && c !== '\\');
const BASE = DIGITS.length / 2;
const DIGIT_VALUE = new Map(DIGITS.map((c, i) => [c, i]));
const VALUES_PER_SECTION_STEP = (MAX_TEXT_COUNT + 1) * 2;

function encodeNumber(value: number): string {
  let text = '';
  let rest = value;
  while (rest >= BASE) {
    text += DIGITS[BASE + (rest % BASE)];
    rest = Math.floor(rest / BASE);
  }
  return text + DIGITS[rest];
}

/**
 * A term's postings, ascending by section, as one string: each posting is one number, the gap to the
 * previous section times sixteen, plus its text count (0–7) times two, plus one when in the heading.
 * A posting takes one or two characters, and the string compresses far better than JSON numbers.
 */
export function encodePostings(postings: readonly Posting[]): string {
  let previous = 0;
  return postings
    .map((posting) => {
      const gap = posting.section - previous;
      if (gap < 0 || (gap === 0 && posting !== postings[0]))
        throw new Error(`Postings must ascend by section: ${previous} then ${posting.section}.`);
      previous = posting.section;
      return encodeNumber(gap * VALUES_PER_SECTION_STEP + Math.min(posting.textCount, MAX_TEXT_COUNT) * 2 + (posting.inHeading ? 1 : 0));
    })
    .join('');
}

export function decodePostings(packed: string): Posting[] {
  const postings: Posting[] = [];
  let section = 0;
  let value = 0;
  let scale = 1;
  for (const character of packed) {
    const digit = DIGIT_VALUE.get(character);
    if (digit === undefined) throw new Error('A search index shard holds a character outside its alphabet.');
    if (digit >= BASE) {
      value += (digit - BASE) * scale;
      scale *= BASE;
      continue;
    }
    value += digit * scale;
    section += Math.floor(value / VALUES_PER_SECTION_STEP);
    const rest = value % VALUES_PER_SECTION_STEP;
    postings.push({ section, textCount: rest >> 1, inHeading: rest % 2 === 1 });
    value = 0;
    scale = 1;
  }
  return postings;
}

/** Sorted terms, each written as how many leading characters it shares with the one before (one character) and the rest. */
export function encodeTerms(terms: readonly string[]): string {
  let previous = '';
  return terms
    .map((term) => {
      let shared = 0;
      while (shared < MAX_SHARED_PREFIX && shared < previous.length && shared < term.length && previous[shared] === term[shared]) shared++;
      previous = term;
      return String.fromCharCode(SHARED_PREFIX_ZERO + shared) + term.slice(shared);
    })
    .join('\n');
}

export function decodeTerms(encoded: string): string[] {
  if (encoded === '') return [];
  let previous = '';
  return encoded.split('\n').map((entry) => {
    const shared = entry.charCodeAt(0) - SHARED_PREFIX_ZERO;
    previous = previous.slice(0, shared) + entry.slice(1);
    return previous;
  });
}

const SHARED_PREFIX_ZERO = 48;
const MAX_SHARED_PREFIX = 60;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isNumberArray = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number');

/** Checks a fetched file's shape; a file of another build or format is an error, not a wrong result. */
export function readRoot(data: unknown): RootFile {
  if (
    !isObject(data) ||
    data.format !== INDEX_FORMAT ||
    typeof data.version !== 'string' ||
    typeof data.sections !== 'number' ||
    !isNumberArray(data.pageStarts) ||
    typeof data.terms !== 'string' ||
    !isNumberArray(data.shards)
  ) {
    throw new Error(`The search index root is not format ${INDEX_FORMAT}.`);
  }
  return data as unknown as RootFile;
}

export function readShard(data: unknown): ShardFile {
  if (
    !isObject(data) ||
    data.format !== INDEX_FORMAT ||
    !Array.isArray(data.postings) ||
    !data.postings.every((postings) => typeof postings === 'string')
  ) {
    throw new Error(`A search index shard is not format ${INDEX_FORMAT}.`);
  }
  return data as unknown as ShardFile;
}

export function readSection(data: unknown): SectionFile {
  if (
    !isObject(data) ||
    data.format !== INDEX_FORMAT ||
    typeof data.url !== 'string' ||
    typeof data.pageTitle !== 'string' ||
    !(data.heading === null || typeof data.heading === 'string') ||
    !Array.isArray(data.texts) ||
    !data.texts.every((text) => typeof text === 'string')
  ) {
    throw new Error(`A search index section is not format ${INDEX_FORMAT}.`);
  }
  return data as unknown as SectionFile;
}
