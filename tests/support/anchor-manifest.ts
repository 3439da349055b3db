import type { AnchorRedirect, PageRedirect } from '@/lib/data/redirects';

export interface ManifestCheck {
  /** Anchors in the manifest that no longer exist and have no redirect. */
  removed: string[];
  /** Anchors that exist but are not yet recorded in the manifest. */
  added: string[];
}

function split(entry: string): [string, string] {
  const at = entry.indexOf('#');
  return [entry.slice(0, at), entry.slice(at + 1)];
}

/** Where an old "url#id" lands today after redirects, or null when nothing forwards it. */
export function resolveAnchor(entry: string, pageRedirects: readonly PageRedirect[], anchorRedirects: readonly AnchorRedirect[]): string {
  const [oldPage, id] = split(entry);
  const page = pageRedirects.find((redirect) => redirect.from === oldPage)?.to ?? oldPage;
  const forward = anchorRedirects.find((redirect) => redirect.page === page && redirect.from === id)?.to;
  if (forward === undefined) return `${page}#${id}`;
  // A section that moved to another page forwards to "/docs/other/#id"; a renamed one to a bare id.
  return forward.includes('#') ? forward : `${page}#${forward}`;
}

/** Compares the committed manifest with the anchors the site has now. */
export function checkManifest(
  manifest: readonly string[],
  current: readonly string[],
  pageRedirects: readonly PageRedirect[],
  anchorRedirects: readonly AnchorRedirect[],
): ManifestCheck {
  const now = new Set(current);
  const recorded = new Set(manifest);
  return {
    removed: manifest.filter((entry) => !now.has(resolveAnchor(entry, pageRedirects, anchorRedirects))),
    added: current.filter((entry) => !recorded.has(entry)),
  };
}
