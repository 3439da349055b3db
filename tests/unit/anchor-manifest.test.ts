import { describe, expect, it } from 'vitest';
import { checkManifest, resolveAnchor } from '../support/anchor-manifest';

const manifest = ['/docs/a/#one', '/docs/a/#two', '/docs/old/#three'];

describe('anchor manifest', () => {
  it('passes when every recorded anchor still exists', () => {
    expect(checkManifest(manifest, ['/docs/a/#one', '/docs/a/#two', '/docs/old/#three'], [], [])).toEqual({ removed: [], added: [] });
  });

  it('fails when an anchor disappears without a redirect', () => {
    const result = checkManifest(manifest, ['/docs/a/#one', '/docs/old/#three'], [], []);
    expect(result.removed).toEqual(['/docs/a/#two']);
  });

  it('accepts a removed anchor that an anchor redirect forwards to an existing one', () => {
    const result = checkManifest(
      manifest,
      ['/docs/a/#one', '/docs/a/#second', '/docs/old/#three'],
      [],
      [{ page: '/docs/a/', from: 'two', to: 'second' }],
    );
    expect(result.removed).toEqual([]);
  });

  it('accepts a section that moved to another page when its anchor redirect names the new page', () => {
    const current = ['/docs/a/#one', '/docs/b/#two', '/docs/old/#three'];
    expect(checkManifest(manifest, current, [], [{ page: '/docs/a/', from: 'two', to: '/docs/b/#two' }]).removed).toEqual([]);
    expect(checkManifest(manifest, current, [], [{ page: '/docs/a/', from: 'two', to: '/docs/c/#two' }]).removed).toEqual(['/docs/a/#two']);
  });

  it('accepts a renamed page whose redirect keeps the fragment', () => {
    const current = ['/docs/a/#one', '/docs/a/#two', '/docs/new/#three'];
    expect(checkManifest(manifest, current, [{ from: '/docs/old/', to: '/docs/new/' }], []).removed).toEqual([]);
    expect(resolveAnchor('/docs/old/#three', [{ from: '/docs/old/', to: '/docs/new/' }], [])).toBe('/docs/new/#three');
  });

  it('still fails when a redirect points at a page without that anchor', () => {
    const current = ['/docs/a/#one', '/docs/a/#two', '/docs/new/#other'];
    expect(checkManifest(manifest, current, [{ from: '/docs/old/', to: '/docs/new/' }], []).removed).toEqual(['/docs/old/#three']);
  });

  it('reports new anchors so they are recorded deliberately', () => {
    expect(checkManifest(manifest, [...manifest, '/docs/a/#four'], [], []).added).toEqual(['/docs/a/#four']);
  });
});
