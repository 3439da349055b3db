// @ts-check
// npm test: the one gate. Lint, type-check, unit and content tests, the build, then browser tests against
// the built export. Steps run one after another: vitest and `next build` both regenerate .source/.
import { readFileSync, mkdirSync } from 'node:fs';
import { run } from './run.mjs';
import { buildWithBasePath } from './base-path-build.mjs';

// The gate checks the committed anchor manifest; left set in a shell, this variable would make it rewrite the manifest instead.
delete process.env.UPDATE_ANCHOR_MANIFEST;

const results = new URL('../tests/.tmp/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

/**
 * @param {string[]} projects
 * @param {string} name
 */
function vitest(projects, name) {
  const outputFile = `${results}${name}.json`;
  const args = [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ];
  return run('npx', args).finally(() => {
    try {
      const report = JSON.parse(readFileSync(outputFile, 'utf8'));
      totals.passed += report.numPassedTests;
      totals.failed += report.numFailedTests;
      totals.skipped += report.numPendingTests + report.numTodoTests;
    } catch {
      // No report: vitest failed before running; its own output says why.
    }
  });
}

/** @type {[title: string, step: () => Promise<void>][]} */
const steps = [
  ['Lint (ESLint, Prettier, knip)', () => run('npm', ['run', 'lint'])],
  ['Generate content collections', () => run('npx', ['fumadocs-mdx'])],
  ['Type-check', () => run('npx', ['next', 'typegen']).then(() => run('npx', ['tsc', '--noEmit']))],
  ['Unit and content tests', () => vitest(['unit', 'content'], 'unit')],
  // tsc has just checked every file, so the builds skip next build's own type-check (npm run build alone keeps it).
  [
    "Build the static export (next build, the chunks' compile hint, then each page's Content-Security-Policy)",
    () => run('npm', ['run', 'build'], { env: { TYPES_CHECKED: '1' } }),
  ],
  ['Browser tests against out/', () => vitest(['e2e'], 'e2e')],
  [
    'Build under a base path and check a few pages in Chromium',
    () => buildWithBasePath({ typesChecked: true }).then(() => vitest(['e2e-base-path'], 'e2e-base-path')),
  ],
];

let failure;
for (const [title, step] of steps) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  try {
    await step();
    console.log(`=== ${title}: done in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    failure = `${title} failed: ${error instanceof Error ? error.message : String(error)}`;
    break;
  }
}

console.log(`\nTest summary: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
if (failure) {
  console.error(failure);
  process.exit(1);
}
if (totals.failed > 0 || totals.skipped > 0) process.exit(1);
