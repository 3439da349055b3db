import { search, type AnyZBSearch } from 'zbsearch';
import { expandQuery, queryWords } from './query';
import { canonicalPath } from '../site';

/** One search result: a section of a page (or a page's opening), never just "a page". */
export interface SearchResult {
  url: string;
  pageTitle: string;
  heading: string | null;
  snippet: string;
  /** Words to highlight in the snippet. */
  terms: string[];
  score: number;
}

interface IndexedDoc {
  id: string;
  content: string;
  page_id: string;
  type: 'page' | 'heading' | 'text';
  url: string;
}

interface Section {
  url: string;
  pageId: string;
  heading: string | null;
  texts: string[];
  /** Lowercase words of the heading, page title (for the page's opening) and texts, for coverage checks. */
  words: Set<string>;
  headingWords: string[];
}

const TYPE_WEIGHT = { page: 2.5, heading: 3, text: 1 } as const;
const MAX_RESULTS = 20;

function plain(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .replace(/^\s*\|?\s*-{3,}.*$/gm, '')
    .replace(/\s*\|\s*/g, ' · ')
    .replace(/<\/?[A-Z][^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^ · | · $/g, '')
    .trim();
}

/** True when a and b differ by at most one edit (typo tolerance for coverage checks). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Optimal string alignment distance (edits incl. one swap of neighbours), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
      best = Math.min(best, value);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** Singular form for plain English plurals ("strategies" → "strategy", "groups" → "group"). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function wordMatches(word: string, candidate: string): boolean {
  if (candidate === word || singular(candidate) === singular(word)) return true;
  if (word.length >= 3 && candidate.startsWith(word)) return true;
  if (candidate.length > 3 && word.startsWith(candidate) && word.length - candidate.length <= 2) return true;
  return word.length >= 5 && withinOneEdit(word, candidate.slice(0, word.length + 1)) && withinOneEdit(word, candidate);
}

function tokens(text: string): string[] {
  return queryWords(text.replace(/[-']/g, ' ')).concat(text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []);
}

function allTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu)?.flatMap((word) => [word, ...word.split(/[-.]/)]) ?? [];
}

function coverage(words: readonly string[], vocabulary: Set<string>): number {
  if (words.length === 0) return 0;
  let found = 0;
  for (const word of words) {
    if (vocabulary.has(word)) found++;
    else for (const candidate of vocabulary) {
      if (wordMatches(word, candidate)) {
        found++;
        break;
      }
    }
  }
  return found / words.length;
}

function snippetFor(section: Section, words: readonly string[]): string {
  let best = '';
  let bestScore = -1;
  for (const text of section.texts) {
    const lower = text.toLowerCase();
    const score = words.reduce((sum, word) => sum + (lower.includes(word) ? 1 : 0), 0);
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  if (best.length <= 180) return best;
  const lower = best.toLowerCase();
  const first = Math.min(...words.map((word) => lower.indexOf(word)).filter((index) => index >= 0), best.length);
  const start = first === best.length ? 0 : Math.max(0, first - 60);
  return `${start > 0 ? '…' : ''}${best.slice(start, start + 180).trim()}…`;
}

/** Ranks sections of the guide for a reader's query, over the Fumadocs static index (ZBSearch). */
export class SearchEngine {
  private readonly sections = new Map<string, Section>();
  private readonly pageTitles = new Map<string, string>();
  private readonly pageUrls = new Map<string, string>();
  /** Every word in the index with how often it occurs, for typo correction. */
  private readonly dictionary = new Map<string, number>();

  constructor(private readonly db: AnyZBSearch, docs: readonly IndexedDoc[]) {
    for (const doc of docs) {
      if (doc.type === 'page') {
        this.pageTitles.set(doc.page_id, doc.content);
        this.pageUrls.set(doc.page_id, doc.url);
      }
    }
    for (const doc of docs) {
      const section = this.sectionFor(doc);
      const text = plain(doc.content);
      if (doc.type === 'heading') {
        section.heading = text;
        section.headingWords = tokens(text);
      } else if (doc.type === 'text') section.texts.push(text);
      for (const word of allTokens(text)) {
        section.words.add(word);
        this.dictionary.set(word, (this.dictionary.get(word) ?? 0) + 1);
      }
    }
    for (const title of this.pageTitles.values()) for (const word of allTokens(title)) this.dictionary.set(word, (this.dictionary.get(word) ?? 0) + 1);
  }

  /** The query with each unknown word replaced by the closest indexed word ("dameon" → "daemon"), or null. */
  private corrected(words: readonly string[]): string[] | null {
    let changed = false;
    const fixed = words.map((word) => {
      if (word.length < 4 || this.dictionary.has(word) || /\d/.test(word)) return word;
      const max = word.length >= 6 ? 2 : 1;
      let best: { word: string; distance: number; count: number } | null = null;
      for (const [candidate, count] of this.dictionary) {
        if (candidate[0] !== word[0] && candidate[1] !== word[1]) continue;
        const distance = editDistance(word, candidate, max);
        if (distance > max) continue;
        if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
      }
      if (!best) return word;
      changed = true;
      return best.word;
    });
    return changed ? fixed : null;
  }

  private sectionFor(doc: IndexedDoc): Section {
    let section = this.sections.get(doc.url);
    if (!section) {
      section = { url: doc.url, pageId: doc.page_id, heading: null, texts: [], words: new Set(), headingWords: [] };
      this.sections.set(doc.url, section);
    }
    return section;
  }

  search(input: string): SearchResult[] {
    const variants = expandQuery(input);
    if (variants.length === 0) return [];
    const correction = this.corrected(variants[0]);
    if (correction) variants.push(correction);
    const scores = new Map<string, number>();
    variants.forEach((words, index) => {
      const term = words.join(' ');
      const longest = Math.max(...words.map((word) => word.length));
      const { hits } = search(this.db, {
        term,
        properties: ['content'],
        tolerance: index === 0 && longest >= 5 ? 1 : 0,
        limit: 400,
      }) as { hits: { score: number; document: IndexedDoc }[] };
      const variantWeight = index === 0 ? 1 : 0.85;
      for (const hit of hits) {
        const weight = TYPE_WEIGHT[hit.document.type] * variantWeight;
        scores.set(hit.document.url, (scores.get(hit.document.url) ?? 0) + hit.score * weight);
      }
    });

    const results: SearchResult[] = [];
    for (const [url, raw] of scores) {
      const section = this.sections.get(url);
      if (!section) continue;
      const pageTitle = this.pageTitles.get(section.pageId) ?? '';
      const isOpening = url === this.pageUrls.get(section.pageId);
      const vocabulary = new Set(section.words);
      if (isOpening) for (const word of allTokens(pageTitle)) vocabulary.add(word);
      // The variant this section answers best decides its coverage and phrase bonus.
      let best = 0;
      let bestWords = variants[0];
      for (const words of variants) {
        const covered = coverage(words, vocabulary);
        const headingHit = coverage(words, new Set(isOpening ? allTokens(pageTitle) : section.headingWords.flatMap(allTokens)));
        const value = covered + (headingHit === 1 ? 1.5 : headingHit * 0.5);
        if (value > best) {
          best = value;
          bestWords = words;
        }
      }
      if (best < 0.5) continue;
      results.push({
        url: canonicalPath(url),
        pageTitle,
        heading: isOpening ? null : section.heading,
        snippet: snippetFor(section, bestWords),
        // Highlight what was typed, and the longer words of expansions (not "for" or "and").
        terms: [...new Set([...variants[0], ...variants.slice(1).flat().filter((word) => word.length >= 4)])],
        // Coverage counts twice: a section with every query word beats one that repeats a single word.
        score: raw * best * best,
      });
    }
    results.sort((a, b) => b.score - a.score);
    return results.slice(0, MAX_RESULTS);
  }
}
