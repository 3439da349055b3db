import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mdxFiles } from '@/scripts/uncited-claims';
import { PRACTICE_QUESTIONS } from '@/lib/data/questions';
import { TRIGGER_PHRASES } from '@/lib/data/trigger-phrases';
import { PRICES } from '@/lib/data/prices';

/** Every text a reader meets: the pages, the questions and the trigger phrases. */
const texts = [
  ...mdxFiles('content/docs').map((file) => ({ where: file, text: readFileSync(file, 'utf8') })),
  ...PRACTICE_QUESTIONS.map((question) => ({ where: question.id, text: JSON.stringify(question) })),
  ...TRIGGER_PHRASES.map((phrase) => ({ where: phrase.phrase, text: JSON.stringify(phrase) })),
];

function figures(pattern: RegExp, about = /./): { where: string; value: number }[] {
  return texts.flatMap(({ where, text }) =>
    text
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => about.test(sentence))
      .flatMap((sentence) => [...sentence.matchAll(pattern)].map((match) => ({ where, value: Number(match[1]) }))),
  );
}

// The sourced figures live once, in the price data the cost what-if shows with their Region, date and source.
// Prose may repeat a rate for the reader, but never a different one.
describe('prices stated in the text', () => {
  it('every EKS cluster-hour rate is one of the sourced control-plane rates', () => {
    const rates = figures(/\$(\d+(?:\.\d+)?) per cluster-hour/g);
    expect(rates.length).toBeGreaterThan(2);
    const sourced: number[] = [PRICES.eksStandardSupport.value, PRICES.eksExtendedSupport.value];
    expect(rates.filter((rate) => !sourced.includes(rate.value))).toEqual([]);
  });

  it('every Fargate Spot saving quoted is the sourced maximum, worded as a maximum', () => {
    const quoted = figures(/up to (?:a )?(\d+) ?%/gi, /Spot/);
    expect(quoted.length).toBeGreaterThan(2);
    expect(quoted.filter((figure) => figure.value !== PRICES.fargateSpotDiscount.value)).toEqual([]);
    const approximate = texts.filter(({ text }) => /(about|around|roughly|approximately) 70 ?%/i.test(text)).map(({ where }) => where);
    expect(approximate).toEqual([]);
  });
});
