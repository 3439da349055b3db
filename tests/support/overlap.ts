/**
 * How much two texts say the same thing, as the share of their content words they have in common
 * (Jaccard similarity of stemmed content-word sets). Word order and small rephrasing don't hide a repeat.
 */
const STOPWORDS = new Set(
  "a an and are as at be been but by can do does for from has have how if in into is it its no not of on or so than that the their them then there these they this to up was were what when where which while who why will with would you your should could must may its it's each any all more most other some such only own same too very just also after before both few over under again further once here out off about against between through during above below because until use used using uses which one two three new".split(
    /\s+/,
  ),
);

function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

export function contentWords(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .replace(/`/g, '')
      .match(/[a-z0-9][a-z0-9.-]*[a-z0-9]|[a-z0-9]/g) ?? [];
  return new Set(words.filter((word) => !STOPWORDS.has(word)).map(stem));
}

export function overlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

export interface OverlapPair<T> {
  a: T;
  b: T;
  score: number;
}

/** Every pair whose overlap reaches the threshold, most similar first. */
export function similarPairs<T>(items: readonly T[], text: (item: T) => string, threshold: number): OverlapPair<T>[] {
  const texts = items.map(text);
  const pairs: OverlapPair<T>[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const score = overlap(texts[i], texts[j]);
      if (score >= threshold) pairs.push({ a: items[i], b: items[j], score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}
