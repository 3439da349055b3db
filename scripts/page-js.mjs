// @ts-check
// First-load JavaScript of an exported page: the scripts its HTML loads, each gzip -9.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/**
 * @param {string} outDir  the export folder
 * @param {string} htmlFile  the page's HTML file, relative to `outDir`
 * @param {string} [basePath]  the site's base path, stripped from script URLs
 * @returns {{ scripts: { src: string, raw: number, gzip: number }[], gzip: number, raw: number }}
 */
export function firstLoadJs(outDir, htmlFile, basePath = '') {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]))];
  const scripts = sources.map((src) => {
    const path = decodeURIComponent(
      src
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(basePath, '')
        .split('?')[0],
    );
    const body = readFileSync(join(outDir, path));
    return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return {
    scripts,
    raw: scripts.reduce((sum, s) => sum + s.raw, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL('../out', import.meta.url).pathname;
  for (const file of process.argv.slice(2)) {
    const result = firstLoadJs(out, file);
    console.log(`${file}: ${(result.gzip / 1000).toFixed(1)} KB gzip in ${result.scripts.length} scripts`);
    for (const s of result.scripts.sort((a, b) => b.gzip - a.gzip))
      console.log(`   ${(s.gzip / 1000).toFixed(1).padStart(6)} KB  ${s.src}`);
  }
}
