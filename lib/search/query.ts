import { VOCABULARY } from './vocabulary';

/** Longest query the engine reads; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 120;

/** Lowercase words of a query: letters and digits only, so regex characters, emoji and stray symbols fall away. */
export function queryWords(input: string): string[] {
  return (
    input
      .slice(0, MAX_QUERY_LENGTH * 4)
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*/gu) ?? []
  ).slice(0, 12);
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The query as typed plus its vocabulary variants: each acronym replaced by its expansion and
 * each expansion by its acronym. The first entry is always the query as typed.
 */
export function expandQuery(input: string): string[][] {
  const words = queryWords(input);
  if (words.length === 0) return [];
  const variants: string[][] = [words];
  const seen = new Set([words.join(' ')]);
  const add = (variant: string[]) => {
    const key = variant.join(' ');
    if (!seen.has(key) && variant.length > 0) {
      seen.add(key);
      variants.push(variant);
    }
  };
  for (const entry of VOCABULARY) {
    const shortWords = entry.short.split(' ');
    for (const long of entry.long) {
      const longWords = long.split(' ');
      const at = containsPhrase(words, shortWords);
      if (at >= 0) add([...words.slice(0, at), ...longWords, ...words.slice(at + shortWords.length)]);
      const back = containsPhrase(words, longWords);
      if (back >= 0) add([...words.slice(0, back), ...shortWords, ...words.slice(back + longWords.length)]);
    }
  }
  return variants.slice(0, 6);
}
