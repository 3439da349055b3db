import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadJs } from '../../scripts/page-js.mjs';
import { firstLoadJsProblems } from '../../scripts/budgets.mjs';

// A tiny export: a page loading a large and a small script (the small one twice), a page with only inline code
// and a preload hint, a page loading an empty file, and a page under a base path.
const OUT = path.resolve(import.meta.dirname, '../fixtures/size-budget');
const gzipOf = (file: string) => gzipSync(readFileSync(path.join(OUT, file)), { level: 9 }).length;

describe('first-load JavaScript measurement', () => {
  it('counts every script the page loads, once each, at its gzip -9 size', () => {
    const measured = firstLoadJs(OUT, 'page.html');
    expect(measured.scripts.map((script) => script.src)).toEqual(['/_next/static/chunks/framework.js', '/_next/static/chunks/page.js']);
    expect(measured.scripts.map((script) => script.gzip)).toEqual([
      gzipOf('_next/static/chunks/framework.js'),
      gzipOf('_next/static/chunks/page.js'),
    ]);
    expect(measured.gzip).toBe(gzipOf('_next/static/chunks/framework.js') + gzipOf('_next/static/chunks/page.js'));
    expect(measured.raw).toBe(
      readFileSync(path.join(OUT, '_next/static/chunks/framework.js')).length +
        readFileSync(path.join(OUT, '_next/static/chunks/page.js')).length,
    );
  });

  it('finds the files of a page built under a base path', () => {
    const measured = firstLoadJs(OUT, 'field-guide/page.html', '/field-guide');
    expect(measured.scripts).toHaveLength(1);
    expect(measured.gzip).toBe(gzipOf('_next/static/chunks/page.js'));
  });

  it('counts neither inline code nor preload hints', () => {
    expect(firstLoadJs(OUT, 'no-scripts.html').scripts).toEqual([]);
  });
});

describe('the first-load JavaScript budget', () => {
  const measured = firstLoadJs(OUT, 'page.html');

  it('passes a page within the budget', () => {
    expect(firstLoadJsProblems('page.html', measured, measured.gzip)).toEqual([]);
  });

  it('fails the same page under a lowered limit, naming its scripts, largest first', () => {
    const [problem, ...more] = firstLoadJsProblems('page.html', measured, measured.gzip - 1);
    expect(more).toEqual([]);
    expect(problem).toMatch(/^page\.html: \d+\.\d KB of JavaScript up front, over the \d+\.\d KB budget/);
    expect(problem.indexOf('framework.js')).toBeGreaterThan(0);
    expect(problem.indexOf('framework.js')).toBeLessThan(problem.indexOf('page.js'));
  });

  it('fails a page where the measurement found no script: nothing measured proves nothing', () => {
    expect(firstLoadJsProblems('no-scripts.html', firstLoadJs(OUT, 'no-scripts.html'), 200_000)).toEqual([
      'no-scripts.html: no scripts found in the page, so nothing was measured',
    ]);
  });

  it('fails a page whose script file is empty', () => {
    expect(firstLoadJsProblems('empty-script.html', firstLoadJs(OUT, 'empty-script.html'), 200_000)).toEqual([
      'empty-script.html: measured 0 bytes for /_next/static/chunks/empty.js',
    ]);
  });
});
