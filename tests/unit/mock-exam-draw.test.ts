import { describe, expect, it } from 'vitest';
import { PRACTICE_QUESTIONS } from '@/lib/data/questions';
import { drawQuestions, EVEN_WEIGHTS, WEIGHTS, weightsFromProgress, type DrawableQuestion } from '@/lib/quiz/draw';
import { newSeed, parseSeed, seededRandom } from '@/lib/quiz/seeded-random';
import type { Progress } from '@/lib/quiz/progress';

const ids = (questions: readonly DrawableQuestion[]) => questions.map((question) => question.id);
const SEEDS = Array.from({ length: 200 }, (_, index) => `seed${index}`);

/** A bank of `topics` topics with `perTopic` questions each. */
function bank(topics: number, perTopic: number): DrawableQuestion[] {
  return Array.from({ length: topics * perTopic }, (_, index) => ({ id: `q-${index}`, page: `/docs/t${Math.floor(index / perTopic)}/` }));
}

describe('seeds', () => {
  it('give the same sequence for the same seed and a different one for another seed', () => {
    const a = seededRandom('abc123');
    const b = seededRandom('abc123');
    const c = seededRandom('abc124');
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    expect(Array.from({ length: 50 }, () => c())).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('accept only short lowercase letters and digits from a link, never throwing on hostile input', () => {
    expect(parseSeed('k3x9a0b2')).toBe('k3x9a0b2');
    for (const hostile of [null, undefined, '', 'ABC', 'a b', '<script>', 'x'.repeat(17), '__proto__', '1;DROP', '%00']) {
      expect(parseSeed(hostile), String(hostile)).toBeNull();
    }
  });

  it('are fresh eight-character seeds that a link can carry', () => {
    const seeds = new Set(Array.from({ length: 50 }, () => newSeed()));
    expect(seeds.size).toBe(50);
    for (const seed of seeds) expect(parseSeed(seed)).toBe(seed);
  });
});

describe('drawing an exam', () => {
  it('reproduces the same questions in the same order from the same seed', () => {
    const first = drawQuestions(PRACTICE_QUESTIONS, 20, seededRandom('share1'));
    expect(ids(drawQuestions(PRACTICE_QUESTIONS, 20, seededRandom('share1')))).toEqual(ids(first));
    expect(ids(drawQuestions(PRACTICE_QUESTIONS, 20, seededRandom('share2')))).not.toEqual(ids(first));
  });

  it('draws the number asked for, each question once, and the whole bank at most', () => {
    const full = drawQuestions(PRACTICE_QUESTIONS, 65, seededRandom('full'));
    expect(full).toHaveLength(65);
    expect(new Set(ids(full)).size).toBe(65);
    const small = bank(2, 3);
    expect(drawQuestions(small, 10, seededRandom('x'))).toHaveLength(6);
    expect(drawQuestions(small, 0, seededRandom('x'))).toEqual([]);
  });

  it('spreads a set across topics instead of taking several from one', () => {
    // 20 topics of 10 questions: an unspread draw of 20 would repeat a topic in most sets.
    const questions = bank(20, 10);
    const averageRepeats = (topicRepeatFactor?: number) =>
      SEEDS.reduce((sum, seed) => {
        const drawn = drawQuestions(questions, 20, seededRandom(seed), { topicRepeatFactor });
        return sum + drawn.length - new Set(drawn.map((question) => question.page)).size;
      }, 0) / SEEDS.length;
    const unspread = averageRepeats(1);
    expect(unspread).toBeGreaterThan(5);
    expect(averageRepeats()).toBeLessThan(unspread / 2);
  });

  it('covers most topics of the guide in a full-length set', () => {
    const topics = new Set(PRACTICE_QUESTIONS.map((question) => question.page));
    for (const seed of SEEDS.slice(0, 20)) {
      const drawn = new Set(drawQuestions(PRACTICE_QUESTIONS, 65, seededRandom(seed)).map((question) => question.page));
      expect(drawn.size, seed).toBeGreaterThanOrEqual(topics.size - 2);
    }
  });

  it('favours the questions this reader missed, and less the ones answered right', () => {
    const questions = bank(10, 10);
    const missed = new Set(questions.filter((_, index) => index % 10 === 0).map((question) => question.id));
    const right = new Set(questions.filter((_, index) => index % 10 === 1).map((question) => question.id));
    const progress: Progress = Object.fromEntries([
      ...[...missed].map((id) => [id, { correct: false }]),
      ...[...right].map((id) => [id, { correct: true }]),
    ]);
    const count = (weights: (question: DrawableQuestion) => number, set: Set<string>) =>
      SEEDS.reduce(
        (sum, seed) =>
          sum + drawQuestions(questions, 10, seededRandom(seed), { weightOf: weights }).filter((question) => set.has(question.id)).length,
        0,
      );

    const missedEven = count(EVEN_WEIGHTS, missed);
    const missedWeighted = count(weightsFromProgress(progress), missed);
    expect(missedWeighted).toBeGreaterThan(missedEven * 2);
    expect(count(weightsFromProgress(progress), right)).toBeLessThan(count(EVEN_WEIGHTS, right));
  });

  it('weighs missed, unanswered and right answers as documented', () => {
    const weigh = weightsFromProgress({ 'q-a': { correct: false }, 'q-b': { correct: true } });
    expect([weigh({ id: 'q-a', page: '/' }), weigh({ id: 'q-c', page: '/' }), weigh({ id: 'q-b', page: '/' })]).toEqual([
      WEIGHTS.missed,
      WEIGHTS.unanswered,
      WEIGHTS.right,
    ]);
    expect(WEIGHTS.missed).toBeGreaterThan(WEIGHTS.unanswered);
    expect(WEIGHTS.right).toBeLessThan(WEIGHTS.unanswered);
  });

  it('draws the same set for a shared seed whatever the reader missed before', () => {
    const even = ids(drawQuestions(PRACTICE_QUESTIONS, 20, seededRandom('shared'), { weightOf: EVEN_WEIGHTS }));
    const progress: Progress = Object.fromEntries(PRACTICE_QUESTIONS.slice(0, 40).map((question) => [question.id, { correct: false }]));
    const weighted = ids(drawQuestions(PRACTICE_QUESTIONS, 20, seededRandom('shared'), { weightOf: weightsFromProgress(progress) }));
    expect(weighted).not.toEqual(even);
    expect(ids(drawQuestions(PRACTICE_QUESTIONS, 20, seededRandom('shared'), { weightOf: EVEN_WEIGHTS }))).toEqual(even);
  });
});
