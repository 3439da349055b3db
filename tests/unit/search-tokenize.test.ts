import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS } from '@/lib/search/tokenize';
import { freshImport } from '../support/fresh-import';

// The word pattern and the stop words are built when the module loads: each test loads it afresh.
const tokenize = () => freshImport(() => import('@/lib/search/tokenize'));

describe('reading words', () => {
  it('reads letters and digits as lowercase words, split by anything else', async () => {
    const { words } = await tokenize();
    expect(words('Fargate runs ECS tasks; EC2, too!')).toEqual(['fargate', 'runs', 'ecs', 'tasks', 'ec2', 'too']);
  });

  it('keeps words joined by a single hyphen, apostrophe or dot whole', async () => {
    const { words } = await tokenize();
    expect(words('on-premises 0.10 don’t a--b x.')).toEqual(['on-premises', '0.10', "don't", 'a', 'b', 'x']);
  });

  it('reads letters of any script', async () => {
    const { words } = await tokenize();
    expect(words('Über dämon')).toEqual(['über', 'dämon']);
  });
});

describe('index terms', () => {
  it('indexes the parts of a joined word, but not one-letter parts or stop words', async () => {
    const { indexTerms } = await tokenize();
    expect(indexTerms('x-ray on-premises')).toEqual(['x-ray', 'ray', 'on-premises', 'premises']);
  });

  it('leaves stop words out', async () => {
    const { indexTerms, STOP_WORDS } = await tokenize();
    expect(STOP_WORDS.has('the')).toBe(true);
    expect(STOP_WORDS.has('fargate')).toBe(false);
    expect(indexTerms('the cloud and a cluster')).toEqual(['cloud', 'cluster']);
  });
});

describe('query words', () => {
  it(`reads at most ${MAX_QUERY_CHARACTERS} characters and ${MAX_QUERY_WORDS} words`, async () => {
    const { queryWords } = await tokenize();
    expect(queryWords('a'.repeat(MAX_QUERY_CHARACTERS + 20))).toEqual(['a'.repeat(MAX_QUERY_CHARACTERS)]);
    const many = Array.from({ length: MAX_QUERY_WORDS + 3 }, (_, i) => `w${i}`);
    expect(queryWords(many.join(' '))).toEqual(many.slice(0, MAX_QUERY_WORDS));
  });
});

describe('singular forms', () => {
  it('turns plain English plurals singular and leaves short words and double s alone', async () => {
    const { singular } = await tokenize();
    expect(singular('strategies')).toBe('strategy');
    expect(singular('ties')).toBe('tie');
    expect(singular('tasks')).toBe('task');
    expect(singular('gas')).toBe('gas');
    expect(singular('class')).toBe('class');
    expect(singular('pods')).toBe('pod');
  });
});
