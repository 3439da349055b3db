import { readFileSync } from 'node:fs';
import path from 'node:path';
import { source } from './source';
import { pageAnchors } from './anchors';
import { canonicalPath } from './site';
import type { LinkTargetPage } from './links/validate';

/** Non-content URLs that exist in the export (linkable, no anchors checked). */
export const EXTRA_URLS = new Set(['/', '/sitemap.xml', '/robots.txt', '/llms.txt', '/llms-full.txt', '/feed.xml']);

/** Every docs page as the link validator sees it, read through the content loader. */
export function linkTargetPages(): LinkTargetPage[] {
  return source.getPages().map((page) => {
    const file = page.absolutePath ?? path.join('content/docs', page.path);
    return {
      file: path.relative(process.cwd(), file),
      url: canonicalPath(page.url),
      content: readFileSync(file, 'utf8'),
      anchors: pageAnchors(page),
    };
  });
}
