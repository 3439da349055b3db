import { describe, expect, it } from 'vitest';
import {
  ACTIVE_EXAM_KEY,
  EXAM_HISTORY_KEY,
  MAX_ATTEMPTS,
  clearActiveExam,
  loadActiveExam,
  loadHistory,
  recordAttempt,
  saveActiveExam,
  type ActiveExam,
  type ExamAttempt,
} from '@/lib/quiz/exam-storage';
import { FILTERS_KEY, NO_FILTERS, parseFilters, serializeFilters } from '@/lib/quiz/filters';
import { blockedStorage as blocked, memoryStorage } from '../support/memory-storage';

const exam: ActiveExam = {
  seed: 'abc123',
  weighted: false,
  questionIds: ['q-one', 'q-two'],
  answers: { 'q-one': [1] },
  flagged: ['q-two'],
  startedAt: 1_700_000_000_000,
  durationMs: 40 * 60_000,
  current: 1,
};

function attempt(right: number, startedAt = exam.startedAt): ExamAttempt {
  const { current: _current, ...set } = exam;
  return { ...set, startedAt, finishedAt: startedAt + 60_000, ending: 'finished', right, total: 2 };
}

describe('the exam in progress, in browser storage', () => {
  it('comes back as it was saved', () => {
    const storage = memoryStorage();
    saveActiveExam(storage, exam);
    expect(loadActiveExam(storage)).toEqual(exam);
    clearActiveExam(storage);
    expect(loadActiveExam(storage)).toBeNull();
  });

  it('is dropped and removed when corrupted, foreign or inconsistent, never throwing', () => {
    const bad = [
      '{not json',
      '"a string"',
      '[1,2]',
      JSON.stringify({ ...exam, questionIds: [] }),
      JSON.stringify({ ...exam, current: 2 }),
      JSON.stringify({ ...exam, seed: '<script>' }),
      JSON.stringify({ ...exam, answers: { 'q-one': ['x'] } }),
      JSON.stringify({ ...exam, startedAt: -1 }),
    ];
    for (const value of bad) {
      const storage = memoryStorage({ [ACTIVE_EXAM_KEY]: value });
      expect(loadActiveExam(storage), value).toBeNull();
      expect(storage.data.get(ACTIVE_EXAM_KEY), value).toBeUndefined();
    }
    // A hostile key makes the whole exam unreadable: it is removed and pollutes nothing.
    const hostile = memoryStorage({
      [ACTIVE_EXAM_KEY]: JSON.stringify(exam).replace('"answers":{', '"answers":{"__proto__":{"polluted":[1]},'),
    });
    expect(loadActiveExam(hostile)).toBeNull();
    expect(hostile.data.has(ACTIVE_EXAM_KEY)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(loadActiveExam(blocked)).toBeNull();
    expect(() => saveActiveExam(blocked, exam)).not.toThrow();
    expect(loadActiveExam(undefined)).toBeNull();
  });
});

describe('the history of attempts, in browser storage', () => {
  it('keeps attempts newest first, up to the limit', () => {
    const storage = memoryStorage();
    for (let index = 0; index < MAX_ATTEMPTS + 3; index++) recordAttempt(storage, attempt(index % 3, exam.startedAt + index));
    const history = loadHistory(storage);
    expect(history).toHaveLength(MAX_ATTEMPTS);
    expect(history[0].startedAt).toBe(exam.startedAt + MAX_ATTEMPTS + 2);
  });

  it('drops unreadable entries one by one and keeps the rest', () => {
    const storage = memoryStorage({
      [EXAM_HISTORY_KEY]: JSON.stringify([attempt(1), { right: 'all' }, null, { ...attempt(2), ending: 'gave up' }, attempt(2)]),
    });
    expect(loadHistory(storage).map((entry) => entry.right)).toEqual([1, 2]);
  });

  it('is ignored and removed when the list itself is unreadable, never throwing', () => {
    for (const value of ['{not json', '{"0":1}', '"history"', '42']) {
      const storage = memoryStorage({ [EXAM_HISTORY_KEY]: value });
      expect(loadHistory(storage), value).toEqual([]);
      expect(storage.data.get(EXAM_HISTORY_KEY), value).toBeUndefined();
    }
    expect(loadHistory(blocked)).toEqual([]);
    expect(recordAttempt(blocked, attempt(1))).toHaveLength(1);
  });
});

describe('practice filters kept for the tab', () => {
  it('round-trip, and read anything unknown as no filter', () => {
    expect(parseFilters(serializeFilters({ service: 'EKS', missed: true }))).toEqual({ service: 'EKS', missed: true });
    for (const value of [null, '{not json', '"EKS"', '{"service":"GKE","missed":"yes"}', '{"__proto__":{"service":"ECS"}}']) {
      expect(parseFilters(value), String(value)).toEqual(NO_FILTERS);
    }
    expect(FILTERS_KEY).toMatch(/^field-guide-/);
  });
});
