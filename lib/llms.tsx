import { renderToMarkdown } from 'fumadocs-core/server';
import { DocsPageView, docsComponents } from '@/components/layout/docs-page';
import { unwrittenComponent } from './markdown';
import { absoluteUrl, feedPath, markdownPath, siteDescription, siteName } from './site';
import { guidePages, navSections, pageUrl, type DocsPage, type PageLink } from './source';

/** Components that may appear in a page; a Markdown form still showing one of them as JSX has no Markdown of its own. */
const COMPONENT_NAMES = Object.keys(docsComponents()).filter((name) => /^[A-Z]/.test(name));

/**
 * A docs page as Markdown: the same page tree as the web page, where every component writes its Markdown form.
 * A component without one would come out as JSX; that fails the build instead of reaching readers.
 */
export async function pageMarkdown(page: DocsPage): Promise<string> {
  const markdown = `${await renderToMarkdown(<DocsPageView page={page} />)}\n`;
  const unwritten = unwrittenComponent(markdown, COMPONENT_NAMES);
  if (unwritten) throw new Error(`${page.path}: <${unwritten}> has no Markdown form; give the component one beside its React form.`);
  return markdown;
}

function indexLine({ label, page }: PageLink): string {
  return `- [${label}](${absoluteUrl(markdownPath(page.slugs))}): ${page.data.description} (web page: ${absoluteUrl(pageUrl(page))})`;
}

/** /llms.txt (llmstxt.org): the site in one screen, every page with its description and Markdown URL. */
export function llmsIndex(): string {
  const sections = navSections();
  const listed = new Set(sections.flatMap((section) => section.links.map((link) => link.page)));
  const unlisted = guidePages().filter((page) => !listed.has(page));
  const lines = sections.map((section) => `## ${section.title ?? 'Overview'}\n\n${section.links.map(indexLine).join('\n')}`);
  if (unlisted.length > 0) {
    lines.push(`## Other pages\n\n${unlisted.map((page) => indexLine({ label: page.data.title, url: pageUrl(page), page })).join('\n')}`);
  }
  return [
    `# ${siteName}`,
    `> ${siteDescription}`,
    [
      `Every page below links to its Markdown version: title, description, review date, the text with its comparison tables,`,
      `exam tips and traps (as labelled blockquotes), diagrams (as nested lists), practice questions and the page's sources. All pages in one file:`,
      `${absoluteUrl('/llms-full.txt')}. Dated changes to the facts, as RSS: ${absoluteUrl(feedPath)}.`,
    ].join(' '),
    ...lines,
  ]
    .join('\n\n')
    .concat('\n');
}

/** /llms-full.txt: every page's Markdown, in reading order. */
export async function llmsFull(): Promise<string> {
  const pages = await Promise.all(guidePages().map(pageMarkdown));
  const intro = `# ${siteName}: the full guide\n\n> ${siteDescription}\n\nEvery page of ${absoluteUrl('/')} as Markdown, in reading order. Index: ${absoluteUrl('/llms.txt')}.\n`;
  return [intro, ...pages].join('\n---\n\n');
}
