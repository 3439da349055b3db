import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { anchorRedirectScript } from '@/lib/anchor-redirects';

// The recorded public anchors, checked against the export itself rather than a model of the pages: what a
// reader's old link meets is the HTML in out/, its ids, its redirect pages and its anchor-forwarding scripts.
const OUT = path.resolve(import.meta.dirname, '../../out');
const MANIFEST = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../lib/data/anchor-manifest.json'), 'utf8')) as string[];

interface ExportedPage {
  ids: Set<string>;
  /** Where a redirect page forwards to (its meta refresh), if it is one. */
  movedTo: string | null;
  /** The page's anchor-forwarding script: old id → new id or "/docs/other/#id". */
  forwards: Record<string, string>;
}

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

const pages = new Map<string, ExportedPage | null>();

/** The exported page at a URL path, read once; null when out/ has no page there. */
function exported(url: string): ExportedPage | null {
  if (pages.has(url)) return pages.get(url)!;
  const file = path.join(OUT, url, 'index.html');
  let page: ExportedPage | null = null;
  if (existsSync(file)) {
    const html = readFileSync(file, 'utf8');
    page = { ids: new Set(), movedTo: null, forwards: {} };
    const walk = (node: Node) => {
      const attr = (name: string) => node.attrs?.find((candidate) => candidate.name === name)?.value;
      const id = attr('id');
      if (id) page!.ids.add(id);
      if (node.nodeName === 'meta' && attr('http-equiv')?.toLowerCase() === 'refresh')
        page!.movedTo = /url=(.+)$/.exec(attr('content') ?? '')?.[1] ?? null;
      if (node.nodeName === 'script') {
        const code = node.childNodes?.map((child) => child.value ?? '').join('') ?? '';
        const moved = /^\(function\(\)\{var p=("[^"]*"),m=(\{.*?\}),b="[^"]*";/.exec(code);
        if (moved && JSON.parse(moved[1]) === url) Object.assign(page!.forwards, JSON.parse(moved[2]) as Record<string, string>);
      }
      for (const child of node.childNodes ?? []) walk(child);
      const content = (node as { content?: Node }).content;
      if (content) walk(content);
    };
    walk(parse(html) as unknown as Node);
  }
  pages.set(url, page);
  return page;
}

/**
 * Follows "url#id" through the export as a browser would: a redirect page to its target, a missing id through the
 * page's forwarding script. Returns where it lands, or why it does not.
 */
function landing(entry: string, hops = 0): { ok: true; at: string } | { ok: false; why: string } {
  const at = entry.indexOf('#');
  const [url, id] = [entry.slice(0, at), entry.slice(at + 1)];
  const page = exported(url);
  if (!page) return { ok: false, why: `no page ${url} in out/` };
  if (hops > 3) return { ok: false, why: 'redirect loop' };
  if (page.movedTo) return landing(`${page.movedTo}#${id}`, hops + 1);
  if (page.ids.has(id)) return { ok: true, at: entry };
  const forward = page.forwards[id];
  if (forward === undefined) return { ok: false, why: `no element with id "${id}" on ${url}, and nothing forwards it` };
  return landing(forward.includes('#') ? forward : `${url}#${forward}`, hops + 1);
}

describe('recorded anchors in the exported HTML', () => {
  it('reads the manifest, and the export has its pages', () => {
    expect(MANIFEST.length).toBeGreaterThan(500);
    expect(exported('/docs/')?.ids.has('main-content')).toBe(true);
  });

  it('every recorded anchor is an id on its exported page, or a redirect page or forwarding script takes it to one', () => {
    const broken = MANIFEST.flatMap((entry) => {
      const result = landing(entry);
      return result.ok ? [] : [`${entry}: ${result.why}`];
    });
    expect(broken).toEqual([]);
  });

  it('reads forwarding scripts as the site writes them, and fails an anchor nothing forwards (fixtures)', () => {
    // The check reads the script the site generates; a change of its shape must not pass unread.
    const script = anchorRedirectScript('/docs/fixture/', { old: 'new' });
    expect(/^\(function\(\)\{var p=("[^"]*"),m=(\{.*?\}),b="[^"]*";/.exec(script)?.slice(1)).toEqual(['"/docs/fixture/"', '{"old":"new"}']);
    expect(landing('/docs/#no-such-anchor-anywhere')).toEqual({
      ok: false,
      why: 'no element with id "no-such-anchor-anywhere" on /docs/, and nothing forwards it',
    });
    expect(landing('/docs/no-such-page/#x')).toEqual({ ok: false, why: 'no page /docs/no-such-page/ in out/' });
  });
});
