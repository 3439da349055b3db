/**
 * The one tokenizer of search: the index is built and queries are read with the same rules, so a
 * word typed is always spelled like a word indexed.
 */

/** Most characters of a query that are read; longer input is cut, never rejected. */
export const MAX_QUERY_CHARACTERS = 480;
/** Most words of a query that are searched: more add nothing but work. */
export const MAX_QUERY_WORDS = 12;

/** Letters and digits, joined by single hyphens, apostrophes or dots: `on-premises`, `don't`, `0.10`. */
const WORD = /[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*/gu;
const JOINER = /[-'.]/;

/**
 * Words too common to tell sections apart. They are left out of the index (a third of its postings
 * otherwise) and out of queries, so "EBS on Fargate" asks for EBS and Fargate.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for from has have if in into is it its of on or so than that the their then there these this to was were when which will with'.split(
    ' ',
  ),
);

/** Lowercase words of a text: letters and digits only, so regex characters, emoji and stray symbols fall away. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/\u2019/g, "'")
      .toLowerCase()
      .match(WORD) ?? []
  );
}

/**
 * The terms a text is indexed under: each word, and each part of a joined word ("on-premises" is
 * found as "on-premises" and as "premises"), without stop words.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (!STOP_WORDS.has(word)) terms.push(word);
    if (!JOINER.test(word)) continue;
    for (const part of word.split(JOINER)) if (part.length > 1 && !STOP_WORDS.has(part)) terms.push(part);
  }
  return terms;
}

/** The words of a reader's query, capped in length and number. Stop words stay (vocabulary phrases use them). */
export function queryWords(input: string): string[] {
  return words(input.slice(0, MAX_QUERY_CHARACTERS)).slice(0, MAX_QUERY_WORDS);
}

/** Singular form for plain English plurals ("strategies" → "strategy", "groups" → "group"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
