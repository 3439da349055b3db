// @ts-check
// Benchmarks run against the built export: build it first when it is missing or stale.
import { exportIsFresh } from './build-state.mjs';
import { run } from './run.mjs';

/** @returns {Promise<boolean>} whether it built */
export async function ensureExport() {
  if (exportIsFresh()) return false;
  console.log('Building the static export (npm run build)…');
  await run('npm', ['run', 'build']);
  return true;
}
