// @ts-check
// Serves the static export in out/ (npm run serve). PORT sets the port (default 3000). Sends the site's security
// headers and Content-Security-Policy header, as a production host should.
import { existsSync } from 'node:fs';
import { loadSecurityHeaders } from './generate-deploy.mjs';
import { startStaticServer } from './static-server.mjs';

const root = new URL('../out', import.meta.url).pathname;
if (!existsSync(root)) {
  console.error('out/ is missing: run `npm run build` first (or `npm start`, which builds when needed).');
  process.exit(1);
}
const { SECURITY_HEADERS, CSP_HEADER_POLICY } = await loadSecurityHeaders();
const port = Number(process.env.PORT ?? 3000);
const server = await startStaticServer({
  root,
  port,
  host: process.env.HOST ?? '127.0.0.1',
  headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': CSP_HEADER_POLICY },
});
console.log(`ECS/EKS Field Guide is served at http://localhost:${server.port}/ (Ctrl+C to stop)`);
