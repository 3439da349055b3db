import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { addCompileHints } from '../../scripts/compile-hints.mjs';

// V8's file-level explicit compile hint, spelled out here rather than imported, so a typo in the step fails.
const V8_MAGIC_COMMENT = '//# allFunctionsCalledOnLoad';
const folders: string[] = [];

/** A small export: two chunks (one in a sub-folder), a stylesheet beside them and a page. */
function fakeExport() {
  const dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
  folders.push(dir);
  mkdirSync(join(dir, '_next/static/chunks/app'), { recursive: true });
  writeFileSync(join(dir, '_next/static/chunks/main.js'), '(globalThis.TURBOPACK||[]).push([1,()=>{}]);');
  writeFileSync(join(dir, '_next/static/chunks/app/page.js'), '"use strict";console.log(1);');
  writeFileSync(join(dir, '_next/static/chunks/site.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="/_next/static/chunks/main.js"></script>');
  return dir;
}
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the compile hint step', () => {
  it("puts V8's magic comment on the first line of every JavaScript chunk, sub-folders included, code unchanged after it", () => {
    const dir = fakeExport();
    expect(addCompileHints(dir)).toEqual({ chunks: 2, changed: 2 });
    expect(read(dir, '_next/static/chunks/main.js')).toBe(`${V8_MAGIC_COMMENT}\n(globalThis.TURBOPACK||[]).push([1,()=>{}]);`);
    // A directive prologue stays a directive after a comment line.
    expect(read(dir, '_next/static/chunks/app/page.js').split('\n')).toEqual([V8_MAGIC_COMMENT, '"use strict";console.log(1);']);
  });

  it('leaves stylesheets and pages alone', () => {
    const dir = fakeExport();
    addCompileHints(dir);
    expect(read(dir, '_next/static/chunks/site.css')).toBe('body{margin:0}');
    expect(read(dir, 'index.html')).not.toContain(V8_MAGIC_COMMENT);
  });

  it('adds the hint once: running it again changes nothing', () => {
    const dir = fakeExport();
    addCompileHints(dir);
    const first = read(dir, '_next/static/chunks/main.js');
    expect(addCompileHints(dir)).toEqual({ chunks: 2, changed: 0 });
    expect(read(dir, '_next/static/chunks/main.js')).toBe(first);
  });

  it('fails, naming the folder, when the folder is not a Next.js export', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compile-hints-empty-'));
    folders.push(dir);
    const result = spawnSync(process.execPath, ['scripts/compile-hints.mjs', dir], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/_next/static/chunks does not exist`);
  });
});
