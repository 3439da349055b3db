import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CSP_HEADER_POLICY, SECURITY_HEADERS } from '../../lib/security-headers';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves out/ on a free port, with the security headers and CSP a production host sends. */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../../out');
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error('out/ is missing: browser tests run against the built export. Run `npm test` (it builds first) or `npm run build`.');
  }
  const server = await startStaticServer({
    root,
    headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': CSP_HEADER_POLICY },
  });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
