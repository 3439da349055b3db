/** Longest snippet shown under a result, and how much text before the first match it keeps. */
export const SNIPPET_LENGTH = 180;
export const SNIPPET_LEAD = 60;

/** The section's text that holds the most query words, cut around the first of them. */
export function snippetFor(texts: readonly string[], words: readonly string[]): string {
  let best = '';
  let bestScore = -1;
  for (const text of texts) {
    const lower = text.toLowerCase();
    const score = words.reduce((sum, word) => sum + (lower.includes(word) ? 1 : 0), 0);
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  if (best.length <= SNIPPET_LENGTH) return best;
  const lower = best.toLowerCase();
  const first = Math.min(...words.map((word) => lower.indexOf(word)).filter((index) => index >= 0), best.length);
  const start = first === best.length ? 0 : Math.max(0, first - SNIPPET_LEAD);
  return `${start > 0 ? '…' : ''}${best.slice(start, start + SNIPPET_LENGTH).trim()}…`;
}
