// @ts-check
// A small static file server for out/: the same clean-URL rule a CDN or nginx applies
// (folder → index.html, missing trailing slash → 301, unknown → 404.html with status 404).
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { resolveRequestPath } from './url-mapping.mjs';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** @param {string} path */
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.md', '.xml', '.svg', '.webmanifest', '']);

/**
 * Compressed bodies, made once per file and encoding (what a CDN caches).
 * @type {Map<string, Buffer>}
 */
const compressedCache = new Map();

/**
 * @param {string} file
 * @param {'br' | 'gzip'} encoding
 * @returns {Buffer}
 */
function compressed(file, encoding) {
  const key = `${encoding}:${file}`;
  let body = compressedCache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
    compressedCache.set(key, body);
  }
  return body;
}

/**
 * @param {{ root: string, port?: number, host?: string, headers?: Record<string, string>, compress?: boolean }} options
 *   compress: answer with brotli or gzip like a CDN does (used by the benchmark's page-weight numbers)
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer({ root, port = 0, host = '127.0.0.1', headers = {}, compress = false }) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // Malformed percent-encoding names no file: the rule answers it like "..", with the 404 page.
      decoded = '/..';
    }
    const exists = (/** @type {string} */ path) => isFile(join(base, normalize(path)));
    const result = resolveRequestPath(decoded, exists);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (result.type === 'redirect') {
      res.writeHead(301, { Location: result.location });
      res.end();
      return;
    }
    const file = join(base, normalize(result.file));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    const status = result.type === 'not-found' ? 404 : 200;
    if (!isFile(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding =
      !compress || !COMPRESSIBLE.has(extname(file)) ? null : accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
    // Hashed build assets never change; everything else is revalidated (what a CDN should be told too).
    if (result.file.startsWith('/_next/static/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (encoding) {
      const body = compressed(file, encoding);
      res.writeHead(status, { 'Content-Type': type, 'Content-Encoding': encoding, 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { 'Content-Type': type });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`,
        port: actualPort,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
