import { describe, expect, it } from 'vitest';
import { Dictionary, editDistance } from '@/lib/search/correct';

const dictionary = new Dictionary(['daemon', 'daemons', 'fargate', 'mode', 'model', 'modes', 'strategy', 'task', 'tasks', 'zone'].sort());
const named = (matches: { term: number; kind: string }[]) =>
  Object.fromEntries(matches.map(({ term, kind }) => [dictionary.terms[term], kind]));
const corrected = (word: string) => dictionary.corrections(word).map((term) => dictionary.terms[term]);

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
    expect(named(dictionary.matches('mode', { typos: false }))).toEqual({ mode: 'exact', modes: 'plural', model: 'prefix' });
    expect(named(dictionary.matches('strategies', { typos: false }))).toEqual({ strategy: 'plural' });
    expect(named(dictionary.matches('tasks', { typos: false }))).toEqual({ tasks: 'exact', task: 'plural' });
    expect(named(dictionary.matches('fargated', { typos: false }))).toEqual({ fargate: 'stem' });
    expect(named(dictionary.matches('daemonset', { typos: false }))).toEqual({ daemons: 'stem' });
  });

  it('matches near misses only when asked, and only for words long enough to be misspelt', () => {
    expect(named(dictionary.matches('fargte', { typos: true }))).toEqual({ fargate: 'typo' });
    expect(dictionary.matches('fargte', { typos: false })).toEqual([]);
    expect(dictionary.matches('zonx', { typos: true })).toEqual([]);
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
