// Serves the static export in out/ (npm run serve). PORT sets the port (default 3000).
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = new URL('../out', import.meta.url).pathname;
if (!existsSync(root)) {
  console.error('out/ is missing: run `npm run build` first (or `npm start`, which builds when needed).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const server = await startStaticServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`ECS/EKS Field Guide is served at http://localhost:${server.port}/ (Ctrl+C to stop)`);
