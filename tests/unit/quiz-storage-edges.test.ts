import { describe, expect, it } from 'vitest';
import {
  ACTIVE_EXAM_KEY,
  EXAM_HISTORY_KEY,
  MAX_ATTEMPTS,
  clearHistory,
  loadActiveExam,
  loadHistory,
  recordAttempt,
  type ExamAttempt,
} from '@/lib/quiz/exam-storage';
import { NO_FILTERS, parseFilters, serializeFilters, toFilters } from '@/lib/quiz/filters';
import { loadProgress } from '@/lib/quiz/progress';
import { dictionary, flag, shape, text } from '@/lib/quiz/stored-json';
import { recordingStorage } from '../support/recording-storage';

function attempt(startedAt: number): ExamAttempt {
  return {
    seed: 'abc123',
    weighted: false,
    questionIds: ['q-one'],
    answers: { 'q-one': [0] },
    flagged: [],
    startedAt,
    durationMs: 2 * 60_000,
    finishedAt: startedAt + 60_000,
    ending: 'finished',
    right: 1,
    total: 1,
  };
}

describe('reading quiz storage where nothing was saved', () => {
  it('finds no exam, no history and no progress, and changes nothing', () => {
    const storage = recordingStorage();
    expect(loadActiveExam(storage)).toBeNull();
    expect(loadHistory(storage)).toStrictEqual([]);
    expect(loadProgress(storage)).toStrictEqual({});
    expect(storage.writes).toEqual([]);
  });
});

describe('the history of attempts', () => {
  it('reads at most the newest attempts it keeps, even when more were stored', () => {
    const stored = Array.from({ length: MAX_ATTEMPTS + 5 }, (_, index) => attempt(1_000_000 - index));
    const storage = recordingStorage({ [EXAM_HISTORY_KEY]: JSON.stringify(stored) });
    const history = loadHistory(storage);
    expect(history).toHaveLength(MAX_ATTEMPTS);
    expect(history.at(-1)?.startedAt).toBe(1_000_000 - (MAX_ATTEMPTS - 1));
  });

  it('drops the oldest attempt when a new one joins a full list', () => {
    const full = Array.from({ length: MAX_ATTEMPTS }, (_, index) => attempt(1_000_000 - index));
    const storage = recordingStorage({ [EXAM_HISTORY_KEY]: JSON.stringify(full) });
    const saved = recordAttempt(storage, attempt(2_000_000));
    expect(saved).toHaveLength(MAX_ATTEMPTS);
    expect(saved[0].startedAt).toBe(2_000_000);
    expect(saved.map((entry) => entry.startedAt)).not.toContain(1_000_000 - (MAX_ATTEMPTS - 1));
    expect(JSON.parse(storage.data.get(EXAM_HISTORY_KEY)!)).toHaveLength(MAX_ATTEMPTS);
  });

  it('can be cleared, leaving the exam in progress alone', () => {
    const storage = recordingStorage({ [EXAM_HISTORY_KEY]: JSON.stringify([attempt(1)]), [ACTIVE_EXAM_KEY]: '{}' });
    clearHistory(storage);
    expect(storage.data.has(EXAM_HISTORY_KEY)).toBe(false);
    expect(storage.data.has(ACTIVE_EXAM_KEY)).toBe(true);
    expect(loadHistory(storage)).toEqual([]);
    expect(() => clearHistory(undefined)).not.toThrow();
  });
});

describe('practice filters', () => {
  it('keep either service', () => {
    expect(parseFilters(serializeFilters({ service: 'ECS', missed: false }))).toEqual({ service: 'ECS', missed: false });
    expect(toFilters({ service: 'EKS', missed: true })).toEqual({ service: 'EKS', missed: true });
  });

  it('read anything that is not a plain object as no filter, never throwing', () => {
    const callable = Object.assign(() => undefined, { service: 'ECS', missed: true });
    for (const value of [null, undefined, 'ECS', 42, callable]) expect(toFilters(value), String(value)).toEqual(NO_FILTERS);
  });
});

describe('checks on stored JSON', () => {
  it('never take a list or a string for an object', () => {
    expect(dictionary(/^[0-9]+$/, flag)([true, false])).toBeUndefined();
    expect(dictionary(/^[0-9]+$/, text(/^[a-z]$/))('ab')).toBeUndefined();
    expect(dictionary(/^[0-9]+$/, flag)(null)).toBeUndefined();
    expect(shape({ length: (value: unknown) => value })([])).toBeUndefined();
  });

  it('take only strings as text, not values that merely print as matching text', () => {
    expect(text(/^[0-9]+$/)(12)).toBeUndefined();
    expect(text(/^[0-9]+$/)(['12'])).toBeUndefined();
    expect(text(/^[0-9]+$/)('12')).toBe('12');
  });
});
