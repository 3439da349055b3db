import type { AnchorRedirect } from './data/redirects';

/** The anchor redirects of one page, as `old id → new place` (a bare id, or "/docs/other/#id"). */
export function redirectsOnPage(page: string, redirects: readonly AnchorRedirect[]): Record<string, string> {
  return Object.fromEntries(redirects.filter((redirect) => redirect.page === page).map((redirect) => [redirect.from, redirect.to]));
}

/**
 * A script for a page whose sections were renamed or moved: when the address names an old id that is no longer on
 * the page, it forwards to the new place (on load and on every hash change, while the reader is still on this page).
 * `pagePath` and the targets include the site's base path.
 */
export function anchorRedirectScript(pagePath: string, moved: Record<string, string>, basePath = ''): string {
  return `(function(){var p=${JSON.stringify(pagePath)},m=${JSON.stringify(moved)},b=${JSON.stringify(basePath)};function f(){if(location.pathname!==p)return;var i;try{i=decodeURIComponent(location.hash.slice(1))}catch(e){return}if(!i||document.getElementById(i)||!Object.prototype.hasOwnProperty.call(m,i))return;var t=m[i];location.replace(t.indexOf("#")===-1?"#"+t:b+t)}f();addEventListener("hashchange",f)})();`;
}
