// @ts-check
// Decides whether out/ is stale: any input newer than the last finished build means rebuild.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const INPUTS = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'source.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'postcss.config.mjs',
  'scripts/compile-hints.mjs',
  'scripts/csp-meta.mjs',
];
export const BUILD_STAMP = join(ROOT, 'out', 'index.html');

/**
 * @param {string} path
 * @returns {number} the newest modification time under `path` (0 when it does not exist)
 */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** @returns {boolean} */
export function exportIsFresh() {
  if (!existsSync(BUILD_STAMP)) return false;
  // `next build` finished but the Content-Security-Policy step did not: the pages are not ready to serve.
  if (!readFileSync(BUILD_STAMP, 'utf8').includes('<meta http-equiv="Content-Security-Policy"')) return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) <= built);
}
