import { pageUrl, source } from '@/lib/source';

/** A topic page's title, for headings that group its questions. A topic that is not a page fails the build. */
export function topicTitle(url: string): string {
  const page = source.getPages().find((candidate) => pageUrl(candidate) === url);
  if (!page) throw new Error(`Practice questions name the topic ${url}, which is not a page of the guide.`);
  return page.data.title;
}
