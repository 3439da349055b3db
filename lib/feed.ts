import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { frontmatter } from 'fumadocs-core/content/md/frontmatter';
import { withoutCitations } from './citations/citations';

export interface TimelineEntry {
  /** The heading's anchor on the "What changed" page. */
  id: string;
  /** "September 2026: App Mesh end of support": the heading without its id. */
  title: string;
  /** First day of the entry's month, ISO (YYYY-MM-DD): the timeline dates changes by month. */
  date: string;
  /** The first paragraph under the heading, as plain text without citation markers. */
  summary: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const YEAR_HEADING = /^(\d{4})\s*\[#[^\]]+]$/;
const ENTRY_HEADING = /^([A-Z][a-z]+) (\d{4}): (.+?)\s*\[#([a-z0-9-]+)]$/;

const parser = remark().use(remarkMdx).use(remarkGfm);

/**
 * The dated entries of the "What changed" page: `### Month YYYY: title [#id]` under `## YYYY [#year-YYYY]`.
 * A heading under a year that does not follow the pattern throws, so an entry never silently leaves the feed.
 */
export function parseTimeline(mdx: string): TimelineEntry[] {
  const tree = parser.parse(frontmatter(mdx).content);
  const entries: TimelineEntry[] = [];
  let year: string | null = null;
  let pending: Omit<TimelineEntry, 'summary'> | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (pending) throw new Error(`Timeline entry "${pending.title}" has no summary paragraph.`);
      year = YEAR_HEADING.exec(toString(node as Heading).trim())?.[1] ?? null;
    } else if (node.type === 'heading' && node.depth === 3 && year) {
      if (pending) throw new Error(`Timeline entry "${pending.title}" has no summary paragraph.`);
      const heading = toString(node).trim();
      const match = ENTRY_HEADING.exec(heading);
      const month = match ? MONTHS.indexOf(match[1]) + 1 : 0;
      if (!match || month === 0) throw new Error(`Timeline heading "${heading}" must read "Month YYYY: title [#id]".`);
      if (match[2] !== year) throw new Error(`Timeline entry "${heading}" is under the year ${year}.`);
      pending = { id: match[4], title: `${match[1]} ${match[2]}: ${match[3]}`, date: `${match[2]}-${String(month).padStart(2, '0')}-01` };
    } else if (node.type === 'paragraph' && pending) {
      entries.push({
        ...pending,
        // A feed reader gets no Sources list to number the markers against, so they go.
        summary: withoutCitations(toString(node as Paragraph))
          .replace(/\s+/g, ' ')
          .trim(),
      });
      pending = null;
    }
  }
  if (pending) throw new Error(`Timeline entry "${pending.title}" has no summary paragraph.`);
  return entries;
}

export interface FeedInput {
  title: string;
  description: string;
  /** Absolute URL of the timeline page; entry links are this plus #id. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** ISO date of the page's last review: the feed's lastBuildDate, so rebuilds are reproducible. */
  updated: string;
  entries: readonly TimelineEntry[];
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 822 date, as RSS 2.0 requires ("Tue, 01 Sep 2026 00:00:00 GMT"). */
function rfc822(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toUTCString();
}

/** An RSS 2.0 feed with one item per timeline entry, newest first as the page lists them. */
export function renderRss(feed: FeedInput): string {
  const items = feed.entries.map((entry) => {
    const link = `${feed.pageUrl}#${entry.id}`;
    return [
      '    <item>',
      `      <title>${escapeXml(entry.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <pubDate>${rfc822(entry.date)}</pubDate>`,
      `      <description>${escapeXml(entry.summary)}</description>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.pageUrl)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    '    <language>en</language>',
    `    <lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
