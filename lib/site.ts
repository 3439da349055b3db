/** One place for the site's identity and URLs. SITE_URL and BASE_PATH come from the build environment. */
export const siteName = 'ECS/EKS Field Guide';
export const siteDescription =
  'Learn and look up Amazon ECS and Amazon EKS: concepts, compute, networking, pricing and exam traps, current to November 2026.';

/** Path prefix when the export is served from a sub-folder (GitHub Pages). Empty at the domain root. */
export const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');

/** Absolute origin used for canonical URLs, the sitemap and social cards. */
export const siteUrl = (process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const docsRoute = '/docs';

/** Absolute URL of a site path (path starts with "/"). */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${basePath}${path}`;
}

/**
 * The site's one URL style: every page URL ends with a slash (trailingSlash: true, so each page is a
 * folder with index.html). Fumadocs' loader gives page URLs without it; everything we render goes through here.
 */
export function canonicalPath(url: string): string {
  const match = /^([^?#]*)([\s\S]*)$/.exec(url);
  const path = match?.[1] ?? url;
  const rest = match?.[2] ?? '';
  if (path === '' || path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return url;
  return `${path}/${rest}`;
}

/** The slugs of a docs page as one path segment list; the guide's front page has none. */
function slugPath(slugs: readonly string[]): string {
  return slugs.length > 0 ? slugs.join('/') : 'index';
}

/**
 * Where a docs page's Markdown lives: /md/<slug>.md (/md/index.md for /docs/). A static export cannot
 * put a file beside /docs/<slug>/ through the optional catch-all page route, so Markdown has its own tree.
 */
export function markdownPath(slugs: readonly string[]): string {
  return `/md/${slugPath(slugs)}.md`;
}

/** The Open Graph image of a docs page (/og/docs/<slug>.png) or of the home page (/og/home.png). */
export function ogImagePath(slugs: readonly string[] | 'home'): string {
  return slugs === 'home' ? '/og/home.png' : `/og/docs/${slugPath(slugs)}.png`;
}

export const feedPath = '/feed.xml';
export const feedTitle = `${siteName}: what changed`;
