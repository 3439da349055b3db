import { describe, expect, it } from 'vitest';
import { answerState, isRight, scoreExam, type ScorableQuestion } from '@/lib/quiz/exam-score';
import { clockText, isRunningLow, remainingMs, spokenTime, timeAnnouncement } from '@/lib/quiz/exam-timer';
import { EXAM_LENGTHS, examLength } from '@/lib/quiz/exam-lengths';

const MINUTE = 60_000;

function question(id: string, page: string, correct: number[], choose: 1 | 2 = correct.length as 1 | 2): ScorableQuestion {
  const options = Array.from({ length: choose === 2 ? 5 : 4 }, (_, index) => ({ correct: correct.includes(index) }));
  return { id, page, choose, options, learnMore: `${page}#${id}` };
}

describe('scoring an exam', () => {
  const single = question('q-single', '/docs/a/', [1]);
  const pair = question('q-pair', '/docs/b/', [0, 3]);

  it('counts a "choose two" question only when both answers are right, in any order', () => {
    expect(isRight(pair, [3, 0])).toBe(true);
    expect(isRight(pair, [0])).toBe(false);
    expect(isRight(pair, [0, 2])).toBe(false);
    expect(isRight(pair, [0, 2, 3])).toBe(false);
    expect(isRight(single, [1])).toBe(true);
    expect(isRight(single, [2])).toBe(false);
  });

  it('counts an unanswered question as wrong, and says how far an answer got', () => {
    expect(isRight(single, undefined)).toBe(false);
    expect(isRight(single, [])).toBe(false);
    expect([answerState(pair, undefined), answerState(pair, [1]), answerState(pair, [1, 2]), answerState(single, [0])]).toEqual([
      'unanswered',
      'partial',
      'answered',
      'answered',
    ]);
  });

  it('gives the score, and a breakdown per topic with the weakest first and each missed section once', () => {
    const questions = [
      single,
      pair,
      question('q-a2', '/docs/a/', [0]),
      question('q-c', '/docs/c/', [2]),
      { ...question('q-a3', '/docs/a/', [0]), learnMore: single.learnMore },
    ];
    const score = scoreExam(questions, { 'q-single': [0], 'q-pair': [0, 3], 'q-a2': [0], 'q-a3': [1] });
    expect(score).toMatchObject({ right: 2, total: 5, percent: 40 });
    expect(score.topics).toEqual([
      { page: '/docs/c/', right: 0, total: 1, study: ['/docs/c/#q-c'] },
      { page: '/docs/a/', right: 1, total: 3, study: ['/docs/a/#q-single'] },
      { page: '/docs/b/', right: 1, total: 1, study: [] },
    ]);
  });

  it('puts the larger topic first when two are equally weak, and scores an empty exam as zero', () => {
    const questions = [question('q-1', '/docs/small/', [0]), question('q-2', '/docs/big/', [0]), question('q-3', '/docs/big/', [0])];
    expect(scoreExam(questions, {}).topics.map((topic) => topic.page)).toEqual(['/docs/big/', '/docs/small/']);
    expect(scoreExam([], {})).toEqual({ right: 0, total: 0, percent: 0, topics: [] });
  });
});

describe('the exam clock', () => {
  it('shows whole seconds rounded up, with hours from an hour up, and never below zero', () => {
    expect(clockText(40 * MINUTE)).toBe('40:00');
    expect(clockText(40 * MINUTE - 1)).toBe('40:00');
    expect(clockText(40 * MINUTE - 1000)).toBe('39:59');
    expect(clockText(130 * MINUTE)).toBe('2:10:00');
    expect(clockText(61 * MINUTE + 5000)).toBe('1:01:05');
    expect(clockText(999)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-5000)).toBe('0:00');
    expect(remainingMs(10_000, 4_000)).toBe(6_000);
    expect(remainingMs(10_000, 12_000)).toBe(0);
  });

  it('says the time left in words', () => {
    expect(spokenTime(40 * MINUTE)).toBe('40 minutes');
    expect(spokenTime(MINUTE)).toBe('1 minute');
    expect(spokenTime(130 * MINUTE)).toBe('2 hours 10 minutes');
    expect(spokenTime(60 * MINUTE)).toBe('1 hour');
    expect(spokenTime(30_000)).toBe('30 seconds');
  });

  it('announces every ten minutes, then five and one minute left, and nothing in between', () => {
    const heard: string[] = [];
    // A 40-minute exam ticking once a second.
    for (let left = 40 * MINUTE; left > 0; left -= 1000) {
      const text = timeAnnouncement(left, left - 1000);
      if (text) heard.push(text);
    }
    expect(heard).toEqual(['30 minutes left.', '20 minutes left.', '10 minutes left.', '5 minutes left.', '1 minute left.']);
    expect(timeAnnouncement(40 * MINUTE, 40 * MINUTE)).toBeNull();
  });

  it('after a sleeping tab skips several milestones, announces only the latest', () => {
    expect(timeAnnouncement(35 * MINUTE, 4 * MINUTE)).toBe('5 minutes left.');
    expect(timeAnnouncement(12 * MINUTE, 10 * MINUTE + 1)).toBeNull();
    expect(timeAnnouncement(12 * MINUTE, 0)).toBe('1 minute left.');
  });

  it('turns the clock to its warning state from five minutes left', () => {
    expect(isRunningLow(5 * MINUTE + 1)).toBe(false);
    expect(isRunningLow(5 * MINUTE)).toBe(true);
  });

  it("offers lengths at two minutes a question, including the real exam's 65 in 130, and accepts only those from a link", () => {
    for (const length of EXAM_LENGTHS) expect(length.minutes).toBe(length.questions * 2);
    expect(examLength('65')).toMatchObject({ questions: 65, minutes: 130 });
    for (const hostile of ['7', '', null, 'abc', '65.0', '__proto__']) expect(examLength(hostile), String(hostile)).toBeUndefined();
  });
});
