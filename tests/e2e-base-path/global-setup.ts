import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { BASE_PATH, BASE_PATH_ROOT } from '../../scripts/base-path-build.mjs';
import { CSP_HEADER_POLICY, SECURITY_HEADERS } from '../../lib/security-headers';

declare module 'vitest' {
  export interface ProvidedContext {
    basePathOrigin: string;
  }
}

/** Serves the base-path export as a project site is served: the host's root holds only its sub-folder. */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(BASE_PATH_ROOT, BASE_PATH.slice(1), 'index.html'))) {
    throw new Error(
      `The base-path export is missing: \`npm test\` builds it, or run \`node scripts/base-path-build.mjs\` (it writes ${BASE_PATH_ROOT}).`,
    );
  }
  const server = await startStaticServer({
    root: BASE_PATH_ROOT,
    headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': CSP_HEADER_POLICY },
  });
  project.provide('basePathOrigin', server.url);
  return () => server.close();
}
