import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { source } from '@/lib/source';
import { anchorList } from '../support/anchors';
import { checkManifest, resolveAnchor } from '../support/anchor-manifest';
import { ANCHOR_REDIRECTS, PAGE_REDIRECTS } from '@/lib/data/redirects';

const MANIFEST = 'lib/data/anchor-manifest.json';
const current = anchorList(source.getPages());

function readManifest(): string[] {
  return existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as string[]) : [];
}

/** The manifest is rewritten only by `npm run anchors:update`; the variable alone, left in a shell, must not do it. */
const updating = process.env.UPDATE_ANCHOR_MANIFEST === '1';
const asked = process.env.npm_lifecycle_event === 'anchors:update';

describe('public anchors', () => {
  if (updating && !asked) {
    it('refuse to rewrite the manifest unless `npm run anchors:update` asks', () => {
      expect.fail('UPDATE_ANCHOR_MANIFEST=1 is set outside `npm run anchors:update`: unset it, or run that script to record new anchors.');
    });
    return;
  }

  if (updating) {
    it('updates the manifest (npm run anchors:update)', () => {
      const now = new Set(current);
      const kept = readManifest().filter((entry) => !now.has(entry) && now.has(resolveAnchor(entry, PAGE_REDIRECTS, ANCHOR_REDIRECTS)));
      writeFileSync(MANIFEST, `${JSON.stringify([...new Set([...current, ...kept])].sort(), null, 2)}\n`);
      expect(readManifest().length).toBeGreaterThanOrEqual(current.length);
    });
    return;
  }

  it('never lose a recorded anchor without a redirect', () => {
    const { removed } = checkManifest(readManifest(), current, PAGE_REDIRECTS, ANCHOR_REDIRECTS);
    expect(removed, 'These anchors disappeared; add a redirect in lib/data/redirects.ts or restore them').toEqual([]);
  });

  it('are all recorded in the committed manifest', () => {
    const { added } = checkManifest(readManifest(), current, PAGE_REDIRECTS, ANCHOR_REDIRECTS);
    expect(added, 'New anchors: run `npm run anchors:update` and commit lib/data/anchor-manifest.json').toEqual([]);
  });

  it('redirect targets exist and redirect sources are not live pages', () => {
    const pages = new Set(source.getPages().map((page) => `${page.url.replace(/\/?$/, '/')}`));
    for (const redirect of PAGE_REDIRECTS) {
      expect(pages.has(redirect.to), redirect.to).toBe(true);
      expect(pages.has(redirect.from), redirect.from).toBe(false);
    }
  });
});
