/**
 * Old URLs that must keep working. A removed or renamed page gets a page redirect (a static HTML
 * page that forwards and keeps the #fragment); a renamed or moved section gets an anchor redirect
 * (a small script on its old page forwards the old #id). The anchor manifest test refuses removals not listed here.
 */
export interface PageRedirect {
  from: string;
  to: string;
}

export interface AnchorRedirect {
  /** The page the old anchor was on, canonical with a trailing slash. */
  page: string;
  /** The old id. */
  from: string;
  /** A new id on the same page, or "/docs/other/#id" when the section moved to another page. */
  to: string;
}

export const PAGE_REDIRECTS = [
  // The seed notes called this topic "Launch types"; older bookmarks and flashcards use that name.
  { from: '/docs/launch-types/', to: '/docs/compute-options/' },
  { from: '/docs/overview/', to: '/docs/' },
] as const satisfies readonly PageRedirect[];

export const ANCHOR_REDIRECTS = [] as const satisfies readonly AnchorRedirect[];
