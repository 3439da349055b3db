import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { linkTargetPages } from '../support/content-pages';
import seed from './seed-ngrams.json';

const SEED = new Set(seed.ngrams);

/** Runs of ten words (same tokenising as the hashes were made with) that also occur in the seed notes. */
function copiedRuns(text: string, known: ReadonlySet<string> = SEED): string[] {
  const words = text.toLowerCase().match(/[a-z0-9$.]+/g) ?? [];
  const runs: string[] = [];
  for (let i = 0; i + 10 <= words.length; i++) {
    const run = words.slice(i, i + 10).join(' ');
    if (known.has(createHash('sha1').update(run).digest('hex').slice(0, 16))) runs.push(run);
  }
  return runs;
}

describe('prose is our own', () => {
  it('the check recognises a copied ten-word run, whatever the case and punctuation', () => {
    const run = 'one two three four five six seven eight nine ten';
    const known = new Set([createHash('sha1').update(run).digest('hex').slice(0, 16)]);
    expect(copiedRuns('Intro: One, two, three four five six seven eight nine TEN and more.', known)).toEqual([run]);
    expect(copiedRuns('one two three four five six seven eight nine', known)).toEqual([]);
  });

  it('no page repeats a run of 10 or more words from the seed notes', () => {
    const copied = linkTargetPages()
      .map((page) => ({ file: page.file, runs: copiedRuns(readFileSync(page.file, 'utf8')) }))
      .filter((page) => page.runs.length > 0)
      .map((page) => `${page.file}: "${page.runs[0]}"`);
    expect(copied).toEqual([]);
  });
});
