import { describe, expect, it } from 'vitest';
import { answersBefore, answersFromSearch, hrefForAnswers, searchFromAnswers } from '@/lib/decision/url';
import { allAnswerSets } from '@/lib/decision/engine';

describe('decision guide URL state', () => {
  it('round-trips every path through the query string', () => {
    for (const answers of allAnswerSets()) expect(answersFromSearch(searchFromAnswers(answers))).toEqual(answers);
  });

  it('writes answers in question order, and nothing for no answers', () => {
    expect(searchFromAnswers({ spot: 'yes', k8s: 'no' })).toBe('?k8s=no&spot=yes');
    expect(searchFromAnswers({})).toBe('');
    expect(hrefForAnswers('/docs/choosing/', { k8s: 'yes' })).toBe('/docs/choosing/?k8s=yes#decision-guide');
  });

  it('ignores unknown keys, unknown values, conflicting repeats and hostile input without throwing', () => {
    const hostile = [
      '?k8s=maybe&servers=no',
      '?k8s=yes&k8s=no&servers=no',
      '?K8S=yes&servers=NO',
      '?__proto__=yes&constructor=no&servers=no',
      '?k8s=%3Cscript%3Ealert(1)%3C/script%3E&servers=no',
      '?k8s=%E0%A4%A&servers=no',
      `?servers=no&k8s=${'y'.repeat(5000)}`,
      '?servers=no&gpu',
      '?servers=no&&&=&gpu=',
    ];
    for (const search of hostile) {
      const answers = answersFromSearch(search);
      expect(
        Object.keys(answers).every((key) => ['servers'].includes(key)),
        search,
      ).toBe(true);
    }
    expect(answersFromSearch('?k8s=yes&k8s=yes')).toEqual({ k8s: 'yes' });
    expect(answersFromSearch('?servers=no&' + 'x=1&'.repeat(1000))).toEqual({});
    expect(Object.getPrototypeOf(answersFromSearch('?__proto__=yes'))).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).yes).toBeUndefined();
  });

  it('"change this answer" keeps only the answers before it', () => {
    expect(answersBefore({ k8s: 'yes', servers: 'no', gpu: 'yes' }, 'servers')).toEqual({ k8s: 'yes' });
    expect(answersBefore({ k8s: 'yes', servers: 'no' }, 'k8s')).toEqual({});
  });
});
