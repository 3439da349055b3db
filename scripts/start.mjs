// @ts-check
// npm start: build the static export if it is missing or stale, then serve it at http://localhost:3000.
import { exportIsFresh } from './build-state.mjs';
import { run } from './run.mjs';

if (exportIsFresh()) {
  console.log('out/ is up to date; skipping the build.');
} else {
  console.log('Building the static export (npm run build)…');
  await run('npm', ['run', 'build']);
}
await import('./serve.mjs');
