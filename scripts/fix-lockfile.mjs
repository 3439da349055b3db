// @ts-check
// Keeps `npm ci` working on a clean clone. yuku-analyzer (via fumadocs-mdx) lists twelve optional
// platform bindings, but the registry here only has the linux-x64 ones, so `npm install` drops the
// others from the lock file, and `npm ci` then refuses it. Adding the missing entries
// with their os/cpu lets npm skip them on this platform. Run after every `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The parts of the lock file this step reads and writes; everything else is written back as it was.
 * @typedef {{ version?: string, optional?: boolean, os?: string[], cpu?: string[], optionalDependencies?: Record<string, string> }} LockEntry
 */

const LOCK = new URL('../package-lock.json', import.meta.url);
/** @type {{ packages: Record<string, LockEntry> }} */
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!name.startsWith('@yuku-analyzer/binding-')) continue;
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/${key}`]) continue;
    const [os, cpu] = name.replace('@yuku-analyzer/binding-', '').split('-');
    packages[key] = { version: version.replace(/^[\^~]/, ''), optional: true, os: [os], cpu: [cpu] };
    added++;
  }
}

writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `fix-lockfile: added ${added} optional platform entries` : 'fix-lockfile: lock file already complete');
