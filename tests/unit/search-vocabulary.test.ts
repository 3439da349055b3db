import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_VARIANTS } from '@/lib/search/vocabulary';

const joined = (input: string) => expandQuery(input).map((words) => words.join(' '));

describe('query variants', () => {
  it('has no variants for a query without words', () => {
    expect(expandQuery('   ')).toEqual([]);
    expect(expandQuery('?!')).toEqual([]);
  });

  it('offers every expansion of an acronym with several', () => {
    expect(joined('ecr images')).toEqual(['ecr images', 'elastic container registry images', 'container registry images']);
  });

  it('replaces a phrase wherever it stands in the query', () => {
    expect(joined('rotate the ssm parameter')).toEqual([
      'rotate the ssm parameter',
      'rotate the systems manager parameter',
      'rotate the parameter store parameter',
    ]);
    expect(joined('tune eni')).toEqual(['tune eni', 'tune elastic network interface']);
  });

  it(`searches at most ${MAX_VARIANTS} variants, the query as typed first`, () => {
    const variants = joined('ecr ssm eks irsa');
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(variants[0]).toBe('ecr ssm eks irsa');
  });
});
