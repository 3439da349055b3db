// @ts-check
// The export built under a base path, as a GitHub Pages project site serves it: `npm test` builds it once
// (tests/e2e-base-path checks it in Chromium). The normal export in out/ is left as it is.
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

export const BASE_PATH = '/field-guide';
export const BASE_PATH_SITE_URL = 'https://guide.example.com';
/** The folder served as the host's root: the export sits in its base-path sub-folder. */
export const BASE_PATH_ROOT = new URL('../tests/.tmp/base-path/', import.meta.url).pathname;
/** Where `next build` writes this export (its distDir), relative to the project. */
const EXPORT_DIR = `tests/.tmp/base-path${BASE_PATH}`;

/**
 * next build with NEXT_PUBLIC_BASE_PATH and NEXT_PUBLIC_SITE_URL, exported to EXPORT_DIR, then the chunks' compile
 * hint and each page's Content-Security-Policy, as `npm run build` does. `typesChecked` skips next build's own type-check when tsc has just run.
 * @param {{ typesChecked?: boolean }} [options]
 * @returns {Promise<void>}
 */
export async function buildWithBasePath({ typesChecked = false } = {}) {
  rmSync(BASE_PATH_ROOT, { recursive: true, force: true });
  const env = {
    ...process.env,
    NEXT_PUBLIC_BASE_PATH: BASE_PATH,
    NEXT_PUBLIC_SITE_URL: BASE_PATH_SITE_URL,
    EXPORT_DIR,
    ...(typesChecked ? { TYPES_CHECKED: '1' } : {}),
  };
  await run('npx', ['next', 'build'], { env });
  await run('node', ['scripts/compile-hints.mjs', EXPORT_DIR]);
  await run('node', ['scripts/csp-meta.mjs', EXPORT_DIR]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildWithBasePath().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
