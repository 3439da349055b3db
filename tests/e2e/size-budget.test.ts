import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { firstLoadJs } from '../../scripts/page-js.mjs';
import { FIRST_LOAD_JS_BUDGET } from '../../scripts/budgets.mjs';

const OUT = path.resolve(import.meta.dirname, '../../out');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' ? [] : pages(full);
    return name.endsWith('.html') ? [path.relative(OUT, full)] : [];
  });
}

describe('size budget', () => {
  it(`every exported page loads at most ${FIRST_LOAD_JS_BUDGET / 1000} KB of JavaScript up front (gzip -9)`, () => {
    const all = pages(OUT);
    expect(all.length).toBeGreaterThan(20);
    const over = all
      .map((file) => ({ file, gzip: firstLoadJs(OUT, file).gzip }))
      .filter((page) => page.gzip > FIRST_LOAD_JS_BUDGET)
      .map((page) => `${page.file}: ${(page.gzip / 1000).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

});
