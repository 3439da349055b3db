// @ts-check
// Post-build step of `npm run build`: puts V8's explicit compile hint at the top of every exported JavaScript chunk.
// The chunks are the framework's start-up code and code loaded when a feature is first used, so nearly every function
// in them runs soon after the file arrives. Without the hint, V8 compiles each function lazily, on the main thread,
// the first time it is called: on this site that was most of the one long task that starts the page. With the hint,
// Chromium compiles the whole file on its streaming thread while it downloads. Other browsers read it as a comment.
// Running it again gives the same files.
//
//   node scripts/compile-hints.mjs [export folder]    default out/
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The magic comment V8 reads as "compile every function in this file eagerly"; it must be the file's first line. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** Where a Next.js export keeps its JavaScript chunks, relative to the export folder. */
const CHUNKS_DIR = '_next/static/chunks';

/**
 * The chunk's source with the compile hint as its first line, added once.
 * @param {string} source
 */
function withCompileHint(source) {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

/**
 * Every JavaScript chunk of an export, as paths.
 * @param {string} exportDir
 */
export function chunkFiles(exportDir) {
  const dir = join(exportDir, CHUNKS_DIR);
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: is ${exportDir} a Next.js export?`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Adds the hint to every chunk that lacks it.
 * @param {string} exportDir
 * @returns {{ chunks: number, changed: number }}
 */
export function addCompileHints(exportDir) {
  const files = chunkFiles(exportDir);
  let changed = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const hinted = withCompileHint(source);
    if (hinted === source) continue;
    writeFileSync(file, hinted);
    changed++;
  }
  return { chunks: files.length, changed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const exportDir = process.argv[2] ?? new URL('../out', import.meta.url).pathname;
  try {
    const { chunks, changed } = addCompileHints(exportDir);
    if (chunks === 0) throw new Error(`no JavaScript chunks in ${join(exportDir, CHUNKS_DIR)}`);
    console.log(`Compile hint in ${chunks} JavaScript chunks (${changed} added now)`);
  } catch (error) {
    console.error(`compile-hints: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
