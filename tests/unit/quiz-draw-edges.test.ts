import { describe, expect, it } from 'vitest';
import { drawQuestions, type DrawableQuestion } from '@/lib/quiz/draw';
import { scoreExam, type ScorableQuestion } from '@/lib/quiz/exam-score';
import { newSeed, seededRandom } from '@/lib/quiz/seeded-random';

const LARGEST_BELOW_ONE = 1 - 2 ** -53;
/** The first three numbers of two seeds, as the generator gave them when shared links first went out. */
const PINNED: Record<string, number[]> = {
  abc123: [0.9386920682154596, 0.0011201018933206797, 0.22028766153380275],
  z: [0.8336429803166538, 0.0238668629899621, 0.397236849879846],
};

describe('a weighted draw', () => {
  const pair: DrawableQuestion[] = [
    { id: 'q-first', page: '/docs/a/' },
    { id: 'q-second', page: '/docs/b/' },
  ];

  it('gives each question the half-open share of the range its weight makes, so a boundary value picks the next one', () => {
    expect(drawQuestions(pair, 1, () => 0)[0].id).toBe('q-first');
    expect(drawQuestions(pair, 1, () => 0.4999)[0].id).toBe('q-first');
    expect(drawQuestions(pair, 1, () => 0.5)[0].id).toBe('q-second');
  });

  it('still draws the last question when rounding leaves the top of the range past every share', () => {
    // 5.3 + 8.7 rounds so that the largest random value lands exactly on the end of the last share.
    const weights: Record<string, number> = { 'q-first': 5.3, 'q-second': 8.7 };
    const drawn = drawQuestions(pair, 2, () => LARGEST_BELOW_ONE, { weightOf: (question) => weights[question.id] });
    expect(drawn.map((question) => question.id)).toEqual(['q-second', 'q-first']);
  });
});

describe('seeded random numbers', () => {
  it('make fresh seeds of exactly eight characters', () => {
    expect(newSeed(() => 0)).toBe('00000000');
    expect(newSeed(() => LARGEST_BELOW_ONE)).toBe('zzzzzzzz');
  });

  it('give the sequence a link shared before gets today: a seed draws the same numbers in every release', () => {
    // Pinned once from mulberry32 over the FNV-1a hash of the seed; a change here re-deals every shared exam.
    const sequence = (seed: string) => {
      const random = seededRandom(seed);
      return Array.from({ length: 3 }, () => random());
    };
    expect(sequence('abc123')).toEqual(PINNED.abc123);
    expect(sequence('z')).toEqual(PINNED.z);
  });

  it('depend on every character of the seed', () => {
    expect(seededRandom('seed1')()).not.toBe(seededRandom('seed2')());
    expect(seededRandom('aa')()).not.toBe(seededRandom('a')());
  });
});

describe('the breakdown per topic', () => {
  function question(id: string, page: string): ScorableQuestion {
    return { id, page, choose: 1, options: [{ correct: true }, { correct: false }], learnMore: `${page}#${id}` };
  }

  it('orders topics by the share answered right, not by the count', () => {
    // One right of four (25 %) is weaker than one right of one (100 %).
    const questions = [question('q-b1', '/docs/b/'), ...['q-a1', 'q-a2', 'q-a3', 'q-a4'].map((id) => question(id, '/docs/a/'))];
    const score = scoreExam(questions, { 'q-b1': [0], 'q-a1': [0] });
    expect(score.topics.map((topic) => topic.page)).toEqual(['/docs/a/', '/docs/b/']);
  });

  it('keeps topics equal in share and size in the order they first came up', () => {
    const questions = ['c', 'a', 'b'].map((page) => question(`q-${page}`, `/docs/${page}/`));
    expect(scoreExam(questions, {}).topics.map((topic) => topic.page)).toEqual(['/docs/c/', '/docs/a/', '/docs/b/']);
  });
});
