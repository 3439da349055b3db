import { describe, expect, it } from 'vitest';
import { Dictionary, editDistance } from '@/lib/search/correct';

const TERMS = ['daemon', 'daemons', 'fargate', 'mode', 'model', 'modes', 'strategy', 'task', 'tasks', 'zone'].sort();
// Built afresh inside each test, so every test exercises the dictionary's construction too.
const matched = (word: string, typos: boolean) => {
  const dictionary = new Dictionary(TERMS);
  return Object.fromEntries(dictionary.matches(word, { typos }).map(({ term, kind }) => [dictionary.terms[term], kind]));
};
const corrected = (word: string) => {
  const dictionary = new Dictionary(TERMS);
  return dictionary.corrections(word).map((term) => dictionary.terms[term]);
};

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('daemon', 'daemon', 2)).toBe(0);
    expect(editDistance('dameon', 'daemon', 2)).toBe(1);
    expect(editDistance('fargat', 'fargate', 2)).toBe(1);
    expect(editDistance('fargate', 'fxrgate', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops early past the limit, answering limit + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('matching a typed word to indexed terms', () => {
  it('finds the word, its plural or singular, longer words it starts, and shorter words it extends', () => {
    expect(matched('mode', false)).toEqual({ mode: 'exact', modes: 'plural', model: 'prefix' });
    expect(matched('strategies', false)).toEqual({ strategy: 'plural' });
    expect(matched('tasks', false)).toEqual({ tasks: 'exact', task: 'plural' });
    expect(matched('fargated', false)).toEqual({ fargate: 'stem' });
    expect(matched('daemonset', false)).toEqual({ daemons: 'stem' });
  });

  it('matches near misses only when asked, and only for words long enough to be misspelt', () => {
    expect(matched('fargte', true)).toEqual({ fargate: 'typo' });
    expect(matched('fargte', false)).toEqual({});
    expect(matched('zonx', true)).toEqual({});
  });
});

describe('correcting an unknown word', () => {
  it('offers the closest indexed words', () => {
    expect(corrected('dameon')).toEqual(['daemon']);
    expect(corrected('stratgey')).toEqual(['strategy']);
  });

  it('leaves known, short and numeric words alone, and never guesses far', () => {
    expect(corrected('daemon')).toEqual([]);
    expect(corrected('tsk')).toEqual([]);
    expect(corrected('mod3')).toEqual([]);
    expect(corrected('qwertyuiop')).toEqual([]);
  });

  it('needs the first or the second letter right', () => {
    expect(corrected('xaemon')).toEqual(['daemon']);
    expect(corrected('xyemon')).toEqual([]);
  });
});

describe('edit distance edge cases', () => {
  it('counts a swap only for two neighbours that trade places', () => {
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(editDistance('ab', 'ca', 2)).toBe(2);
    expect(editDistance('ab', 'bc', 2)).toBe(2);
    expect(editDistance('abcd', 'acbd', 2)).toBe(1);
  });
});

describe('matching boundaries', () => {
  it('reads a word as the start of longer ones from three letters on', () => {
    expect(matched('mo', false)).toEqual({});
    expect(matched('mod', false)).toEqual({ mode: 'prefix', model: 'prefix', modes: 'prefix' });
  });

  it('matches near misses from five letters on', () => {
    expect(matched('tasko', true)).toEqual({ task: 'stem', tasks: 'typo' });
    expect(matched('tasko', false)).toEqual({ task: 'stem' });
  });

  it('finds every term a word stands for in a dictionary read in any order', () => {
    const dictionary = new Dictionary(['tasks', 'task']);
    expect(dictionary.matches('task', { typos: false })).toEqual([
      { term: 1, kind: 'exact' },
      { term: 0, kind: 'plural' },
    ]);
    expect(dictionary.has('tasks')).toBe(true);
    expect(dictionary.has('daemon')).toBe(false);
    expect(dictionary.indexOf('task')).toBe(1);
    expect(dictionary.indexOf('daemon')).toBeUndefined();
  });
});

describe('correction boundaries', () => {
  it('corrects four-letter words by one edit', () => {
    expect(corrected('tazk')).toEqual(['task']);
  });

  it('allows two edits from six letters on, one below', () => {
    expect(corrected('taskxx')).toEqual(['task', 'tasks']);
    expect(corrected('tazkx')).toEqual([]);
  });

  it('offers every word at the smallest distance, in dictionary order', () => {
    expect(corrected('mone')).toEqual(['mode', 'zone']);
  });

  it('corrects a wrong second letter when the first is right', () => {
    expect(corrected('dxemon')).toEqual(['daemon']);
  });

  it('offers nothing when the nearest word sharing a letter is too far', () => {
    expect(corrected('zxxxxxxx')).toEqual([]);
    expect(corrected('dxxxxxxx')).toEqual([]);
  });
});
