import { ANCHOR_REDIRECTS, type AnchorRedirect } from '@/lib/data/redirects';
import { anchorRedirectScript, redirectsOnPage } from '@/lib/anchor-redirects';
import { basePath } from '@/lib/site';

/**
 * Old links to sections that were renamed or moved keep working: on a page with anchor redirects, a tiny inline
 * script forwards an old #id to its new place. Pages without redirects get nothing.
 */
export function AnchorRedirects({ page, redirects = ANCHOR_REDIRECTS }: { page: string; redirects?: readonly AnchorRedirect[] }) {
  const moved = redirectsOnPage(page, redirects);
  if (Object.keys(moved).length === 0) return null;
  return <script dangerouslySetInnerHTML={{ __html: anchorRedirectScript(`${basePath}${page}`, moved, basePath) }} />;
}
