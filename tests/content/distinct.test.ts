import { describe, expect, it } from 'vitest';
import { source } from '@/lib/source';
import { examCalloutsOf } from '@/lib/mdx/records';
import { PRACTICE_QUESTIONS } from '@/lib/data/questions';
import { overlap, similarPairs } from '../support/overlap';

/** Word overlap (Jaccard of stemmed content words) at or above which two texts say the same thing. */
const NEAR_DUPLICATE = 0.35;

const callouts = source.getPages().flatMap((page) => examCalloutsOf(page.data).map((callout) => ({ ...callout, page: page.url })));
const questionText = (question: (typeof PRACTICE_QUESTIONS)[number]) =>
  `${question.scenario} ${question.options.filter((option) => option.correct).map((option) => option.text).join(' ')}`;

describe('each thing is said once', () => {
  it('no two exam callouts say the same thing', () => {
    const pairs = similarPairs(callouts, (callout) => callout.text, NEAR_DUPLICATE);
    expect(pairs.map((pair) => `${pair.score.toFixed(2)} ${pair.a.page}#${pair.a.id} ~ ${pair.b.page}#${pair.b.id}`)).toEqual([]);
  });

  it('no two practice questions test the same fact (stem plus correct answer)', () => {
    const pairs = similarPairs(PRACTICE_QUESTIONS, questionText, NEAR_DUPLICATE);
    expect(pairs.map((pair) => `${pair.score.toFixed(2)} ${pair.a.id} ~ ${pair.b.id}`)).toEqual([]);
  });

  it('the measure flags a reworded repeat and passes two different facts', () => {
    const trap = 'AWS App Mesh reached end of support on 30 September 2026, so an answer that adds App Mesh to a new design is a distractor.';
    const reworded = 'An option that puts AWS App Mesh in a new design is a distractor: App Mesh reached its end of support on 30 September 2026.';
    const different = 'Fargate tasks cannot use the DAEMON scheduling strategy; run the agent as a sidecar container instead.';
    expect(overlap(trap, reworded)).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(overlap(trap, different)).toBeLessThan(NEAR_DUPLICATE);
    expect(similarPairs([trap, different, reworded], (text) => text, NEAR_DUPLICATE).map((pair) => [pair.a, pair.b])).toEqual([[trap, reworded]]);
  });
});
