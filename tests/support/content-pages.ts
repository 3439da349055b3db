import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageUrl, source } from '@/lib/source';
import { pageAnchors } from './anchors';
import type { LinkTargetPage } from './links';

/** Non-content URLs that exist in the export (linkable, no anchors checked). */
export const EXTRA_URLS = ['/', '/sitemap.xml', '/robots.txt', '/llms.txt', '/llms-full.txt', '/feed.xml'];

/** Every docs page as the link checks see it, read through the content loader. */
export function linkTargetPages(): LinkTargetPage[] {
  return source.getPages().map((page) => {
    const file = page.absolutePath ?? path.join('content/docs', page.path);
    return {
      file: path.relative(process.cwd(), file),
      url: pageUrl(page),
      content: readFileSync(file, 'utf8'),
      anchors: pageAnchors(page),
    };
  });
}
