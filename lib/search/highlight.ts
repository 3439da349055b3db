export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into matched and unmatched parts for the given search terms. Terms are matched as
 * plain lowercase prefixes of words (no regular expressions built from reader input).
 */
export function highlightParts(text: string, terms: readonly string[]): HighlightPart[] {
  const wanted = terms.map((term) => term.toLowerCase()).filter((term) => term.length >= 2);
  if (wanted.length === 0) return [{ text, match: false }];
  const parts: HighlightPart[] = [];
  const lower = text.toLowerCase();
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const atWordStart = i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]);
    const term = atWordStart ? wanted.find((candidate) => lower.startsWith(candidate, i)) : undefined;
    if (term) {
      if (plain) parts.push({ text: plain, match: false });
      plain = '';
      parts.push({ text: text.slice(i, i + term.length), match: true });
      i += term.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) parts.push({ text: plain, match: false });
  return parts;
}
