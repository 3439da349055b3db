import type { Metadata } from 'next';
import { absoluteUrl, siteName } from './site';

interface SocialInput {
  title: string;
  description: string;
  /** Site path of the page (canonical, with its trailing slash). */
  path: string;
  /** Site path of its Open Graph image. */
  image: string;
  /** Site path of its Markdown version, advertised as a text/markdown alternate. */
  markdown?: string;
  /** ISO date the page was last reviewed (docs pages are articles). */
  modified?: string;
}

/**
 * Canonical URL, Open Graph and Twitter card for a page, all absolute URLs from the one configured
 * site URL, so a deploy to another domain or base path needs only NEXT_PUBLIC_SITE_URL.
 */
export function socialMetadata({ title, description, path, image, markdown, modified }: SocialInput): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(image), width: 1200, height: 630, alt: title }];
  return {
    alternates: { canonical: url, ...(markdown ? { types: { 'text/markdown': absoluteUrl(markdown) } } : {}) },
    openGraph: {
      siteName,
      title,
      description,
      url,
      images,
      locale: 'en_GB',
      ...(modified ? { type: 'article', modifiedTime: modified } : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}
