import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_KEY, saveProgress, scoreOf } from '@/lib/quiz/progress';
import { count, dictionary, flag, list, oneOf, QUESTION_ID, shape, text } from '@/lib/quiz/stored-json';
import { blockedStorage, memoryStorage } from '../support/memory-storage';

describe('practice progress, in browser storage', () => {
  it('comes back as it was saved', () => {
    const storage = memoryStorage();
    saveProgress(storage, { 'q-one': { correct: true }, 'q-two': { correct: false } });
    expect(loadProgress(storage)).toEqual({ 'q-one': { correct: true }, 'q-two': { correct: false } });
  });

  it('reads as empty, and is left alone, when nothing was saved or there is no storage', () => {
    const storage = memoryStorage({ other: 'kept' });
    expect(loadProgress(storage)).toEqual({});
    expect(storage.data.get('other')).toBe('kept');
    expect(loadProgress(undefined)).toEqual({});
  });

  it('drops and removes corrupted, foreign or hostile values, never throwing', () => {
    for (const value of [
      '{not json',
      '"text"',
      '[{"correct":true}]',
      'null',
      '{"q-one":{"correct":"yes"}}',
      '{"q-one":true}',
      '{"Q-ONE":{"correct":true}}',
      '{"__proto__":{"correct":true}}',
    ]) {
      const storage = memoryStorage({ [PROGRESS_KEY]: value });
      expect(loadProgress(storage), value).toEqual({});
      expect(storage.data.has(PROGRESS_KEY), value).toBe(false);
    }
    expect(({} as Record<string, unknown>).correct).toBeUndefined();
  });

  it('keeps only the fields it knows', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"q-one":{"correct":true,"extra":"<b>"}}' });
    expect(loadProgress(storage)).toStrictEqual({ 'q-one': { correct: true } });
  });

  it('survives storage that refuses every call', () => {
    expect(loadProgress(blockedStorage)).toEqual({});
    expect(() => saveProgress(blockedStorage, { 'q-one': { correct: true } })).not.toThrow();
    expect(() => saveProgress(undefined, {})).not.toThrow();
  });

  it('scores only the questions asked about: answered counts any answer, correct only right ones', () => {
    const progress = { 'q-one': { correct: true }, 'q-two': { correct: false }, 'q-elsewhere': { correct: true } };
    expect(scoreOf(progress, ['q-one', 'q-two', 'q-three'])).toEqual({ answered: 2, correct: 1, total: 3 });
    expect(scoreOf(progress, [])).toEqual({ answered: 0, correct: 0, total: 0 });
  });
});

describe('checks for JSON read back from storage', () => {
  it('accept whole numbers only within their bounds', () => {
    const digit = count(0, 9);
    expect([0, 9, 5].map(digit)).toEqual([0, 9, 5]);
    expect([-1, 10, 1.5, Number.NaN, '3', null].map(digit)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(count(1)(2 ** 53)).toBeUndefined();
    expect(count(1)(2 ** 53 - 1)).toBe(2 ** 53 - 1);
  });

  it('accept text matching its pattern, booleans, and the listed words', () => {
    expect(text(QUESTION_ID)('q-ok-1')).toBe('q-ok-1');
    expect(text(QUESTION_ID)('q-')).toBeUndefined();
    expect(text(QUESTION_ID)(42)).toBeUndefined();
    expect([true, false, 'true', 0].map(flag)).toEqual([true, false, undefined, undefined]);
    const ending = oneOf('finished', 'timeout');
    expect([ending('timeout'), ending('finished'), ending('toString'), ending(undefined)]).toEqual([
      'timeout',
      'finished',
      undefined,
      undefined,
    ]);
  });

  it('accept lists within their length whose every item passes', () => {
    const ids = list(text(QUESTION_ID), 1, 2);
    expect(ids(['q-a'])).toEqual(['q-a']);
    expect(ids(['q-a', 'q-b'])).toEqual(['q-a', 'q-b']);
    expect(ids([])).toBeUndefined();
    expect(ids(['q-a', 'q-b', 'q-c'])).toBeUndefined();
    expect(ids(['q-a', 7])).toBeUndefined();
    expect(ids({ 0: 'q-a', length: 1 })).toBeUndefined();
  });

  it('accept objects field by field, and maps key by key, dropping what they do not name', () => {
    const point = shape({ x: count(0), label: text(/^[a-z]+$/) });
    expect(point({ x: 1, label: 'a', extra: true })).toStrictEqual({ x: 1, label: 'a' });
    expect(point({ x: 1 })).toBeUndefined();
    expect(point([1, 'a'])).toBeUndefined();
    expect(point(null)).toBeUndefined();
    const answers = dictionary(QUESTION_ID, list(count(0, 9), 0, 10));
    expect(answers({ 'q-a': [1], 'q-b': [] })).toEqual({ 'q-a': [1], 'q-b': [] });
    expect(answers({ 'q-a': [1], bad: [1] })).toBeUndefined();
    expect(answers({ 'q-a': [10] })).toBeUndefined();
    expect(answers(['q-a'])).toBeUndefined();
    expect(answers('q-a')).toBeUndefined();
  });
});
