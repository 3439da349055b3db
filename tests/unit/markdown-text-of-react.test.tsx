import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { textOf } from '@/lib/react-text';
import { slugify } from '@/lib/slug';

describe('the plain text of rendered children (accessible names of headings and TOC entries)', () => {
  it('joins strings, numbers and the children of elements, however nested', () => {
    expect(
      textOf([
        'Fargate ',
        2,
        <code key="c">
          x<em>y</em>
        </code>,
        [' and ', ['more']],
      ]),
    ).toBe('Fargate 2xy and more');
    expect(textOf(0)).toBe('0');
  });

  it('reads nothing from empty values, booleans, childless elements and other objects', () => {
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
    expect(textOf(true)).toBe('');
    expect(textOf(false)).toBe('');
    expect(textOf(<br />)).toBe('');
    expect(textOf(['a', null, false, 'b'])).toBe('ab');
    const pending: ReactNode = Promise.resolve('later');
    expect(textOf(pending)).toBe('');
  });
});

describe('derived anchors', () => {
  it('are lowercase kebab-case without accents, and without separators at either end', () => {
    expect(slugify('  Fargate Spot (EC2)!  ')).toBe('fargate-spot-ec2');
    expect(slugify('Crème brûlée')).toBe('creme-brulee');
    expect(slugify('--a--b--')).toBe('a-b');
    expect(slugify('...')).toBe('');
  });
});
