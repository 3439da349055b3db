import type { MetadataRoute } from 'next';
import { guidePages, pageUrl } from '@/lib/source';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl('/') },
    ...guidePages().map((page) => ({ url: absoluteUrl(pageUrl(page)), lastModified: page.data.lastReviewed })),
  ];
}
