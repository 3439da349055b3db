/**
 * Builds the search index files from the guide's pages (at build time, never in the browser).
 * A section is a page's opening or one heading with its text; it is what a result links to.
 */
import { createHash } from 'node:crypto';
import type { StructuredData } from 'fumadocs-core/mdx-plugins';
import { withoutCitations } from '../citations/citations';
import { indexTerms } from './tokenize';
import {
  encodePostings,
  encodeTerms,
  INDEX_FORMAT,
  sectionPath,
  shardPath,
  type Posting,
  type RootFile,
  type SectionFile,
  type ShardFile,
} from './index-format';

export interface IndexablePage {
  /** Canonical page URL, without anchor. */
  url: string;
  title: string;
  description?: string;
  structuredData: StructuredData;
}

/**
 * Packed characters a postings shard grows to before the next one starts (about 1 KB gzip). Small
 * enough that a query pays only for the neighbourhood of its words, large enough that a query does
 * not make dozens of requests; as the guide grows, the index gets more shards, not bigger ones.
 */
export const SHARD_TARGET_CHARACTERS = 1_600;

export interface BuiltIndex {
  root: RootFile;
  /** The shards and section files, by the path each is served at. */
  files: Map<string, ShardFile | SectionFile>;
}

/**
 * Markdown leftovers in structured text made readable: code ticks, emphasis, table pipes, component tags, and citation
 * markers, which the page shows as numbers and whose source ids must not count as the guide's words.
 */
export function plainText(markdown: string): string {
  return withoutCitations(markdown)
    .replace(/`([^`]*)`/g, '$1')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .replace(/^\s*\|?\s*-{3,}.*$/gm, '')
    .replace(/\s*\|\s*/g, ' · ')
    .replace(/<\/?[A-Z][^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?: ·)+ /g, ' · ')
    .replace(/^ · | · $/g, '')
    .trim();
}

interface Section {
  url: string;
  pageTitle: string;
  heading: string | null;
  texts: string[];
}

function sectionsOf(page: IndexablePage): Section[] {
  const opening: Section = { url: page.url, pageTitle: page.title, heading: null, texts: [] };
  const sections = [opening];
  const byHeading = new Map<string, Section>();
  const sectionFor = (id: string, heading: string) => {
    let section = byHeading.get(id);
    if (!section) {
      section = { url: `${page.url}#${id}`, pageTitle: page.title, heading, texts: [] };
      byHeading.set(id, section);
      sections.push(section);
    }
    return section;
  };
  const { headings, contents } = page.structuredData;
  for (const heading of headings) sectionFor(heading.id, plainText(heading.content));
  if (page.description && !contents.some((content) => content.content === page.description))
    opening.texts.push(plainText(page.description));
  for (const content of contents) {
    const text = plainText(content.content);
    if (text) (content.heading ? sectionFor(content.heading, content.heading) : opening).texts.push(text);
  }
  return sections;
}

export function buildSearchIndex(pages: readonly IndexablePage[], { shardTargetCharacters = SHARD_TARGET_CHARACTERS } = {}): BuiltIndex {
  const pageSections = pages.map(sectionsOf);
  const sections = pageSections.flat();
  const pageStarts: number[] = [];
  pageSections.reduce((start, list) => {
    pageStarts.push(start);
    return start + list.length;
  }, 0);

  const postings = new Map<string, Posting[]>();
  const posting = (term: string, section: number) => {
    let list = postings.get(term);
    if (!list) postings.set(term, (list = []));
    let last = list[list.length - 1];
    if (last?.section !== section) list.push((last = { section, textCount: 0, inHeading: false }));
    return last;
  };
  // One pass in section order, so every term's postings come out ascending.
  sections.forEach((section, id) => {
    for (const term of indexTerms(section.heading ?? section.pageTitle)) posting(term, id).inHeading = true;
    for (const text of section.texts) for (const term of indexTerms(text)) posting(term, id).textCount++;
  });

  const sortedPostings = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const terms = sortedPostings.map(([term]) => term);
  const shards: string[][] = [];
  const shardStarts: number[] = [];
  let size = Infinity;
  sortedPostings.forEach(([, termPostings], index) => {
    const packed = encodePostings(termPostings);
    if (size + packed.length > shardTargetCharacters && size > 0) {
      shards.push([]);
      shardStarts.push(index);
      size = 0;
    }
    shards[shards.length - 1].push(packed);
    size += packed.length;
  });

  const shardFiles: ShardFile[] = shards.map((shard) => ({ format: INDEX_FORMAT, postings: shard }));
  const sectionFiles: SectionFile[] = sections.map((section) => ({ format: INDEX_FORMAT, ...section }));
  const version = createHash('sha256')
    .update(JSON.stringify([terms, pageStarts, shardFiles, sectionFiles]))
    .digest('hex')
    .slice(0, 12);
  const files = new Map<string, ShardFile | SectionFile>();
  shardFiles.forEach((file, shard) => files.set(shardPath(version, shard), file));
  sectionFiles.forEach((file, section) => files.set(sectionPath(version, section), file));
  return {
    root: { format: INDEX_FORMAT, version, sections: sections.length, pageStarts, terms: encodeTerms(terms), shards: shardStarts },
    files,
  };
}
